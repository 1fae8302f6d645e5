import { describe, expect, it } from 'vitest';
import { buildScaleDataFiles } from '../../../scripts/generator/scaleDataset';
import { hasOptimalityCertificate } from '../../../src/engine/assignment/resolveWithRowShifts';
import { solveAssignment } from '../../../src/engine/assignment/solveAssignment';
import { createEvaluationCache, evaluateScenarioWithBasis } from '../../../src/engine/evaluateScenario';
import { assembleDataset } from '../../../src/io/dataFolder';
import type { Scenario } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { defaultTravelModel } from '../../helpers/defaultData';

/** The default staff and positions drawn four times: 248 people, 204 positions that are copies of some 30 roles. */
function scaledDataset() {
  const assembled = assembleDataset(buildScaleDataFiles({ scale: 4, sites: 40 }));
  if (!assembled.ok) throw new Error('scale data unreadable');
  const validation = validateDataset(assembled.raw, { strict: true });
  if (!validation.ok) throw new Error('scale data invalid');
  return validation.dataset;
}

describe('the role mapping on copied positions (solved on their groups)', () => {
  const dataset = scaledDataset();
  const options = { travelModel: defaultTravelModel(), cache: createEvaluationCache() };
  const withOrder = (id: string, retentionWeight: number): Scenario => {
    const scenario = dataset.scenarios.find((s) => s.id === id)!;
    const { parameters } = scenario;
    return {
      ...scenario,
      parameters: {
        ...parameters,
        assignment: { ...parameters.assignment, retentionWeight },
        selectionOrder: { ...parameters.selectionOrder, respectOrder: true },
      },
    };
  };

  it.each([
    ['centralised', 0],
    ['centralised', 0.5],
    ['decentralised', 0.5],
  ])('%s (retention weight %s): an optimum of what it solved, equal to a solve on every column', (id, weight) => {
    const { evaluation, basis } = evaluateScenarioWithBasis(dataset, withOrder(id, weight), options);
    const problem = basis!.solverProblem;
    // Some 30 classes for 204 positions: solved on the groups of copies.
    const classes = new Set(basis!.problem.copyOf).size;
    expect(classes * 4).toBeLessThanOrEqual(basis!.problem.copyOf.length);
    expect(hasOptimalityCertificate(problem, basis!.solution)).toBe(true);
    const cold = solveAssignment(problem);
    expect(basis!.solution.pairs).toBe(cold.pairs);
    expect(basis!.solution.total).toBeCloseTo(cold.total, 6);
    expect(evaluation.assignment!.respectOrder!.remainingConflicts).toBe(0);
    // Each group's people take its copies in list order: an unfilled copy comes after every filled one.
    const { copyOf } = basis!.problem;
    const lastFilled = new Map<number, number>();
    basis!.solution.colToRow.forEach((row, c) => {
      if (row >= 0) lastFilled.set(copyOf[c]!, c);
    });
    basis!.solution.colToRow.forEach((row, c) => {
      if (row < 0) expect(lastFilled.get(copyOf[c]!) ?? -1).toBeLessThan(c);
    });
  });
});
