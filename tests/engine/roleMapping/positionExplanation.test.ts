import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forcedPairLosses } from '../../../src/engine/assignment/forcedPairLosses';
import { solveAssignment } from '../../../src/engine/assignment/solveAssignment';
import { createEvaluationCache } from '../../../src/engine/evaluateScenario';
import type { RoleMappingBasis } from '../../../src/engine/roleMapping/positionExplanation';
import type { Dataset, DatasetInput } from '../../../src/schema/dataset';
import type { Scenario } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { createPositionExplainer } from '../../../src/worker/positionExplainer';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel } from '../../fixtures/smallTravel';
import { defaultDataset, defaultTravelModel } from '../../helpers/defaultData';
import { explainedScenario } from '../../helpers/explainedScenario';

/**
 * The eager definition the role mapping used before runner-ups became lazy: for a position's
 * column, every other row's exact loss from the full residual search (`forcedPairLosses`, no
 * early stop), the smallest finite one.
 */
function eagerRunnerUp(basis: RoleMappingBasis, c: number): { row: number; loss: number } | null {
  const losses = forcedPairLosses(basis.solverProblem, basis.solution, c);
  const holder = basis.solution.colToRow[c]!;
  let best: { row: number; loss: number } | null = null;
  losses.forEach((loss, row) => {
    if (row !== holder && Number.isFinite(loss) && (!best || loss < best.loss)) best = { row, loss };
  });
  return best;
}

/** The loss of forcing `row` onto `c` by re-solving with that pair imposed (Infinity if a pair is lost). */
function resolvedLoss(basis: RoleMappingBasis, row: number, c: number): number {
  const { solverProblem: problem, solution } = basis;
  const { rows, cols } = problem;
  const allowed = problem.allowed ? problem.allowed.slice() : new Uint8Array(rows * cols).fill(1);
  if (allowed[row * cols + c] === 0) return Infinity;
  for (let j = 0; j < cols; j++) if (j !== c) allowed[row * cols + j] = 0;
  for (let i = 0; i < rows; i++) if (i !== row) allowed[i * cols + c] = 0;
  const forced = solveAssignment({ ...problem, allowed });
  return forced.pairs < solution.pairs ? Infinity : solution.total - forced.total;
}

/** Checks every placed position's lazy runner-up against `oracle` (the loss of forcing each row). */
function expectRunnerUpsEqual(
  dataset: Dataset,
  scenario: Scenario,
  travelModel: typeof smallRoadModel,
  oracle: (basis: RoleMappingBasis, c: number) => { row: number; loss: number } | null,
): number {
  const { basis, explain } = explainedScenario(dataset, scenario, { travelModel });
  let compared = 0;
  basis!.problem.colPosition.forEach((j, c) => {
    const positionId = dataset.positions[j]!.id;
    const lazy = explain(positionId).runnerUp;
    const holder = basis!.solution.colToRow[c]!;
    const locked = basis!.problem.locks.some(([r, col]) => r === holder && col === c);
    const expected = holder < 0 || locked ? null : oracle(basis!, c);
    if (!expected) {
      expect(lazy, positionId).toBeNull();
      return;
    }
    compared++;
    expect(lazy, positionId).not.toBeNull();
    expect(lazy!.totalScoreLoss).toBeCloseTo(Math.max(0, expected.loss), 6);
    // Ties aside, the same person: the one named costs exactly the smallest loss.
    const row = basis!.problem.rowPerson.findIndex((i) => dataset.people[i]!.id === lazy!.personId);
    expect(row).not.toBe(holder);
    expect(oracleLossOf(basis!, row, c)).toBeCloseTo(expected.loss, 6);
  });
  return compared;
}

const oracleLossOf = (basis: RoleMappingBasis, row: number, c: number) =>
  forcedPairLosses(basis.solverProblem, basis.solution, c)[row]!;

describe('runner-ups computed on demand', () => {
  it('equal the eager ones (every row priced) on the default data, for both target presets', async () => {
    const dataset = await defaultDataset();
    const travelModel = defaultTravelModel();
    for (const id of ['centralised', 'decentralised']) {
      const scenario = dataset.scenarios.find((s) => s.id === id)!;
      expect(expectRunnerUpsEqual(dataset, scenario, travelModel, eagerRunnerUp)).toBeGreaterThan(40);
    }
  });

  it('equal the loss of forcing the pair and re-solving, on small random staffs', () => {
    const instance = fc
      .record({
        people: fc.array(
          fc.record({
            site: fc.constantFrom('east-hall', 'east-servers', 'west-hall'),
            startYear: fc.integer({ min: 1995, max: 2026 }),
            network: fc.integer({ min: 0, max: 4 }),
            endpoint: fc.integer({ min: 0, max: 4 }),
            leadership: fc.integer({ min: 0, max: 4 }),
            managerEligible: fc.boolean(),
          }),
          { minLength: 2, maxLength: 7 },
        ),
        respectOrder: fc.boolean(),
        retentionWeight: fc.constantFrom(0, 1),
        lock: fc.option(fc.record({ person: fc.nat(6), position: fc.nat(2) }), { nil: undefined }),
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
          competences: { network: p.network, endpoint: p.endpoint, leadership: p.leadership },
          managerEligible: p.managerEligible,
        }));
        const central = raw.scenarios![1]!;
        central.parameters = {
          selectionOrder: { respectOrder: v.respectOrder },
          assignment: { retentionWeight: v.retentionWeight },
          attrition: { draws: 100 },
        };
        const lockedPerson = v.lock ? raw.people[v.lock.person % raw.people.length]! : undefined;
        const lockedPosition = v.lock ? raw.positions[v.lock.position]! : undefined;
        central.decisions =
          lockedPerson && lockedPosition && (!lockedPosition.manager || lockedPerson.managerEligible)
            ? { locks: [{ personId: lockedPerson.id, positionId: lockedPosition.id }] }
            : {};
        const result = validateDataset(raw);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        return result.dataset;
      });
    fc.assert(
      fc.property(instance, (d) => {
        const central = d.scenarios.find((s) => s.id === 'central')!;
        expectRunnerUpsEqual(d, central, smallRoadModel, (basis, c) => {
          const holder = basis.solution.colToRow[c]!;
          let best: { row: number; loss: number } | null = null;
          for (let row = 0; row < basis.solverProblem.rows; row++) {
            if (row === holder) continue;
            const loss = resolvedLoss(basis, row, c);
            if (Number.isFinite(loss) && (!best || loss < best.loss)) best = { row, loss };
          }
          return best;
        });
      }),
      { numRuns: 60 },
    );
  });

  it('are the same whether the engine kept the evaluation or maps the scenario again', async () => {
    const dataset = await defaultDataset();
    const travelModel = defaultTravelModel();
    const scenario = dataset.scenarios.find((s) => s.id === 'centralised')!;
    const { evaluation, basis, explain } = explainedScenario(dataset, scenario, { travelModel });
    const fresh = createPositionExplainer(travelModel, createEvaluationCache());
    const kept = createPositionExplainer(travelModel, createEvaluationCache());
    kept.remember(dataset, scenario, basis);
    for (const p of evaluation.assignment!.placements.slice(0, 10)) {
      const expected = explain(p.positionId);
      expect(fresh.explain(dataset, scenario, p.positionId)).toEqual(expected);
      expect(kept.explain(dataset, scenario, p.positionId)).toEqual(expected);
    }
    // A position outside the mapping (the CEO's, recruited externally in the preset) has neither.
    expect(fresh.explain(dataset, scenario, 'pos-01')).toEqual({
      positionId: 'pos-01',
      runnerUp: null,
      candidates: null,
    });
  });
});
