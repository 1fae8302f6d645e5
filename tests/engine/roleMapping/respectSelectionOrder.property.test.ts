import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine/evaluateScenario';
import { competenceFit } from '../../../src/engine/roleMapping/competenceFit';
import type { Dataset, DatasetInput } from '../../../src/schema/dataset';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel } from '../../fixtures/smallTravel';

const SITES = ['east-hall', 'east-servers', 'west-hall'] as const;

/** Small random staffs: today's workplace, employment start, birth year, skills, agreement area, exclusions. */
const instance = fc
  .record({
    people: fc.array(
      fc.record({
        site: fc.constantFrom(...SITES),
        startYear: fc.integer({ min: 1995, max: 2026 }),
        birthYear: fc.integer({ min: 1960, max: 1975 }),
        network: fc.integer({ min: 0, max: 4 }),
        endpoint: fc.integer({ min: 0, max: 4 }),
        leadership: fc.integer({ min: 0, max: 4 }),
        worker: fc.boolean(),
        managerEligible: fc.boolean(),
      }),
      { minLength: 3, maxLength: 7 },
    ),
    mergeTowns: fc.boolean(),
    sameTown: fc.boolean(),
    ceoOutside: fc.boolean(),
    exclusion: fc.option(fc.record({ person: fc.nat(6), position: fc.nat(2) }), { nil: undefined }),
    notSelected: fc.option(fc.nat(6), { nil: undefined }),
  })
  .map((v) => {
    const raw: DatasetInput = smallDataset();
    const template = raw.people[0]!;
    raw.people = v.people.map((p, i) => ({
      ...template,
      id: `q${i}`,
      siteId: p.site,
      municipalityId: p.site === 'west-hall' ? 'west' : 'east',
      employmentStart: `${p.startYear}-03-01`,
      birthYear: p.birthYear,
      competences: { network: p.network, endpoint: p.endpoint, leadership: p.leadership },
      agreementArea: p.worker ? 'arbetare' : 'tjansteman',
      managerEligible: p.managerEligible,
    }));
    if (v.ceoOutside) raw.positions[0] = { ...raw.positions[0]!, companyLeading: true };
    if (v.sameTown) raw.sites = raw.sites.map((s) => (s.id === 'east-servers' ? { ...s, localityId: 'east-town' } : s));
    const central = raw.scenarios![1]!;
    central.parameters = { selectionOrder: { mergeUnitsInSameTown: v.mergeTowns } };
    const n = raw.people.length;
    central.decisions = {
      exclusions: v.exclusion
        ? [{ personId: `q${v.exclusion.person % n}`, positionId: raw.positions[v.exclusion.position]!.id }]
        : [],
    };
    central.stages = v.notSelected !== undefined ? { [`q${v.notSelected % n}`]: 'not-selected' } : {};
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.dataset;
  });

/**
 * Every conflict by brute force, from the definition alone: a pair of one group (today's
 * workplace or town, agreement area), the more protected (earlier start, then older, then id)
 * without a position, the other holding one the first is sufficiently qualified for; the
 * company-leading post outside.
 */
function bruteForceConflicts(d: Dataset, scenarioId: string, placedAt: Map<string, string>, benched: string[]) {
  const scenario = d.scenarios.find((s) => s.id === scenarioId)!;
  const { mergeUnitsInSameTown, sufficientFit } = scenario.parameters.selectionOrder;
  const site = new Map(d.sites.map((s) => [s.id, s]));
  const group = (id: string) => {
    const p = d.people.find((x) => x.id === id)!;
    return `${mergeUnitsInSameTown ? site.get(p.siteId)!.localityId : p.siteId}|${p.agreementArea}`;
  };
  const key = (id: string) => {
    const p = d.people.find((x) => x.id === id)!;
    return `${p.employmentPeriods[0]!.start}|${p.birthYear}|${p.id}`;
  };
  const found: string[] = [];
  for (const b of benched) {
    for (const [q, positionId] of placedAt) {
      const position = d.positions.find((x) => x.id === positionId)!;
      if (position.companyLeading) continue;
      const person = d.people.find((x) => x.id === b)!;
      const sufficient =
        (!position.clearanceRequired || person.securityClearance) &&
        (!position.manager || person.managerEligible) &&
        competenceFit(person, position, scenario.parameters.assignment).fit >= sufficientFit;
      if (group(b) === group(q) && key(b) < key(q) && sufficient) found.push(`${b}>${q}@${positionId}`);
    }
  }
  return found.sort();
}

describe('respectOrder: no conflict the solver can remove remains (property, brute force)', () => {
  it('leaves only conflicts that a manual decision holds in place, on any small random staff', () => {
    fc.assert(
      fc.property(instance, (d) => {
        const central = d.scenarios.find((s) => s.id === 'central')!;
        const { assignment } = evaluateScenario(d, central, { travelModel: smallRoadModel });
        const placedAt = new Map(assignment!.placements.map((p) => [p.personId, p.positionId]));
        const benched = assignment!.bench.map((b) => b.personId);
        const brute = bruteForceConflicts(d, 'central', placedAt, benched);
        // The engine finds exactly the conflicts the definition gives…
        expect(
          assignment!.selectionOrder.conflicts
            .map((c) => `${c.benchPersonId}>${c.placedPersonId}@${c.positionId}`)
            .sort(),
        ).toEqual(brute);
        // …and every one left is held by HR's own decision: an exclusion or a not-selected stage.
        for (const conflict of brute) {
          const [b, rest] = conflict.split('>') as [string, string];
          const positionId = rest.split('@')[1]!;
          const held =
            central.stages[b] === 'not-selected' ||
            central.decisions.exclusions.some((e) => e.personId === b && e.positionId === positionId);
          expect(held, conflict).toBe(true);
        }
        // Following the order never leaves a position empty that the optimum fills.
        const unordered = {
          ...central,
          parameters: {
            ...central.parameters,
            selectionOrder: { ...central.parameters.selectionOrder, respectOrder: false },
          },
        };
        expect(assignment!.placements).toHaveLength(
          evaluateScenario(d, unordered, { travelModel: smallRoadModel }).assignment!.placements.length,
        );
      }),
      { numRuns: 80 },
    );
  });
});
