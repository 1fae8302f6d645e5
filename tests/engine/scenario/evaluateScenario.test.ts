import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine/evaluateScenario';
import { personSitesByFunction } from '../../../src/engine/scenario/personSites';
import { travelMatrices } from '../../../src/engine/scenario/travelMatrices';
import { validateDataset } from '../../../src/schema/validateDataset';
import type { Dataset } from '../../../src/schema/dataset';
import { scenarioSchema } from '../../../src/schema/scenario';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel, smallTravelMatrix } from '../../fixtures/smallTravel';

function dataset(): Dataset {
  const result = validateDataset(smallDataset(), { strict: true });
  if (!result.ok) throw new Error('fixture invalid');
  return result.dataset;
}
const options = { travelModel: smallRoadModel, importedMatrix: smallTravelMatrix() };

describe('evaluateScenario on hand-computed cases', () => {
  const d = dataset();
  // p003 (employed 2008) outranks p004 (2010) at west-hall: the optimum below respects the order.
  const preset = d.scenarios.find((s) => s.id === 'central')!;
  const central = preset;
  const today = d.scenarios.find((s) => s.id === 'today')!;

  it("places people at their position's site, and the bench at their function's site", () => {
    const result = evaluateScenario(d, central, options);
    // p004 (network 3, endpoint 2) loses to p002 for pos-02 (continuity and no added commute).
    expect(result.assignment?.placements.map((p) => [p.personId, p.positionId])).toEqual([
      ['p001', 'pos-01'],
      ['p002', 'pos-02'],
      ['p003', 'pos-03'],
    ]);
    expect(result.assignment?.bench.map((b) => b.personId)).toEqual(['p004']);
    expect(result.placements.map((p) => [p.personId, p.siteId, p.rule])).toEqual([
      ['p001', 'east-hall', 'position'],
      ['p002', 'east-hall', 'position'],
      ['p003', 'west-hall', 'position'],
      ['p004', 'east-hall', 'function-site'],
    ]);
  });

  it('lists a person who declines the transfer with their municipality: not the bench, not a leaver (LAS 6 b §)', () => {
    const declined = evaluateScenario(
      d,
      scenarioSchema.parse({ ...preset, stages: { p003: 'declined-transfer' } }),
      options,
    ).assignment!;
    expect(declined.remainWithMunicipality).toEqual([{ personId: 'p003', municipalityId: 'west' }]);
    expect(declined.bench.map((b) => b.personId)).not.toContain('p003');
    expect(declined.leaving).toEqual([]);
    expect(declined.selectionOrder.groups.flatMap((g) => g.ranking)).not.toContain('p003');
    expect(declined.placements.map((p) => p.personId)).not.toContain('p003');
  });

  it("places field service before the mapping at the employer's nearest service point", () => {
    const travel = travelMatrices(d, smallRoadModel, central.parameters.travel, options.importedMatrix);
    expect(personSitesByFunction(d, central, travel).find((p) => p.personId === 'p003')).toEqual({
      personId: 'p003',
      siteId: 'west-hall',
      rule: 'service-point',
      onSiteDays: 4,
    });
  });

  it('computes the commute change, weekly km and cost, and the flags', () => {
    const { commute } = evaluateScenario(d, central, options);
    const p004 = commute.people.find((p) => p.personId === 'p004')!;
    expect(p004).toMatchObject({
      todayMinutes: 7,
      scenarioMinutes: 38,
      deltaMinutes: 31,
      todayKm: 7,
      scenarioKm: 38,
      weeklyKmToday: 56, // 2 trips × 4 days × 7 km
      weeklyKmScenario: 304,
      weeklyCostScenarioSek: 760, // 304 km × 2.50 kr
      addedOverThreshold: true, // 31 > 20
      longCommute: false, // 38 ≤ 60
      todaySource: 'matrix',
      scenarioSource: 'matrix',
    });
    expect(commute.summary).toMatchObject({
      people: 4,
      medianDeltaMinutes: 0,
      addedOverThreshold: 1,
      longCommute: 0,
      betterOff: 0,
      worseOff: 1,
      unchanged: 3,
    });
    // R-7 quantile of [0, 0, 0, 31] at 0.9: 0 + 0.7 × 31.
    expect(commute.summary.p90DeltaMinutes).toBeCloseTo(21.7, 10);
    expect(commute.summary.byMunicipality.west).toMatchObject({ people: 2, addedOverThreshold: 1 });
  });

  it('caps on-site days by the scenario policy', () => {
    const capped = scenarioSchema.parse({ ...central, onSitePolicy: { maxDaysPerWeek: 2 } });
    const p004 = evaluateScenario(d, capped, options).commute.people.find((p) => p.personId === 'p004')!;
    expect(p004.onSiteDaysScenario).toBe(2);
    expect(p004.weeklyKmScenario).toBe(152);
  });

  it('covers only localities within T of a staffed point, weighted by employees and PCs', () => {
    const { coverage } = evaluateScenario(d, central, options);
    // Only west-hall is staffed (p003 in the one local position, pos-03); east-hall is a point with nobody.
    expect(coverage.points).toEqual([
      expect.objectContaining({ siteId: 'east-hall', technicians: 0, staffedDaysPerWeek: 0 }),
      expect.objectContaining({
        siteId: 'west-hall',
        technicians: 1,
        staffedDaysPerWeek: 5,
        positionIds: ['pos-03'],
        personIds: ['p003'],
      }),
    ]);
    expect(coverage.overall.employees).toBeCloseTo(500 / 1500, 12);
    expect(coverage.overall.pcs).toBeCloseTo(400 / 1200, 12);
    expect(coverage.byMunicipality).toEqual({ east: { employees: 0, pcs: 0 }, west: { employees: 1, pcs: 1 } });
    expect(coverage.backup).toEqual({ employees: 0, pcs: 0 });
    expect(coverage.meanResponseMinutes.employees).toBeCloseTo((800 * 41 + 200 * 48 + 500 * 3) / 1500, 10);
    expect(coverage.uncoveredLocalities.map((l) => [l.name, l.nearestMinutes])).toEqual([
      ['East Town', 41],
      ['East Village', 48],
    ]);
  });

  it('counts backup where a point has two technicians, and a wider T covers more', () => {
    const raw = smallDataset();
    raw.positions.push({ ...raw.positions[2]!, id: 'pos-04' });
    raw.positions.push({ ...raw.positions[2]!, id: 'pos-05', location: { rule: 'local', municipalityId: 'east' } });
    raw.targetOrganisation.positions = 5;
    const result = validateDataset(raw);
    if (!result.ok) throw new Error('invalid');
    const scenario = scenarioSchema.parse({ ...central, parameters: { coverage: { responseMinutes: 45 } } });
    const { coverage, assignment } = evaluateScenario(result.dataset, scenario, options);
    // Four people for five positions: p004 takes the second west position (no added commute), so
    // west-hall has two technicians and east-hall's pos-05 stays unfilled.
    expect(assignment?.unfilled).toEqual(['pos-05']);
    expect(coverage.points.map((p) => [p.siteId, p.technicians])).toEqual([
      ['east-hall', 0],
      ['west-hall', 2],
    ]);
    // T = 45: east-town is 41 from west-hall (covered), east-village 48 (not).
    expect(coverage.overall.employees).toBeCloseTo((800 + 500) / 1500, 12);
    expect(coverage.byMunicipality.east!.employees).toBeCloseTo(0.8, 12);
    // Every covered locality is covered by west-hall's two technicians: backup too.
    expect(coverage.backup.employees).toBeCloseTo((800 + 500) / 1500, 12);
    const wider = scenarioSchema.parse({ ...central, parameters: { coverage: { responseMinutes: 50 } } });
    expect(evaluateScenario(result.dataset, wider, options).coverage.overall).toEqual({ employees: 1, pcs: 1 });
  });

  it('staffs a service point only through people actually placed: a vacant local position staffs nothing', () => {
    const vacant = scenarioSchema.parse({ ...central, decisions: { vacancies: ['pos-03'] } });
    const { coverage, assignment } = evaluateScenario(d, vacant, options);
    expect(assignment?.vacant).toEqual(['pos-03']);
    expect(coverage.points.every((p) => p.technicians === 0)).toBe(true);
    expect(coverage.overall).toEqual({ employees: 0, pcs: 0 });
    expect(coverage.meanResponseMinutes).toEqual({ employees: null, pcs: null });
  });

  it("keeps everyone at today's site in the baseline, with zero change, staffed by today's field staff", () => {
    const result = evaluateScenario(d, today, options);
    expect(result.placements.every((p) => p.rule === 'today')).toBe(true);
    expect(result.commute.people.every((p) => p.deltaMinutes === 0)).toBe(true);
    expect(result.coverage.points).toEqual([
      expect.objectContaining({ siteId: 'west-hall', technicians: 1, personIds: ['p003'] }),
    ]);
  });

  it('gives the same result for the same inputs and does not change them', () => {
    const before = JSON.stringify(d);
    expect(JSON.stringify(evaluateScenario(d, central, options))).toBe(
      JSON.stringify(evaluateScenario(d, central, options)),
    );
    expect(JSON.stringify(d)).toBe(before);
  });
});
