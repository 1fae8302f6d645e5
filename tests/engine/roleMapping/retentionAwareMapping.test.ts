import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoleMapping, RunnerUp } from '../../../src/engine/roleMapping/mapRoles';
import type { PositionCandidate } from '../../../src/engine/roleMapping/positionCandidates';
import { expectedHolders, probabilityFewerHolders } from '../../../src/engine/retention';
import type { Dataset } from '../../../src/schema/dataset';
import type { DatasetInput } from '../../../src/schema/dataset';
import { scenarioSchema, type ScenarioInput } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel, smallTravelMatrix } from '../../fixtures/smallTravel';
import { explainedScenario } from '../../helpers/explainedScenario';

const options = { travelModel: smallRoadModel, importedMatrix: smallTravelMatrix() };
const siteIds = ['east-hall', 'east-servers', 'west-hall'] as const;

function datasetOf(edit: (raw: DatasetInput) => void = () => {}): Dataset {
  const raw = smallDataset();
  edit(raw);
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 2)));
  return result.dataset;
}

/** The mapping, with every position's candidates and runner-up as the UI computes them on demand. */
type ExplainedMapping = RoleMapping & {
  candidates: Record<string, PositionCandidate[]>;
  runnerUpOf: (positionId: string) => RunnerUp | null;
};

function mapping(d: Dataset, changes: Partial<ScenarioInput> = {}): ExplainedMapping {
  const central = d.scenarios.find((s) => s.id === 'central')!;
  const scenario = scenarioSchema.parse({
    ...central,
    ...changes,
    parameters: {
      ...central.parameters,
      ...changes.parameters,
      attrition: { draws: 100, ...changes.parameters?.attrition },
    },
  });
  const { evaluation, basis, explain } = explainedScenario(d, scenario, options);
  const positionIds = Array.from(basis!.problem.colPosition, (j) => d.positions[j]!.id);
  return {
    ...evaluation.assignment!,
    candidates: Object.fromEntries(positionIds.map((id) => [id, explain(id).candidates!])),
    runnerUpOf: (positionId) => explain(positionId).runnerUp,
  };
}

const staying = (a: RoleMapping) => a.placements.reduce((sum, p) => sum + 1 - p.leaveProbability, 0);

/** The competences at risk by the exact figures (expected below need, or P(< 2 holders) ≥ 0.2). */
function atRisk(d: Dataset, a: RoleMapping): Set<string> {
  const open = new Set([...a.vacant, ...a.recruited]);
  const leave = a.placements.map((p) => p.leaveProbability);
  const people = new Map(d.people.map((p) => [p.id, p]));
  const risky = new Set<string>();
  for (const c of d.competences) {
    const need = d.positions.filter(
      (p) => !open.has(p.id) && p.requirements.some((r) => r.competenceId === c.id && r.minLevel >= 3),
    ).length;
    if (need === 0) continue;
    const holders = a.placements.flatMap((p, t) => ((people.get(p.personId)!.competences[c.id] ?? 0) >= 3 ? [t] : []));
    if (expectedHolders(leave, holders) < need || probabilityFewerHolders(leave, holders, 2) >= 0.2) risky.add(c.id);
  }
  return risky;
}

/** Brute force: the best total score over every assignment that fills as many positions as possible. */
function bruteForceBest(a: ExplainedMapping): number {
  const positions = Object.keys(a.candidates);
  const options = positions.map((id) => a.candidates[id]!.filter((c) => c.blockedBy.length === 0));
  let best = { filled: -1, total: -Infinity };
  const walk = (k: number, used: Set<string>, filled: number, total: number) => {
    if (k === positions.length) {
      if (filled > best.filled || (filled === best.filled && total > best.total)) best = { filled, total };
      return;
    }
    walk(k + 1, used, filled, total);
    for (const c of options[k]!) {
      if (used.has(c.personId)) continue;
      used.add(c.personId);
      walk(k + 1, used, filled + 1, total + c.score);
      used.delete(c.personId);
    }
  };
  walk(0, new Set(), 0, 0);
  return best.total;
}

