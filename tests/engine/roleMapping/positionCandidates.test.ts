import { describe, expect, it } from 'vitest';
import { cachedTravelMatrices, evaluateScenario } from '../../../src/engine/evaluateScenario';
import { competenceFit } from '../../../src/engine/roleMapping/competenceFit';
import { positionCandidates } from '../../../src/engine/roleMapping/positionCandidates';
import { meetsHardRules, roleMappingProblem } from '../../../src/engine/roleMapping/roleMappingProblem';
import type { Dataset } from '../../../src/schema/dataset';
import { scenarioSchema, type ScenarioInput } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel, smallTravelMatrix } from '../../fixtures/smallTravel';

const d: Dataset = (() => {
  const result = validateDataset(smallDataset(), { strict: true });
  if (!result.ok) throw new Error('fixture invalid');
  return result.dataset;
})();
const central = d.scenarios.find((s) => s.id === 'central')!;
const options = { travelModel: smallRoadModel, importedMatrix: smallTravelMatrix() };
const scenarioWith = (changes: Partial<ScenarioInput> = {}) => scenarioSchema.parse({ ...central, ...changes });
const candidatesOf = (changes: Partial<ScenarioInput> = {}, limit?: number) => {
  const scenario = scenarioWith(changes);
  const travel = cachedTravelMatrices(d, scenario, options);
  return positionCandidates(d, scenario, roleMappingProblem(d, scenario, travel), travel, limit);
};

describe('positionCandidates', () => {
  it('lists every candidate of every open position, allowed ones first, each group by score', () => {
    const all = candidatesOf();
    expect(Object.keys(all).sort()).toEqual(d.positions.map((p) => p.id).sort());
    for (const position of d.positions) {
      const list = all[position.id]!;
      expect(list.map((c) => c.personId).sort()).toEqual(d.people.map((p) => p.id).sort());
      const allowed = list.filter((c) => c.blockedBy.length === 0);
      const blocked = list.filter((c) => c.blockedBy.length > 0);
      expect(list).toEqual([...allowed, ...blocked]);
      for (const group of [allowed, blocked]) {
        for (let k = 1; k < group.length; k++) expect(group[k - 1]!.score).toBeGreaterThanOrEqual(group[k]!.score);
      }
      for (const c of list) {
        const person = d.people.find((p) => p.id === c.personId)!;
        expect(c.blockedBy.length === 0).toBe(meetsHardRules(person, position));
        expect(c.fit).toBeCloseTo(competenceFit(person, position, central.parameters.assignment).fit, 12);
      }
    }
  });

  it('says why a person is blocked: manager eligibility and exclusions', () => {
    const ceo = candidatesOf({ decisions: { exclusions: [{ personId: 'p002', positionId: 'pos-02' }] } });
    // Only p001 is manager eligible in the fixture.
    for (const c of ceo['pos-01']!) expect(c.blockedBy.includes('manager')).toBe(c.personId !== 'p001');
    expect(ceo['pos-02']!.find((c) => c.personId === 'p002')!.blockedBy).toEqual(['excluded']);
    expect(ceo['pos-02']!.at(-1)!.personId).toBe('p002');
  });

  it('agrees with the placements on commute change and score, keeps the limit, and leaves vacant positions out', () => {
    const evaluation = evaluateScenario(d, scenarioWith(), options).assignment!;
    const all = candidatesOf();
    for (const placement of evaluation.placements) {
      const c = all[placement.positionId]!.find((x) => x.personId === placement.personId)!;
      expect(c.deltaMinutes).toBeCloseTo(placement.deltaMinutes, 9);
      expect(c.score).toBeCloseTo(placement.score, 9);
    }
    const two = candidatesOf({}, 2);
    for (const list of Object.values(two)) expect(list).toHaveLength(2);
    const vacant = candidatesOf({ decisions: { vacancies: ['pos-03'] } });
    expect(vacant['pos-03']).toBeUndefined();
    // People outside the mapping are no candidates.
    const leaving = candidatesOf({ stages: { p004: 'leaving' } });
    expect(leaving['pos-02']!.map((c) => c.personId)).not.toContain('p004');
  });
});
