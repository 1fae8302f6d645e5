import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine/evaluateScenario';
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
  const central = d.scenarios.find((s) => s.id === 'central')!;
  const today = d.scenarios.find((s) => s.id === 'today')!;

  it('places people by their function: hub functions at the function site, field service at the nearest own service point', () => {
    const result = evaluateScenario(d, central, options);
    expect(result.placements.map((p) => [p.personId, p.siteId, p.rule])).toEqual([
      ['p001', 'east-hall', 'function-site'],
      ['p002', 'east-hall', 'function-site'],
      ['p003', 'west-hall', 'service-point'],
      ['p004', 'east-hall', 'function-site'],
    ]);
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
    // Only west-hall is staffed (the one local position, pos-03); east-hall is a point with nobody.
    expect(coverage.points).toEqual([
      expect.objectContaining({ siteId: 'east-hall', technicians: 0, staffedDaysPerWeek: 0 }),
      expect.objectContaining({ siteId: 'west-hall', technicians: 1, staffedDaysPerWeek: 5, positionIds: ['pos-03'] }),
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
    const { coverage } = evaluateScenario(result.dataset, scenario, options);
    // west-hall has 2 technicians; east-hall 1. T = 45: east-town 2 (east) / 41 (west), east-village 13 / 48.
    expect(coverage.overall).toEqual({ employees: 1, pcs: 1 });
    expect(coverage.byMunicipality.east).toEqual({ employees: 1, pcs: 1 });
    // Backup: west-town by west-hall's two technicians; east-town by two points within 45; east-village only one.
    expect(coverage.backup.employees).toBeCloseTo((800 + 500) / 1500, 12);
  });

  it('keeps everyone at today\'s site in the baseline, with zero change, staffed by today\'s field staff', () => {
    const result = evaluateScenario(d, today, options);
    expect(result.placements.every((p) => p.rule === 'today')).toBe(true);
    expect(result.commute.people.every((p) => p.deltaMinutes === 0)).toBe(true);
    expect(result.coverage.points).toEqual([expect.objectContaining({ siteId: 'west-hall', technicians: 1, personIds: ['p003'] })]);
  });

  it('gives the same result for the same inputs and does not change them', () => {
    const before = JSON.stringify(d);
    expect(JSON.stringify(evaluateScenario(d, central, options))).toBe(JSON.stringify(evaluateScenario(d, central, options)));
    expect(JSON.stringify(d)).toBe(before);
  });
});
