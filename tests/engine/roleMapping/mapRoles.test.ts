import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine/evaluateScenario';
import { competenceFit } from '../../../src/engine/roleMapping/competenceFit';
import type { Dataset } from '../../../src/schema/dataset';
import { scenarioSchema, type ScenarioInput } from '../../../src/schema/scenario';
import { defaultScenarioParameters } from '../../../src/schema/scenarioParameters';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel, smallTravelMatrix } from '../../fixtures/smallTravel';
import { explainedScenario } from '../../helpers/explainedScenario';

const d: Dataset = (() => {
  const result = validateDataset(smallDataset(), { strict: true });
  if (!result.ok) throw new Error('fixture invalid');
  return result.dataset;
})();
const central = d.scenarios.find((s) => s.id === 'central')!;
const options = { travelModel: smallRoadModel, importedMatrix: smallTravelMatrix() };
// The optimiser's own logic, without the order of selection (tested below and in selectionOrder/);
// the hand-computed cases are of the plain fit: retention weight 0 unless the case sets it.
const unordered = {
  ...central.parameters,
  selectionOrder: { ...central.parameters.selectionOrder, respectOrder: false },
};
const scenarioWith = (changes: Partial<ScenarioInput> = {}) =>
  scenarioSchema.parse({
    ...central,
    ...changes,
    parameters: {
      ...unordered,
      ...changes.parameters,
      assignment: { ...unordered.assignment, retentionWeight: 0, ...changes.parameters?.assignment },
    },
  });
const evaluate = (changes: Partial<ScenarioInput> = {}, dataset: Dataset = d) =>
  evaluateScenario(dataset, scenarioWith(changes), options).assignment!;
/** A position's runner-up, computed on demand as when the position is opened. */
const runnerUpOf = (positionId: string, changes: Partial<ScenarioInput> = {}) =>
  explainedScenario(d, scenarioWith(changes), options).explain(positionId).runnerUp;
