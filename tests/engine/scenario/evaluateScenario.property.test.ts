import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine/evaluateScenario';
import type { DatasetInput } from '../../../src/schema/dataset';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel } from '../../fixtures/smallTravel';

/** Random variations of the small dataset: homes, skills, clearance, requirements, decisions. */
const variedDataset = fc
  .record({
    homes: fc.array(
      fc.record({
        lat: fc.double({ min: 57.05, max: 57.55, noNaN: true }),
        lon: fc.double({ min: 13.55, max: 14.25, noNaN: true }),
      }),
      { minLength: 4, maxLength: 4 },
    ),
    levels: fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }), {
      minLength: 4,
      maxLength: 4,
    }),
    clearance: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    managerEligible: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    clearanceRequired: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    minLevels: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 3 }),
    extraPeople: fc.integer({ min: 0, max: 3 }),
    responseMinutes: fc.integer({ min: 5, max: 90 }),
    centralSite: fc.constantFrom('east-hall', 'east-servers', 'west-hall'),
    exclusion: fc.option(
      fc.record({ person: fc.integer({ min: 0, max: 3 }), position: fc.integer({ min: 0, max: 2 }) }),
      { nil: undefined },
    ),
    stage: fc.option(
      fc.record({
        person: fc.integer({ min: 0, max: 3 }),
        stage: fc.constantFrom('not-selected', 'declined-transfer', 'leaving'),
      }),
      { nil: undefined },
    ),
  })
  .map((v) => {
    const raw: DatasetInput = smallDataset();
    const competenceIds = ['network', 'leadership', 'endpoint'];
    raw.people.forEach((p, i) => {
      p.home = v.homes[i]!;
      p.competences = Object.fromEntries(competenceIds.map((c, k) => [c, v.levels[i]![k]!]));
      p.securityClearance = v.clearance[i]!;
      p.managerEligible = v.managerEligible[i]!;
    });
    for (let k = 0; k < v.extraPeople; k++) raw.people.push({ ...raw.people[k]!, id: `p10${k}` });
    raw.positions.forEach((pos, j) => {
      pos.clearanceRequired = v.clearanceRequired[j]!;
      pos.requirements[0]!.minLevel = v.minLevels[j]!;
    });
    const central = raw.scenarios![1]!;
    central.functionSites = { 'head-office': v.centralSite, infrastructure: v.centralSite };
    central.parameters = { coverage: { responseMinutes: v.responseMinutes } };
    central.decisions = {
      exclusions: v.exclusion
        ? [{ personId: raw.people[v.exclusion.person]!.id, positionId: raw.positions[v.exclusion.position]!.id }]
        : [],
    };
    central.stages = v.stage ? { [raw.people[v.stage.person]!.id]: v.stage.stage } : {};
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.dataset;
  });

const options = { travelModel: smallRoadModel };

