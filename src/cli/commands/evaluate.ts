import { parseArgs } from 'node:util';
import { createTranslator } from '../../i18n/createTranslator';
import type { CliCommand } from '../command';
import { DEFAULT_DATA_DIR } from '../loadDataset';
import { evaluatedScenario } from '../loadScenarioInputs';

/**
 * `evaluate (--scenario ID | --scenario-file FILE) [--data DIR] [--travel-matrix FILE] [--explain]`:
 * the evaluation as JSON: commute, coverage, assignment, order of selection. With `--explain`,
 * each placement's runner-up, each position's candidates and the unconstrained optimum's
 * conflicts with the order too (computed only then: at 2 000 people they cost more than the
 * rest of the evaluation, see docs/performance.md).
 */
export const evaluateCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      scenario: { type: 'string' },
      'scenario-file': { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      'travel-matrix': { type: 'string' },
      explain: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const t = createTranslator(io.lang);
  const evaluated = await evaluatedScenario(values, io, t);
  if (!evaluated) return 1;
  const { evaluation, explain, unconstrainedConflicts } = evaluated;
  const { assignment, retention, ...rest } = evaluation;
  const explained =
    values.explain && assignment
      ? new Map(
          [...assignment.placements.map((p) => p.positionId), ...assignment.unfilled].map((id) => [id, explain(id)]),
        )
      : null;
  io.out(
    JSON.stringify(
      {
        ...rest,
        assignment: assignment && {
          placements: explained
            ? assignment.placements.map((p) => ({ ...p, runnerUp: explained.get(p.positionId)!.runnerUp }))
            : assignment.placements,
          ...(explained && {
            candidates: Object.fromEntries([...explained].map(([id, e]) => [id, e.candidates])),
          }),
          bench: assignment.bench,
          declined: assignment.declined,
          remainWithMunicipality: assignment.remainWithMunicipality,
          redeploymentFirst: assignment.redeploymentFirst,
          deviationEffect: assignment.deviationEffect,
          leaving: assignment.leaving,
          vacant: assignment.vacant,
          recruited: assignment.recruited,
          unfilled: assignment.unfilled,
          totalScore: assignment.totalScore,
          respectOrder:
            values.explain && assignment.respectOrder
              ? { ...assignment.respectOrder, unconstrainedConflicts: unconstrainedConflicts() }
              : assignment.respectOrder,
        },
        selectionOrder: assignment && {
          basis: assignment.selectionOrder.basis,
          groups: assignment.selectionOrder.groups,
          conflicts: assignment.selectionOrder.conflicts,
          outsideLas: assignment.selectionOrder.outsideLas,
        },
        retention: retention && {
          draws: retention.drawsCompleted,
          seed: retention.seed,
          heldLevel: retention.heldLevel,
          minHolders: retention.minHolders,
          headcount: retention.headcount,
          expectedHeadcountRetained: retention.expectedHeadcountRetained,
          headcountRetainedP10: retention.headcountRetainedP10,
          competencesAtRisk: retention.competencesAtRisk,
          byCompetence: Object.fromEntries(
            retention.competences.map((c) => [
              c.competenceId,
              // probBelowTwo: the chance of ending with fewer than `minHolders` (2 by default) holders.
              {
                needed: c.needed,
                current: c.current,
                expected: c.expected,
                p10: c.p10,
                probBelowTwo: c.probBelowMinHolders,
                atRisk: c.atRisk,
              },
            ]),
          ),
          leaveProbability: Object.fromEntries(
            (retention.personIds ?? []).map((id, i) => [id, retention.leaveProbabilities[i]]),
          ),
        },
      },
      null,
      2,
    ),
  );
  return 0;
};
