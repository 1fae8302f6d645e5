import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine/evaluateScenario';
import { competenceFit } from '../../../src/engine/roleMapping/competenceFit';
import type { Dataset } from '../../../src/schema/dataset';
import { scenarioSchema, type ScenarioInput } from '../../../src/schema/scenario';
import { defaultScenarioParameters } from '../../../src/schema/scenarioParameters';
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
/** The hand-computed cases are of the plain fit: retention weight 0 unless the case sets it. */
const evaluate = (changes: Partial<ScenarioInput> = {}) =>
  evaluateScenario(
    d,
    scenarioSchema.parse({
      ...central,
      ...changes,
      parameters: { ...changes.parameters, assignment: { retentionWeight: 0, ...changes.parameters?.assignment } },
    }),
    options,
  ).assignment!;
const holders = (a: ReturnType<typeof evaluate>) => Object.fromEntries(a.placements.map((p) => [p.positionId, p.personId]));

describe('competenceFit', () => {
  const params = defaultScenarioParameters().assignment;
  const person = d.people[2]!; // endpoint 3, network 2
  const position = d.positions[1]!; // network ≥ 3

  it('is 1 when every requirement is met, and counts a trainable one-level gap less than a larger one', () => {
    expect(competenceFit(person, d.positions[2]!, params)).toEqual({ fit: 1, gaps: [] });
    const oneLevel = competenceFit(person, position, params);
    expect(oneLevel.fit).toBeCloseTo(1 - 0.35 / 3, 12); // one trainable level of a level-3 requirement
    expect(oneLevel.gaps).toEqual([{ competenceId: 'network', required: 3, actual: 2, gap: 1, trainable: true }]);
    const twoLevels = competenceFit(d.people[0]!, position, params); // network 1
    expect(twoLevels.fit).toBeCloseTo(1 - (0.35 + 1) / 3, 12);
    expect(twoLevels.gaps[0]!.trainable).toBe(false);
  });
});

describe('mapRoles on hand-computed cases', () => {
  it('fills every position it can and explains each placement with its runner-up', () => {
    const assignment = evaluate();
    expect(holders(assignment)).toEqual({ 'pos-01': 'p001', 'pos-02': 'p002', 'pos-03': 'p003' });
    expect(assignment.bench).toEqual(['p004']);
    // Scores: 1 (fit) + 0.1 (same function) − 0.01/min added: three perfect fits with continuity.
    expect(assignment.totalScore).toBeCloseTo(3.3, 12);
    const pos02 = assignment.placements.find((p) => p.positionId === 'pos-02')!;
    // p004 would take pos-02 at 1 + 0.1 − 0.31 (31 added minutes) and p002 go to the bench.
    expect(pos02.runnerUp).toMatchObject({ personId: 'p004', fit: 1 });
    expect(pos02.runnerUp!.totalScoreLoss).toBeCloseTo(0.31, 9);
    // Only p001 may hold the manager position: nobody can replace them without losing a pair.
    expect(assignment.placements.find((p) => p.positionId === 'pos-01')!.runnerUp).toBeNull();
  });

  it('honours a lock (a manual assign), and gives no runner-up for a locked placement', () => {
    const assignment = evaluate({ decisions: { locks: [{ personId: 'p004', positionId: 'pos-02' }] } });
    expect(holders(assignment)['pos-02']).toBe('p004');
    expect(assignment.bench).toEqual(['p002']);
    const locked = assignment.placements.find((p) => p.positionId === 'pos-02')!;
    expect(locked).toMatchObject({ locked: true, runnerUp: null, deltaMinutes: 31 });
  });

  it('honours exclusions, vacancies and stages', () => {
    expect(holders(evaluate({ decisions: { exclusions: [{ personId: 'p002', positionId: 'pos-02' }] } }))['pos-02']).toBe('p004');
    const vacant = evaluate({ decisions: { vacancies: ['pos-03'] } });
    expect(vacant.vacant).toEqual(['pos-03']);
    expect(vacant.bench).toEqual(['p003', 'p004']);
    const declined = evaluate({ stages: { p002: 'declined-transfer' } });
    expect(declined.declined).toEqual(['p002']);
    expect(holders(declined)['pos-02']).toBe('p004');
    const leaving = evaluate({ stages: { p003: 'leaving' }, decisions: { exclusions: [{ personId: 'p004' }] } });
    expect(leaving.leaving).toEqual(['p003']);
    expect(leaving.bench).toEqual(['p004']);
    expect(leaving.unfilled).toEqual(['pos-03']);
  });

  it('does not apply a lock that breaks a hard rule, and says so', () => {
    const assignment = evaluate({ decisions: { locks: [{ personId: 'p002', positionId: 'pos-01' }] } });
    expect(holders(assignment)['pos-01']).toBe('p001');
    expect(assignment.warnings).toContainEqual({ code: 'lock-breaks-rule', params: { personId: 'p002', positionId: 'pos-01' } });
  });

  it('reports the LAS conflict, and respects the order on request at a stated cost', () => {
    // p004 (employed 2010) outranks p002 (2015) at east-hall and is fully qualified for pos-02.
    const free = evaluate();
    expect(free.selectionOrder.conflicts).toEqual([
      { benchPersonId: 'p004', placedPersonId: 'p002', positionId: 'pos-02', groupId: 'east-hall--tjansteman' },
    ]);
    const respecting = evaluate({ parameters: { selectionOrder: { respectOrder: true } } });
    expect(respecting.selectionOrder.conflicts).toEqual([]);
    expect(holders(respecting)['pos-02']).toBe('p004');
    expect(respecting.respectOrder).toEqual({
      scoreCost: expect.closeTo(0.31, 9),
      forced: [{ personId: 'p004', positionId: 'pos-02' }],
      remainingConflicts: 0,
    });
  });
});