const benchIds = (a: ReturnType<typeof evaluate>) => a.bench.map((b) => b.personId);
const holders = (a: ReturnType<typeof evaluate>) =>
  Object.fromEntries(a.placements.map((p) => [p.positionId, p.personId]));

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
    expect(benchIds(assignment)).toEqual(['p004']);
    // Scores: 1 (fit) + 0.1 (same function) − 0.01/min added: three perfect fits with continuity.
    expect(assignment.totalScore).toBeCloseTo(3.3, 12);
    // p004 would take pos-02 at 1 + 0.1 − 0.31 (31 added minutes) and p002 go to the bench.
    const pos02 = runnerUpOf('pos-02');
    expect(pos02).toMatchObject({ personId: 'p004', fit: 1 });
    expect(pos02!.totalScoreLoss).toBeCloseTo(0.31, 9);
    // Only p001 may hold the manager position: nobody can replace them without losing a pair.
    expect(runnerUpOf('pos-01')).toBeNull();
  });

  it('honours a lock (a manual assign), and gives no runner-up for a locked placement', () => {
    const lock = { decisions: { locks: [{ personId: 'p004', positionId: 'pos-02' }] } };
    const assignment = evaluate(lock);
    expect(holders(assignment)['pos-02']).toBe('p004');
    expect(benchIds(assignment)).toEqual(['p002']);
    const locked = assignment.placements.find((p) => p.positionId === 'pos-02')!;
    expect(locked).toMatchObject({ locked: true, deltaMinutes: 31 });
    expect(runnerUpOf('pos-02', lock)).toBeNull();
  });

  it('honours exclusions, vacancies and stages', () => {
    expect(
      holders(evaluate({ decisions: { exclusions: [{ personId: 'p002', positionId: 'pos-02' }] } }))['pos-02'],
    ).toBe('p004');
    const vacant = evaluate({ decisions: { vacancies: ['pos-03'] } });
    expect(vacant.vacant).toEqual(['pos-03']);
    expect(benchIds(vacant)).toEqual(['p003', 'p004']);
    const declined = evaluate({ stages: { p002: 'declined-transfer' } });
    expect(declined.declined).toEqual(['p002']);
    expect(holders(declined)['pos-02']).toBe('p004');
    const leaving = evaluate({ stages: { p003: 'leaving' }, decisions: { exclusions: [{ personId: 'p004' }] } });
    expect(leaving.leaving).toEqual(['p003']);
    expect(benchIds(leaving)).toEqual(['p004']);
    expect(leaving.unfilled).toEqual(['pos-03']);
  });

  it('does not apply a lock that breaks a hard rule, and says so', () => {
    const assignment = evaluate({ decisions: { locks: [{ personId: 'p002', positionId: 'pos-01' }] } });
    expect(holders(assignment)['pos-01']).toBe('p001');
    expect(assignment.warnings).toContainEqual({
      code: 'lock-breaks-rule',
      params: { personId: 'p002', positionId: 'pos-01' },
    });
  });

  const eastTown = d.sites.find((x) => x.id === 'east-hall')!.localityId;
  const sameUnit: Dataset = {
    ...d,
    sites: d.sites.map((x) => (x.id === 'west-hall' ? { ...x, localityId: eastTown } : x)),
  };
  const merged = {
    ...central.parameters,
    selectionOrder: { ...central.parameters.selectionOrder, mergeUnitsInSameTown: true, respectOrder: true },
  };

  it('reports the LAS conflict, and respects the order at a stated cost (the default)', () => {
    // With west-hall put in east-hall's town and units merged per town, p004 (employed 2010,
    // west-hall) and p002 (2015, east-hall) share a selection group; p004 outranks p002 and is
    // fully qualified for pos-02, which the optimiser gives p002 (p004 would commute 31 min more).
    const free = evaluate(
      { parameters: { ...unordered, selectionOrder: { ...unordered.selectionOrder, mergeUnitsInSameTown: true } } },
      sameUnit,
    );
    // p003 (employed 2008) outranks p004: no conflict on pos-03.
    const group = `town-${eastTown}--tjansteman`;
    expect(free.selectionOrder.conflicts).toEqual([
      { benchPersonId: 'p004', placedPersonId: 'p002', positionId: 'pos-02', groupId: group, agreedReason: null },
    ]);
    const respecting = evaluate({ parameters: merged }, sameUnit);
    // The unconstrained optimum's conflicts are listed on demand, as the order panel asks.
    const { basis } = explainedScenario(sameUnit, scenarioWith({ parameters: merged }), options);
    expect(basis!.unconstrainedConflicts).toEqual(free.selectionOrder.conflicts);
    expect(respecting.selectionOrder.conflicts).toEqual([]);
    expect(holders(respecting)).toEqual({ 'pos-01': 'p001', 'pos-02': 'p004', 'pos-03': 'p003' });
    expect(benchIds(respecting)).toEqual(['p002']);
    expect(respecting.respectOrder).toMatchObject({
      scoreCost: expect.closeTo(free.totalScore - respecting.totalScore, 9),
      unconstrainedTotalScore: expect.closeTo(free.totalScore, 9),
      // Protecting p004 alone first benched p003 (who outranks p002 too): a second round protected p003.
      forced: [
        { personId: 'p003', positionId: 'pos-03' },
        { personId: 'p004', positionId: 'pos-02' },
      ],
      rounds: 2,
      remainingConflicts: 0,
    });
    expect(respecting.respectOrder!.scoreCost).toBeGreaterThan(0);
    // The default scenario respects the order.
    expect(
      evaluateScenario(sameUnit, { ...central, parameters: merged }, options).assignment!.selectionOrder.conflicts,
    ).toEqual([]);
  });

  it('keeps a conflict HR recorded as a deviation, marked with its reason, and shows what it changes', () => {
    const deviations = [
      { benchPersonId: 'p004', placedPersonId: 'p002', positionId: 'pos-02', reason: 'p002 runs the migration' },
    ];
    const group = `town-${eastTown}--tjansteman`;
    const agreed = evaluate({ parameters: merged, decisions: { agreedDeviations: deviations } }, sameUnit);
    expect(holders(agreed)['pos-02']).toBe('p002');
    expect(agreed.selectionOrder.conflicts).toEqual([
      {
        benchPersonId: 'p004',
        placedPersonId: 'p002',
        positionId: 'pos-02',
        groupId: group,
        agreedReason: 'p002 runs the migration',
      },
    ]);
    expect(agreed.respectOrder!.remainingConflicts).toBe(0);
    const lawful = evaluate({ parameters: merged }, sameUnit);
    expect(agreed.deviationEffect).toEqual({
      lawfulTotalScore: expect.closeTo(lawful.totalScore, 9),
      totalScoreDelta: expect.closeTo(agreed.totalScore - lawful.totalScore, 9),
      lawfulExpectedRetained: expect.any(Number),
      expectedRetainedDelta: expect.any(Number),
    });
    expect(agreed.deviationEffect!.totalScoreDelta).toBeGreaterThan(0);
  });
});