const level = fc.integer({ min: 0, max: 4 });
const instance = fc.record({
  people: fc.array(
    fc.record({
      network: level,
      leadership: level,
      endpoint: level,
      birthYear: fc.integer({ min: 1955, max: 1995 }),
      managerEligible: fc.boolean(),
    }),
    { minLength: 4, maxLength: 4 },
  ),
  headOffice: fc.constantFrom(...siteIds),
  infrastructure: fc.constantFrom(...siteIds),
  t50Minutes: fc.integer({ min: 5, max: 60 }),
  retentionWeight: fc.double({ min: 0.05, max: 1, noNaN: true }),
});

describe('retention-aware role mapping', () => {
  it('never keeps fewer people expected to stay than r = 0, nor puts a competence at more risk (brute force on small cases)', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const d = datasetOf((raw) => {
          raw.people.forEach((p, i) => {
            const g = x.people[i]!;
            p.competences = { network: g.network, leadership: g.leadership, endpoint: g.endpoint };
            p.birthYear = g.birthYear;
            p.managerEligible = g.managerEligible;
          });
        });
        const changes = (r: number): Partial<ScenarioInput> => ({
          functionSites: { 'head-office': x.headOffice, infrastructure: x.infrastructure },
          // The optimiser alone: the order of selection is tested on its own.
          parameters: {
            assignment: { retentionWeight: r },
            attrition: { t50Minutes: x.t50Minutes },
            selectionOrder: { respectOrder: false },
          },
        });
        const plain = mapping(d, changes(0));
        const weighted = mapping(d, changes(x.retentionWeight));
        expect(weighted.placements.length).toBe(plain.placements.length);
        expect(staying(weighted)).toBeGreaterThanOrEqual(staying(plain) - 1e-9);
        const plainRisk = atRisk(d, plain);
        for (const c of atRisk(d, weighted)) expect(plainRisk.has(c)).toBe(true);
        // Without the plain mapping's rule in play, the weighted mapping is the exact optimum of the weighted scores.
        if (
          weighted.retentionGuard &&
          !weighted.retentionGuard.fellBack &&
          weighted.retentionGuard.protected.length === 0
        ) {
          expect(weighted.totalScore).toBeCloseTo(bruteForceBest(weighted), 9);
        }
        expect(plain.totalScore).toBeCloseTo(bruteForceBest(plain), 9);
      }),
      { numRuns: 60 },
    );
  });

  it('counts fit × (1 − r · p_leave): r = 0 gives the plain fit; every placement reports its probability of leaving', () => {
    const d = datasetOf();
    const plain = mapping(d, { parameters: { assignment: { retentionWeight: 0 } } });
    const weighted = mapping(d, { parameters: { assignment: { retentionWeight: 1 } } });
    for (const p of weighted.placements) {
      expect(p.leaveProbability).toBeGreaterThan(0);
      expect(p.leaveProbability).toBeLessThan(1);
      const same = plain.placements.find((q) => q.personId === p.personId && q.positionId === p.positionId);
      if (same) expect(p.score).toBeCloseTo(same.score - p.fit * p.leaveProbability, 12);
    }
    expect(plain.retentionGuard).toBeNull();
  });

  it('says when retention decided a placement against the runner-up', () => {
    // p004 (born 1958) retires within the transition at the default 0.5: with r = 1 the younger
    // p002 holds pos-02 even though p004 is the better fit once network is 4 for both.
    const d = datasetOf((raw) => {
      raw.people[3]!.birthYear = 1958;
      raw.people[3]!.competences = { network: 4, endpoint: 2 };
    });
    const weighted = mapping(d);
    const pos02 = weighted.placements.find((p) => p.positionId === 'pos-02')!;
    expect(pos02.personId).toBe('p002');
    expect(weighted.runnerUpOf('pos-02')).toMatchObject({ personId: 'p004', decidedByRetention: false });
    const retiring = weighted.runnerUpOf('pos-02')!.leaveProbability;
    expect(retiring).toBeGreaterThan(0.5);
    // Now p002 (10 min from east-hall, born 1958) retires: p = 1 − (1 − 0.166)(1 − 0.5) = 0.583, so its
    // weighted score is 1 · 0.417 + 0.1 = 0.517. p004 (31 minutes more, to 38) leaves with p ≈ 0.245,
    // scoring 1 · 0.755 + 0.1 − 0.31 = 0.545. Plain (r = 0): p002 1.1 against p004 0.79.
    const d2 = datasetOf((raw) => {
      raw.people[1]!.birthYear = 1958;
      raw.people[3]!.competences = { network: 4, endpoint: 2 };
    });
    const plainHolder = mapping(d2, { parameters: { assignment: { retentionWeight: 0 } } }).placements.find(
      (p) => p.positionId === 'pos-02',
    )!;
    expect(plainHolder.personId).toBe('p002');
    const decidedMapping = mapping(d2);
    const decided = decidedMapping.placements.find((p) => p.positionId === 'pos-02')!;
    expect(decided.personId).toBe('p004');
    expect(decidedMapping.runnerUpOf('pos-02')).toMatchObject({ personId: 'p002', decidedByRetention: true });
  });
});

