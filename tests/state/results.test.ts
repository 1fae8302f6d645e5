import { describe, expect, it } from 'vitest';
import type { ScenarioEvaluation } from '../../src/engine/evaluateScenario';
import {
  baselineResultIdFor,
  currentResultKey,
  neededResultIds,
  readyDataset,
  scenarioOfResult,
} from '../../src/state/selectors';
import type { EngineClient, EvaluateRequest } from '../../src/worker/engineClient';
import { EvaluationCancelled } from '../../src/worker/engineClient';
import { smallStore } from './storeFixtures';

/** An engine whose runs the test finishes by hand. */
function manualEngine() {
  const runs: { request: EvaluateRequest; finish: () => void; cancelled: boolean }[] = [];
  const engine: EngineClient = {
    evaluate: (request) =>
      new Promise<ScenarioEvaluation>((resolve, reject) => {
        const run = {
          request,
          cancelled: false,
          finish: () => resolve({ scenarioId: request.scenario.id, kind: request.scenario.kind } as ScenarioEvaluation),
        };
        request.signal?.addEventListener('abort', () => {
          run.cancelled = true;
          reject(new EvaluationCancelled());
        });
        runs.push(run);
      }),
    suggestHubs: () => Promise.reject(new Error('not used')),
    dispose: () => {},
  };
  return { engine, runs };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('results', () => {
  it('evaluates the active scenario and the baseline, and every scenario when comparing', () => {
    const store = smallStore();
    expect(neededResultIds(store.getState())).toEqual(['central', 'today']);
    store.getState().createScenarioFromPreset('central');
    store.getState().setActiveScenario('today');
    expect(neededResultIds(store.getState())).toEqual(['today']);
    store.getState().setView('compare');
    expect(neededResultIds(store.getState())).toEqual(['today', 'central', 'central-2']);
  });

  it('measures a scenario with other members against the baseline with those members, in every view', () => {
    const store = smallStore();
    store.getState().createScenarioFromPreset('central');
    store.getState().updateScenario('central-2', (s) => ({ ...s, members: ['east'] }));
    store.getState().setActiveScenario('central-2');
    const state = store.getState();
    const own = state.scenarios.find((s) => s.id === 'central-2')!;
    expect(baselineResultIdFor(state, own)).toBe('baseline-members:east');
    expect(
      baselineResultIdFor(
        state,
        state.scenarios.find((s) => s.id === 'central')!,
      ),
    ).toBe('today');
    const baseline = scenarioOfResult(state, 'baseline-members:east')!;
    expect(baseline).toMatchObject({ id: 'today@east', kind: 'baseline', members: ['east'] });
    // The same object while the baseline is unchanged, so subscribers are not woken in vain.
    expect(scenarioOfResult(store.getState(), 'baseline-members:east')).toBe(baseline);
    expect(neededResultIds(state)).toEqual(['central-2', 'baseline-members:east']);
    store.getState().setView('compare');
    expect(neededResultIds(store.getState())).toEqual(['central-2', 'baseline-members:east', 'today', 'central']);
  });

  it("evaluates the active scenario's optimiser proposal in the decision log, only when it has decisions", () => {
    const store = smallStore();
    store.getState().setActiveScenario('central');
    store.getState().setView('log');
    expect(neededResultIds(store.getState())).toEqual(['central', 'today']);
    store.getState().updateScenario('central', (s) => ({ ...s, decisions: { ...s.decisions, vacancies: ['pos-03'] } }));
    expect(neededResultIds(store.getState())).toEqual(['central', 'today', 'proposal:central']);
    const proposal = scenarioOfResult(store.getState(), 'proposal:central')!;
    expect(proposal.decisions.vacancies).toEqual([]);
    expect(proposal.functionSites).toEqual(scenarioOfResult(store.getState(), 'central')!.functionSites);
    // The same object while the scenario is unchanged, so subscribers are not woken in vain.
    expect(scenarioOfResult(store.getState(), 'proposal:central')).toBe(proposal);
    store.getState().setView('overview');
    expect(neededResultIds(store.getState())).toEqual(['central', 'today']);
  });

  it("offers the engine's coverage areas to the map (one worker for both), and none without them", async () => {
    const store = smallStore({ engine: true });
    const { isochroneEngine } = store.getState();
    expect(isochroneEngine).not.toBeNull();
    const state = store.getState();
    const grid = await isochroneEngine!.isochrones!({
      dataset: readyDataset(state)!,
      scenario: state.scenarios[0]!,
      siteIds: ['east-hall'],
      minutes: 30,
    });
    expect(grid.thresholdMinutes).toBe(30);
    expect(grid.area.length).toBeGreaterThan(0);
    expect(smallStore({ engine: manualEngine().engine }).getState().isochroneEngine).toBeNull();
  });

  it("runs the in-process engine and marks the result current for the scenario's version", async () => {
    const store = smallStore({ engine: true });
    await expect.poll(() => store.getState().results.central?.status).toBe('done');
    const result = store.getState().results.central!;
    expect(result.evaluationKey).toBe(currentResultKey(store.getState(), 'central'));
    expect(result.evaluation!.scenarioId).toBe('central');
    expect(result.evaluation!.coverage.points.map((p) => p.siteId)).toEqual(['east-hall', 'west-hall']);
  });

  it('never passes a superseded run off as current: it is cancelled and the newer version computed', async () => {
    const { engine, runs } = manualEngine();
    const store = smallStore({ engine });
    const first = runs.find((r) => r.request.scenario.id === 'central')!;
    const keyBefore = currentResultKey(store.getState(), 'central');
    store
      .getState()
      .updateScenario('central', (s) => ({ ...s, functionSites: { ...s.functionSites, infrastructure: 'west-hall' } }));
    const keyAfter = currentResultKey(store.getState(), 'central');
    expect(keyAfter).not.toBe(keyBefore);
    expect(first.cancelled).toBe(true);
    first.finish(); // too late: ignored
    await settle();
    expect(store.getState().results.central).toMatchObject({ status: 'running', key: keyAfter, evaluationKey: null });
    runs
      .filter((r) => r.request.scenario.id === 'central')
      .at(-1)!
      .finish();
    await settle();
    expect(store.getState().results.central).toMatchObject({ status: 'done', key: keyAfter, evaluationKey: keyAfter });
  });

  it('serves a version computed before from the cache (undo shows its result at once)', async () => {
    const { engine, runs } = manualEngine();
    const store = smallStore({ engine });
    for (const run of runs) run.finish();
    await settle();
    const runsBefore = runs.length;
    store
      .getState()
      .updateScenario('central', (s) => ({ ...s, functionSites: { ...s.functionSites, infrastructure: 'west-hall' } }));
    expect(runs.length).toBe(runsBefore + 1);
    store.temporal.getState().undo();
    expect(runs.length).toBe(runsBefore + 1);
    expect(store.getState().results.central).toMatchObject({ status: 'done', elapsedMs: 0 });
    expect(store.getState().results.central!.evaluationKey).toBe(currentResultKey(store.getState(), 'central'));
  });

  it('reports progress while running and an engine error as an error', async () => {
    const engine: EngineClient = {
      evaluate: (request) => {
        request.onProgress?.(0.5);
        return Promise.reject(new Error('boom'));
      },
      suggestHubs: () => Promise.reject(new Error('not used')),
      dispose: () => {},
    };
    const store = smallStore({ engine });
    await settle();
    expect(store.getState().results.central).toMatchObject({
      status: 'error',
      error: { domain: 'unexpected', code: 'unexpected', params: { detail: 'boom' } },
      progress: 0.5,
    });
  });
});
