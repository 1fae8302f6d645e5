import { describe, expect, it } from 'vitest';
import type { ScenarioEvaluation } from '../../src/engine/evaluateScenario';
import { scenarioSchema } from '../../src/schema/scenario';
import { currentEvaluations, scenarioResultStatuses } from '../../src/state/currentEvaluations';
import type { ScenarioResult } from '../../src/state/resultsSlice';
import { evaluationKey } from '../../src/state/scenarioVersion';
import { smallDataset } from '../fixtures/smallDataset';

const [today, central] = smallDataset().scenarios!.map((s) => scenarioSchema.parse(s));
const scenarios = [today!, central!, { ...central!, id: 'central-2' }];
const evaluationOf = (id: string) => ({ scenarioId: id }) as ScenarioEvaluation;
const entry = (fields: Partial<ScenarioResult>): ScenarioResult => ({
  key: '',
  status: 'idle',
  progress: 0,
  evaluation: null,
  evaluationKey: null,
  error: null,
  elapsedMs: null,
  ...fields,
});

describe('currentEvaluations', () => {
  it('keeps, in list order, only evaluations of the scenario and dataset as they are now', () => {
    const [first, second, third] = scenarios;
    const datasetVersion = 2;
    const key = (s: (typeof scenarios)[number], version = datasetVersion) => evaluationKey(version, s);
    const results = {
      // Current.
      [third!.id]: entry({
        key: key(third!),
        status: 'done',
        evaluation: evaluationOf(third!.id),
        evaluationKey: key(third!),
      }),
      // Computed for an earlier dataset, and failing for this one.
      [first!.id]: entry({
        key: key(first!),
        status: 'error',
        evaluation: evaluationOf(first!.id),
        evaluationKey: key(first!, 1),
      }),
      // An earlier version being recomputed.
      [second!.id]: entry({
        key: key(second!),
        status: 'running',
        evaluation: evaluationOf(second!.id),
        evaluationKey: key({ ...second!, decisions: { ...second!.decisions, vacancies: ['pos-02'] } }),
      }),
    };
    const state = { scenarios, results, datasetVersion };
    expect(currentEvaluations(state).map((e) => e.scenarioId)).toEqual([third!.id]);
    expect(scenarioResultStatuses(state)).toEqual(['error', 'pending', 'current']);
  });
});
