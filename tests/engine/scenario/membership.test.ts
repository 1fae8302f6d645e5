import { beforeAll, describe, expect, it } from 'vitest';
import { createEvaluationCache, evaluateScenario } from '../../../src/engine/evaluateScenario';
import { inactiveDecisions } from '../../../src/engine/scenario/inactiveDecisions';
import { membershipDataset } from '../../../src/engine/scenario/membershipDataset';
import type { Dataset } from '../../../src/schema/dataset';
import type { Scenario } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { defaultDataset, defaultTravelModel } from '../../helpers/defaultData';

let dataset: Dataset;
const options = { travelModel: defaultTravelModel(), cache: createEvaluationCache() };
const preset = (id: string): Scenario => dataset.scenarios.find((s) => s.id === id)!;
const four = ['gislaved', 'gnosjo', 'varnamo', 'vaggeryd'];
const withHylte = (s: Scenario): Scenario => ({
  ...s,
  members: [...four, 'hylte'],
  servicePoints: [...s.servicePoints, { siteId: 'hylte-it-kontor', municipalityId: 'hylte' }],
});

beforeAll(async () => {
  dataset = await defaultDataset();
});

describe('membership per scenario (docs/membership.md)', () => {
  it('sees only the members: people, positions, sites and the member flags', () => {
    const four = membershipDataset(dataset, preset('decentralised'));
    expect(four.people.some((p) => p.municipalityId === 'hylte')).toBe(false);
    expect(four.positions).toHaveLength(51);
    expect(four.sites.some((s) => s.municipalityId === 'hylte')).toBe(false);
    const five = membershipDataset(dataset, preset('decentralised-with-hylte'));
    expect(five.people).toHaveLength(72);
    expect(five.positions).toHaveLength(59);
    expect(five.municipalities.find((m) => m.id === 'hylte')?.member).toBe(true);
    // The same object for the same membership (the travel cache is keyed by it), and idempotent.
    expect(membershipDataset(dataset, preset('decentralised'))).toBe(four);
    expect(membershipDataset(four, preset('decentralised'))).toBe(four);
  });

  it("changes today's figures only by Hylte's people and demand", () => {
    const without = evaluateScenario(dataset, preset('today'), options);
    const withIt = evaluateScenario(dataset, withHylte(preset('today')), options);
    const hylteIds = dataset.people.filter((p) => p.municipalityId === 'hylte').map((p) => p.id);
    expect(without.commute.people.map((c) => c.personId)).not.toContain(hylteIds[0]);
    // Every member's person commutes as before; Hylte's ten are added.
    expect(withIt.commute.people.filter((c) => c.municipalityId !== 'hylte')).toEqual(without.commute.people);
    expect(withIt.commute.people.filter((c) => c.municipalityId === 'hylte').map((c) => c.personId)).toEqual(hylteIds);
    for (const id of four)
      expect(withIt.commute.summary.byMunicipality[id]).toEqual(without.commute.summary.byMunicipality[id]);
    expect(without.commute.summary.byMunicipality.hylte).toBeUndefined();
    // Hand check: the weekly km today grow by exactly Hylte's people's 2 × days × one-way km.
    const hylteWeeklyKm = withIt.commute.people
      .filter((c) => c.municipalityId === 'hylte')
      .reduce((sum, c) => sum + 2 * c.onSiteDaysToday * c.todayKm, 0);
    expect(withIt.commute.summary.totalWeeklyKmToday).toBeCloseTo(
      without.commute.summary.totalWeeklyKmToday + hylteWeeklyKm,
      6,
    );
    // Demand: Hylte's localities count only with Hylte.
    expect(without.coverage.byMunicipality.hylte).toBeUndefined();
    expect(withIt.coverage.byMunicipality.hylte).toBeDefined();
  });

  it("places Hylte's people and fills Hylte's positions only when Hylte is a member", () => {
    const without = evaluateScenario(dataset, preset('decentralised'), options);
    const withIt = evaluateScenario(dataset, preset('decentralised-with-hylte'), options);
    const positionsOf = (e: typeof without) => {
      const a = e.assignment!;
      return a.placements.length + a.vacant.length + a.recruited.length + a.unfilled.length;
    };
    expect(positionsOf(without)).toBe(51);
    expect(positionsOf(withIt)).toBe(59);
    const people = (e: typeof without) => e.commute.people.map((c) => c.personId);
    expect(people(without).some((id) => dataset.people.find((p) => p.id === id)?.municipalityId === 'hylte')).toBe(
      false,
    );
    expect(people(withIt)).toHaveLength(72);
    const hyltePositions = new Set(dataset.positions.filter((p) => p.memberId === 'hylte').map((p) => p.id));
    expect(without.assignment!.placements.some((p) => hyltePositions.has(p.positionId))).toBe(false);
    expect(withIt.assignment!.placements.filter((p) => hyltePositions.has(p.positionId)).length).toBeGreaterThan(0);
  });

  it('keeps decisions on the people of a member turned off, inactive, and lists them', () => {
    const base = preset('decentralised-with-hylte');
    const decided: Scenario = {
      ...base,
      decisions: { ...base.decisions, locks: [{ personId: 'p063', positionId: 'pos-52' }] },
      stages: { p064: 'confirmed', p001: 'slated' },
      retained: { hylte: { positions: [], securitySensitive: true } },
    };
    expect(inactiveDecisions(dataset, decided)).toEqual([]);
    const withoutHylte: Scenario = { ...decided, members: four, servicePoints: base.servicePoints.slice(0, 4) };
    expect(inactiveDecisions(dataset, withoutHylte)).toEqual([
      { kind: 'lock', personId: 'p063', positionId: 'pos-52', municipalityId: 'hylte' },
      { kind: 'stage', personId: 'p064', positionId: null, municipalityId: 'hylte' },
      { kind: 'retained', personId: null, positionId: null, municipalityId: 'hylte' },
    ]);
    // The decisions stay in the scenario and the evaluation runs without those people.
    expect(withoutHylte.decisions.locks).toHaveLength(1);
    const result = evaluateScenario(dataset, withoutHylte, options);
    expect(result.assignment!.placements.some((p) => p.personId === 'p063' || p.personId === 'p064')).toBe(false);
  });

  it('refuses a scenario naming an unknown municipality or one without figures as a member, naming the field', () => {
    const raw = structuredClone(dataset) as unknown as { scenarios: Array<Record<string, unknown>> };
    const at = raw.scenarios.findIndex((s) => s.id === 'decentralised-with-hylte');
    raw.scenarios[at] = { ...raw.scenarios[at], members: ['gislaved', 'atlantis', 'jonkoping'] };
    const result = validateDataset(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.entity, e.id, e.field, e.code])).toEqual([
      ['scenario', 'decentralised-with-hylte', 'members.1', 'unknown-reference'],
      ['scenario', 'decentralised-with-hylte', 'members.2', 'member-figure-missing'],
    ]);
  });
});