describe('evaluateScenario invariants', () => {
  it('keeps coverage shares within 0–1, nobody placed twice, no position filled twice, hard rules and decisions respected', () => {
    fc.assert(
      fc.property(variedDataset, (dataset) => {
        const scenario = dataset.scenarios[1]!;
        const { coverage, assignment, commute } = evaluateScenario(dataset, scenario, options);
        for (const share of [coverage.overall, coverage.backup, ...Object.values(coverage.byMunicipality)]) {
          expect(share.employees).toBeGreaterThanOrEqual(0);
          expect(share.employees).toBeLessThanOrEqual(1 + 1e-12);
          expect(share.pcs).toBeGreaterThanOrEqual(0);
          expect(share.pcs).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(coverage.backup.employees).toBeLessThanOrEqual(coverage.overall.employees + 1e-12);
        const placements = assignment!.placements;
        expect(new Set(placements.map((p) => p.personId)).size).toBe(placements.length);
        expect(new Set(placements.map((p) => p.positionId)).size).toBe(placements.length);
        const people = new Map(dataset.people.map((p) => [p.id, p]));
        const positions = new Map(dataset.positions.map((p) => [p.id, p]));
        for (const p of placements) {
          const person = people.get(p.personId)!;
          const position = positions.get(p.positionId)!;
          // Clearance by vetting (the default rule): an uncleared holder is flagged, never silently placed.
          if (position.clearanceRequired && !person.securityClearance) expect(p.vetting).not.toBeNull();
          if (!position.clearanceRequired || person.securityClearance) expect(p.vetting).toBeNull();
          if (position.manager) expect(person.managerEligible).toBe(true);
          if (position.manager)
            for (const gap of p.gaps)
              expect(gap.gap).toBeLessThanOrEqual(scenario.parameters.assignment.managerMaxGapLevels);
          expect(p.leaveProbability).toBeGreaterThanOrEqual(0);
          expect(p.leaveProbability).toBeLessThanOrEqual(1);
          expect(scenario.decisions.exclusions).not.toContainEqual({ personId: p.personId, positionId: p.positionId });
          expect(['not-selected', 'declined-transfer', 'leaving']).not.toContain(
            scenario.stages[p.personId] ?? 'proposed',
          );
        }
        // Everybody is accounted for exactly once: placed, bench, declined or leaving.
        const accounted = [
          ...placements.map((p) => p.personId),
          ...assignment!.bench.map((b) => b.personId),
          ...assignment!.declined,
          ...assignment!.leaving,
        ];
        expect(accounted.sort()).toEqual(dataset.people.map((p) => p.id).sort());
        // The commute covers the people of the new company only.
        expect(commute.people).toHaveLength(
          dataset.people.length - assignment!.declined.length - assignment!.leaving.length,
        );
      }),
      { numRuns: 60 },
    );
  });

  it("gives zero change to everyone when everyone stays at today's site (the baseline)", () => {
    fc.assert(
      fc.property(variedDataset, (dataset) => {
        const { commute } = evaluateScenario(dataset, dataset.scenarios[0]!, options);
        expect(commute.people.every((p) => p.deltaMinutes === 0 && p.deltaKm === 0)).toBe(true);
        expect(commute.summary.unchanged).toBe(dataset.people.length);
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic: the same inputs give the same result', () => {
    fc.assert(
      fc.property(variedDataset, (dataset) => {
        const a = evaluateScenario(dataset, dataset.scenarios[1]!, options);
        const b = evaluateScenario(dataset, dataset.scenarios[1]!, options);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 20 },
    );
  });

  it('covers 100 % when every locality has a staffed service point of its own', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), (responseMinutes) => {
        const raw = smallDataset();
        // A service point and a local technician at every locality.
        raw.sites = raw.localities.map((l) => ({
          id: `${l.id}-point`,
          name: l.name,
          municipalityId: l.municipalityId,
          localityId: l.id,
          lat: l.lat,
          lon: l.lon,
          kind: 'it-office' as const,
          deskCapacity: 5,
          approximate: true,
        }));
        raw.people.forEach((p, i) => (p.siteId = raw.sites[i % raw.sites.length]!.id));
        raw.people.forEach((p) => (p.competences = { endpoint: 4, network: 4, leadership: 4 }));
        raw.positions = raw.localities.map((l, k) => ({
          id: `pos-${k + 1}`,
          unitId: 'operations',
          functionId: 'field-service',
          title: 'Tekniker',
          reportsTo: null,
          requirements: [],
          location: { rule: 'local' as const, municipalityId: l.municipalityId },
          onSiteDays: 5,
          clearanceRequired: false,
          manager: false,
        }));
        raw.targetOrganisation = { positions: raw.positions.length, managers: 0 };
        raw.scenarios = [
          {
            id: 'everywhere',
            name: 'Everywhere',
            kind: 'target',
            servicePoints: raw.localities.map((l) => ({ siteId: `${l.id}-point`, municipalityId: l.municipalityId })),
            parameters: { coverage: { responseMinutes } },
          },
        ];
        const result = validateDataset(raw);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        const { coverage } = evaluateScenario(result.dataset, result.dataset.scenarios[0]!, options);
        // The premise: each point is staffed (each technician's nearest own point differs here).
        expect(coverage.points.map((p) => p.technicians)).toEqual([1, 1, 1]);
        expect(coverage.overall).toEqual({ employees: 1, pcs: 1 });
        expect(coverage.uncoveredLocalities).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });
});