describe('clearance by vetting', () => {
  const cleared = (rule?: 'vetting' | 'hard') =>
    mapping(
      datasetOf((raw) => {
        raw.positions[1]!.clearanceRequired = true; // nobody in the small dataset is cleared
      }),
      { parameters: { assignment: { retentionWeight: 0, ...(rule ? { clearanceRule: rule } : {}) } } },
    );

  it('lets an uncleared person hold the position by default, flagged with the lead time, at the vetting cost', () => {
    const vetting = cleared();
    const pos02 = vetting.placements.find((p) => p.positionId === 'pos-02')!;
    expect(pos02.vetting).toEqual({ leadMonths: 3 });
    const free = mapping(datasetOf(), { parameters: { assignment: { retentionWeight: 0 } } }).placements.find(
      (p) => p.positionId === 'pos-02',
    )!;
    expect(pos02.personId).toBe(free.personId);
    expect(pos02.score).toBeCloseTo(free.score - 0.05, 12);
    expect(vetting.placements.filter((p) => p.positionId !== 'pos-02').every((p) => p.vetting === null)).toBe(true);
  });

  it('keeps the position unfilled under the hard rule, and lists the candidates as blocked', () => {
    const hard = cleared('hard');
    expect(hard.unfilled).toEqual(['pos-02']);
    expect(hard.candidates['pos-02']!.every((c) => c.blockedBy.includes('clearance'))).toBe(true);
    expect(cleared().candidates['pos-02']!.some((c) => c.blockedBy.length === 0 && c.vetting)).toBe(true);
  });

  it('refuses a manager with a gap wider than managerMaxGapLevels', () => {
    // p001 (leadership 4) is the only manager-eligible person; require network 3 (p001 has 1: a gap of 2).
    const d = datasetOf((raw) => {
      raw.positions[0]!.requirements.push({ competenceId: 'network', minLevel: 3, weight: 1 });
    });
    expect(mapping(d).unfilled).toEqual(['pos-01']);
    expect(mapping(d).candidates['pos-01']!.find((c) => c.personId === 'p001')!.blockedBy).toEqual(['managerGap']);
    expect(mapping(d, { parameters: { assignment: { managerMaxGapLevels: 2 } } }).unfilled).toEqual([]);
  });
});

describe('external recruitment', () => {
  it('leaves the position out of the assignment: nobody placed, not unfilled, no candidates', () => {
    const d = datasetOf();
    const a = mapping(d, { decisions: { externalRecruitment: ['pos-02'] } });
    expect(a.recruited).toEqual(['pos-02']);
    expect(a.placements.map((p) => p.positionId)).not.toContain('pos-02');
    expect(a.unfilled).toEqual([]);
    expect(a.candidates).not.toHaveProperty('pos-02');
    expect(a.bench).toHaveLength(d.people.length - a.placements.length);
  });
});
