import { describe, expect, it } from 'vitest';
import { economicsOfScenario } from '../../../src/engine/economics';
import { evaluateScenario, type ScenarioEvaluation } from '../../../src/engine/evaluateScenario';
import { scenarioDataset } from '../../../src/engine/scenario/scenarioDataset';
import type { Dataset } from '../../../src/schema/dataset';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { explainedScenario } from '../../helpers/explainedScenario';
import { defaultDataset, defaultTravelModel } from '../../helpers/defaultData';

const dataset = await defaultDataset();
const travelModel = defaultTravelModel();
const preset = (id: string) => dataset.scenarios.find((s) => s.id === id)!;
const evaluate = (scenario: Scenario): ScenarioEvaluation => evaluateScenario(dataset, scenario, { travelModel });
const variant = (base: Scenario, change: Partial<ScenarioInput>): Scenario =>
  scenarioSchema.parse({ ...base, ...change, id: `${base.id}-variant` });
const municipalityOf = new Map(dataset.people.map((p) => [p.id, p.municipalityId]));
const members = dataset.municipalities.filter((m) => m.member).map((m) => m.id);

const decentralised = evaluate(preset('decentralised'));
const retained = evaluate(preset('decentralised-retained'));

describe('retained municipal positions', () => {
  it('decentralised-retained places people of each municipality in its ordering function and benches fewer', () => {
    const scoped = scenarioDataset(dataset, preset('decentralised-retained'));
    for (const m of members) {
      const position = scoped.positions.find((p) => p.id === `bestallare-${m}`)!;
      expect(position.retainedBy).toBe(m);
      const holder = retained.assignment!.placements.find((p) => p.positionId === position.id);
      expect(holder, m).toBeDefined();
      expect(municipalityOf.get(holder!.personId)).toBe(m);
      expect(holder!.siteId).toBe(position.fixedSiteId);
    }
    expect(retained.assignment!.bench.length).toBeLessThan(decentralised.assignment!.bench.length);
    expect(retained.organisation).toMatchObject({ companyPositions: 51, retainedPositions: 4, retainedPlaced: 4 });
    // The company keeps its own staffing.
    expect(retained.organisation!.companyPlaced).toBe(decentralised.organisation!.companyPlaced);
    // Holders of retained positions stay with their municipality: outside the company's order of selection.
    const retainedHolders = new Set(
      retained.assignment!.placements.filter((p) => p.positionId.startsWith('bestallare-')).map((p) => p.personId),
    );
    const ranked = retained.assignment!.selectionOrder.groups.flatMap((g) => g.ranking);
    for (const id of retainedHolders) expect(ranked).not.toContain(id);
    // Their commute is counted at the retained site.
    for (const id of retainedHolders) {
      const site = retained.assignment!.placements.find((p) => p.personId === id)!.siteId;
      expect(retained.commute.people.find((c) => c.personId === id)!.scenarioSiteId).toBe(site);
    }
  });

  it('explains a retained position with the people of other municipalities blocked', () => {
    const { explain } = explainedScenario(dataset, preset('decentralised-retained'), { travelModel });
    for (const m of members) {
      const candidates = explain(`bestallare-${m}`).candidates!;
      expect(candidates.length).toBeGreaterThan(1);
      for (const c of candidates) {
        expect(c.blockedBy.includes('otherMunicipality'), c.personId).toBe(municipalityOf.get(c.personId) !== m);
      }
      // The unblocked come first.
      const blocked = candidates.map((c) => c.blockedBy.length > 0);
      expect(blocked).toEqual([...blocked].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it('fills a retained position only with its municipality’s people: a lock on someone else is refused', () => {
    const outsider = dataset.people.find((p) => p.municipalityId !== 'gnosjo')!;
    const scenario = variant(preset('decentralised-retained'), {
      decisions: {
        ...preset('decentralised-retained').decisions,
        locks: [{ personId: outsider.id, positionId: 'bestallare-gnosjo' }],
      },
    });
    const result = evaluate(scenario);
    expect(result.assignment!.warnings).toContainEqual({
      code: 'lock-breaks-rule',
      params: { personId: outsider.id, positionId: 'bestallare-gnosjo' },
    });
    const holder = result.assignment!.placements.find((p) => p.positionId === 'bestallare-gnosjo')!;
    expect(municipalityOf.get(holder.personId)).toBe('gnosjo');
  });

  it('lets someone who declined the transfer be redeployed to their municipality’s retained position (LAS 7 §), nowhere else', () => {
    const person = dataset.people.find((p) => p.municipalityId === 'vaggeryd')!;
    const base = preset('decentralised-retained');
    const scenario = variant(base, {
      stages: { [person.id]: 'declined-transfer' },
      decisions: { ...base.decisions, locks: [{ personId: person.id, positionId: 'bestallare-vaggeryd' }] },
    });
    const result = evaluate(scenario);
    expect(result.assignment!.placements.find((p) => p.personId === person.id)?.positionId).toBe('bestallare-vaggeryd');
    expect(result.assignment!.declined).toContain(person.id);
    expect(result.assignment!.remainWithMunicipality).toContainEqual({
      personId: person.id,
      municipalityId: 'vaggeryd',
    });
    expect(result.organisation!.byMember.find((m) => m.municipalityId === 'vaggeryd')).toMatchObject({
      placed: 1,
      redeployed: 1,
    });
    expect(result.commute.people.some((c) => c.personId === person.id)).toBe(true);

    const company = variant(base, {
      stages: { [person.id]: 'declined-transfer' },
      decisions: { ...base.decisions, locks: [{ personId: person.id, positionId: 'pos-10' }] },
    });
    const refused = evaluate(company);
    expect(refused.assignment!.placements.some((p) => p.personId === person.id && p.positionId === 'pos-10')).toBe(
      false,
    );
    expect(refused.assignment!.warnings.map((w) => w.code)).toContain('lock-breaks-rule');
  });

  it('the security toggle moves one security-sensitive position’s work and its headcount to the municipality', () => {
    const scenario = variant(preset('decentralised'), {
      retained: { varnamo: { positions: [], securitySensitive: true } },
    });
    const scoped = scenarioDataset(dataset, scenario);
    const copy = scoped.positions.find((p) => p.retainedBy === 'varnamo')!;
    const companyId = copy.id.replace(/-varnamo$/, '');
    const original = dataset.positions.find((p) => p.id === companyId)!;
    expect(original.securitySensitive).toBe(true);
    expect(scoped.positions.some((p) => p.id === companyId)).toBe(false);
    expect(copy).toMatchObject({ title: original.title, requirements: original.requirements, clearanceRequired: true });

    const result = evaluate(scenario);
    expect(result.organisation).toMatchObject({ companyPositions: 50, retainedPositions: 1, retainedPlaced: 1 });
    expect(result.organisation!.companyPlaced).toBe(decentralised.organisation!.companyPlaced - 1);
    const holder = result.assignment!.placements.find((p) => p.positionId === copy.id)!;
    expect(municipalityOf.get(holder.personId)).toBe('varnamo');
    expect(holder.siteId).toBe('varnamo-stadshus');
    // Each member that keeps its operations takes another flagged position.
    const all = scenarioDataset(
      dataset,
      variant(preset('decentralised'), {
        retained: Object.fromEntries(members.map((m) => [m, { positions: [], securitySensitive: true }])),
      }),
    );
    const flagged = dataset.positions.filter((p) => p.securitySensitive);
    expect(all.positions.filter((p) => p.retainedBy !== undefined)).toHaveLength(members.length);
    expect(all.positions.filter((p) => p.retainedBy === undefined)).toHaveLength(
      dataset.positions.length - Math.min(flagged.length, members.length),
    );
  });
});

describe('the data centre', () => {
  const datacenterPositions = dataset.positions.filter((p) => p.dataCentre).map((p) => p.id);
  const sitesOf = (e: ScenarioEvaluation) =>
    e.assignment!.placements.filter((p) => datacenterPositions.includes(p.positionId)).map((p) => p.siteId);

  it('moves the datacenter positions on site to the chosen server room', () => {
    expect(datacenterPositions.length).toBeGreaterThan(0);
    expect(new Set(sitesOf(decentralised))).toEqual(new Set([preset('decentralised').functionSites.infrastructure]));
    const chosen = evaluate(
      variant(preset('decentralised'), { dataCentre: { site: { kind: 'existing', siteId: 'gnosjo-serverrum-1' } } }),
    );
    expect(new Set(sitesOf(chosen))).toEqual(new Set(['gnosjo-serverrum-1']));
    expect(chosen.siteRoles.find((r) => r.siteId === 'gnosjo-serverrum-1')?.dataCentre).toBe(true);
    // Other infrastructure positions stay at the function's site.
    const network = chosen.assignment!.placements.find((p) => p.positionId === 'pos-10')!;
    expect(network.siteId).toBe(preset('decentralised').functionSites.infrastructure);
  });

  it('places them at a new site the user adds with coordinates, in the nearest locality', () => {
    const result = evaluate(
      variant(preset('decentralised'), {
        dataCentre: { site: { kind: 'new', id: 'nytt-dc', name: 'Nytt datacenter', lat: 57.43, lon: 14.1 } },
      }),
    );
    expect(new Set(sitesOf(result))).toEqual(new Set(['nytt-dc']));
    expect(result.serverRooms).toMatchObject({ dataCentreSiteId: 'nytt-dc', newSite: true });
    expect(result.serverRooms.remaining).toHaveLength(13); // today's twelve and the new one
    const scoped = scenarioDataset(
      dataset,
      variant(preset('decentralised'), {
        dataCentre: { site: { kind: 'new', id: 'nytt-dc', name: 'Nytt datacenter', lat: 57.43, lon: 14.1 } },
      }),
    );
    expect(scoped.sites.find((s) => s.id === 'nytt-dc')).toMatchObject({
      municipalityId: 'vaggeryd',
      kind: 'datacenter',
    });
  });

  it('takes the rooms’ count into the non-staff cost, a parameter per room', () => {
    const rooms = ['varnamo-serverrum-1', 'gislaved-serverrum-1', 'gnosjo-serverrum-1'];
    const consolidated = variant(preset('decentralised'), {
      dataCentre: { site: { kind: 'existing', siteId: 'varnamo-serverrum-1' }, serverRooms: rooms },
    });
    const evaluation = evaluate(consolidated);
    expect(evaluation.serverRooms.today).toHaveLength(12);
    expect(evaluation.serverRooms.remaining).toEqual(rooms);
    const withRooms = economicsOfScenario(dataset, consolidated, evaluation);
    const without = economicsOfScenario(dataset, preset('decentralised'), decentralised);
    if (!withRooms.ok || !without.ok) throw new Error('economics refused');
    const last = withRooms.result.years.length - 1;
    const q = consolidated.economics;
    // The last year lies after the migration: nine rooms closed, at the year's price level.
    const expected = -9 * q.serverRoomSekPerYear * (1 + q.trend) ** last;
    expect(withRooms.result.company.byItem.nonStaff[last]! - without.result.company.byItem.nonStaff[last]!).toBeCloseTo(
      expected,
      3,
    );
  });
});

describe('retained staff in the economics', () => {
  it('pays the retained holders’ salaries as the members’ own item, outside the company’s staff', () => {
    const outcome = economicsOfScenario(dataset, preset('decentralised-retained'), retained);
    const base = economicsOfScenario(dataset, preset('decentralised'), decentralised);
    if (!outcome.ok || !base.ok) throw new Error('economics refused');
    const last = outcome.result.years.length - 1;
    expect(outcome.result.company.byItem.retainedStaff[last]).toBeGreaterThan(0);
    expect(base.result.company.byItem.retainedStaff.every((v) => v === 0)).toBe(true);
    expect(outcome.result.counts.retained).toBe(4);
    // Payments still sum to the total each year.
    for (let k = 0; k <= last; k++) {
      const paid = Object.values(outcome.result.payments.combined).reduce((s, m) => s + m[k]!, 0);
      expect(paid).toBeCloseTo(outcome.result.company.total[k]!, 0);
    }
  });
});

describe('bad input', () => {
  const withScenario = (d: Dataset, scenario: ScenarioInput) => validateDataset({ ...d, scenarios: [scenario] });
  const base: ScenarioInput = { id: 'mine', name: 'Min', kind: 'target' };

  it('refuses retained positions for a municipality that cannot be a member, naming the field', () => {
    const result = withScenario(dataset, {
      ...base,
      retained: { jonkoping: { positions: [], securitySensitive: true } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({ entity: 'scenario', id: 'mine', field: 'retained.jonkoping', code: 'not-a-member' }),
    );
  });

  it('keeps what a municipality retains while it is not a member of the scenario, with a warning naming the field', () => {
    const hylteKeeps = { hylte: { positions: [], securitySensitive: true } };
    const four = withScenario(dataset, { ...base, retained: hylteKeeps });
    expect(four.ok).toBe(true);
    if (!four.ok) return;
    expect(four.warnings).toContainEqual(
      expect.objectContaining({ id: 'mine', field: 'retained.hylte', code: 'retained-inactive', severity: 'warning' }),
    );
    // No effect: the company keeps every security-sensitive position.
    const scenario = four.dataset.scenarios.find((s) => s.id === 'mine')!;
    expect(scenarioDataset(four.dataset, scenario).positions.filter((p) => p.retainedBy !== undefined)).toEqual([]);

    const members = ['gislaved', 'gnosjo', 'varnamo', 'vaggeryd', 'hylte'];
    const five = withScenario(dataset, { ...base, members, retained: hylteKeeps });
    expect(five.ok).toBe(true);
    if (!five.ok) return;
    expect(five.warnings.filter((w) => w.code === 'retained-inactive')).toEqual([]);
    const withHylte = five.dataset.scenarios.find((s) => s.id === 'mine')!;
    expect(
      scenarioDataset(five.dataset, withHylte)
        .positions.filter((p) => p.retainedBy !== undefined)
        .map((p) => p.retainedBy),
    ).toEqual(['hylte']);
  });

  it('refuses a data centre outside the region, naming the field', () => {
    const result = withScenario(dataset, {
      ...base,
      dataCentre: { site: { kind: 'new', id: 'stockholm-dc', name: 'Stockholm', lat: 59.33, lon: 18.07 } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({ field: 'dataCentre.site.lat', code: 'outside-region' }),
    );
  });

  it('refuses a data centre that is not a server room, and unknown sites of retained positions', () => {
    const result = withScenario(dataset, {
      ...base,
      dataCentre: { site: { kind: 'existing', siteId: 'varnamo-stadshus' } },
      retained: {
        gnosjo: {
          positions: [
            {
              id: 'egen-gnosjo',
              functionId: 'ordering',
              title: 'Beställare',
              requirements: [],
              onSiteDays: 3,
              clearanceRequired: false,
              siteId: 'ingen-plats',
            },
          ],
        },
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.errors.map((e) => `${e.field}:${e.code}`);
    expect(fields).toContain('dataCentre.site.siteId:not-a-server-room');
    expect(fields).toContain('retained.gnosjo.positions.0.siteId:unknown-reference');
  });

  it('accepts decisions that name a retained position of the scenario', () => {
    const scenario = preset('decentralised-retained');
    const person = dataset.people.find((p) => p.municipalityId === 'gnosjo')!;
    const result = withScenario(dataset, {
      ...scenario,
      decisions: { ...scenario.decisions, locks: [{ personId: person.id, positionId: 'bestallare-gnosjo' }] },
    });
    expect(result.ok).toBe(true);
  });
});
