import { describe, expect, it } from 'vitest';
import { buildScaleDataFiles } from '../../../scripts/generator/scaleDataset';
import { hasOptimalityCertificate } from '../../../src/engine/assignment/resolveWithRowShifts';
import { solveAssignment } from '../../../src/engine/assignment/solveAssignment';
import {
  cachedTravelMatrices,
  createEvaluationCache,
  evaluateScenarioWithBasis,
} from '../../../src/engine/evaluateScenario';
import { MappingReuse } from '../../../src/engine/roleMapping/mappingReuse';
import { mappingSolver } from '../../../src/engine/roleMapping/mappingSolver';
import { pairLeave, pairScore, roleMappingProblem } from '../../../src/engine/roleMapping/roleMappingProblem';
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

describe('the grouped solver with pairs forced (the retention guard)', () => {
  it('gives an optimum of the full problem with those pairs, as a solve on every column does', () => {
    const dataset = scaledDataset();
    const scenario = dataset.scenarios.find((s) => s.id === 'centralised')!;
    const cache = createEvaluationCache();
    const travel = cachedTravelMatrices(dataset, scenario, { travelModel: defaultTravelModel(), cache });
    const problem = roleMappingProblem(dataset, scenario, travel);
    const m = problem.colPosition.length;
    const solver = mappingSolver(problem, (r, c) => pairScore(problem, r, c) + 0.1 * pairLeave(problem, r, c));
    const unforced = solver.solve('weighted', []);
    // A class's first column and two other copies, each forced onto someone it did not get.
    const firsts = Array.from(new Set(problem.copyOf));
    const copies = Array.from({ length: m }, (_, c) => c).filter((c) => problem.copyOf[c] !== c);
    const forced: Array<[number, number]> = [];
    for (const c of [firsts[3]!, copies[10]!, copies[copies.length - 5]!]) {
      const r = Array.from(unforced.rowToCol).findIndex(
        (own, k) => problem.allowed[k * m + c] === 1 && own !== c && !forced.some(([row]) => row === k),
      );
      if (r >= 0) forced.push([r, c]);
    }
    expect(forced).toHaveLength(3);
    for (const variant of ['weighted', 'plain'] as const) {
      const solution = solver.solve(variant, forced);
      const full = solver.problem(variant, forced);
      expect(hasOptimalityCertificate(full, solution)).toBe(true);
      for (const [r, c] of forced) expect(solution.rowToCol[r]).toBe(c);
      const everyColumn = solveAssignment(full);
      expect(solution.pairs).toBe(everyColumn.pairs);
      expect(solution.total).toBeCloseTo(everyColumn.total, 6);
    }
  });
});

describe('a role mapping started from the previous one (the hub optimiser’s candidates)', () => {
  it('gives the evaluation a mapping from scratch gives, scenario after scenario', () => {
    const dataset = scaledDataset();
    const travelModel = defaultTravelModel();
    const cache = createEvaluationCache();
    const mappingReuse = new MappingReuse();
    // Other sites for the same people and positions: each preset, then the centralised one again.
    for (const id of ['decentralised', 'centralised', 'decentralised', 'centralised']) {
      const scenario = dataset.scenarios.find((s) => s.id === id)!;
      const warm = evaluateScenarioWithBasis(dataset, scenario, { travelModel, cache, mappingReuse });
      const cold = evaluateScenarioWithBasis(dataset, scenario, { travelModel, cache });
      expect(warm.evaluation).toEqual(cold.evaluation);
      expect(mappingReuse.optima.size).toBeGreaterThan(0);
    }
  });
});
