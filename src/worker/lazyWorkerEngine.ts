import type { EngineClient } from './engineClient';

/**
 * The worker engine, loaded on first use: its module (and the worker's own chunk) stays out of
 * the first view's JavaScript. Hub suggestions run in a worker of their own, started on the
 * first suggestion, so a long optimiser run never holds up the evaluation of edits.
 */
export function createLazyWorkerEngine(): EngineClient {
  let evaluator: Promise<EngineClient> | null = null;
  let optimiser: Promise<EngineClient> | null = null;
  let disposed = false;
  const spawn = () => import('./workerEngine').then((m) => m.createWorkerEngine());
  const loadEvaluator = () => (evaluator ??= spawn());
  const loadOptimiser = () => (optimiser ??= spawn());
  return {
    evaluate: async (request) => (await loadEvaluator()).evaluate(request),
    suggestHubs: async (request) => (await loadOptimiser()).suggestHubs(request),
    // The map's grid is quick: it queues with the evaluations.
    isochrones: async (request) => {
      const engine = await loadEvaluator();
      if (!engine.isochrones) throw new Error('no isochrones');
      return engine.isochrones(request);
    },
    explainPosition: async (request) => {
      const engine = await loadEvaluator();
      if (!engine.explainPosition) throw new Error('no explanations');
      return engine.explainPosition(request);
    },
    unconstrainedConflicts: async (request) => {
      const engine = await loadEvaluator();
      if (!engine.unconstrainedConflicts) throw new Error('no conflicts');
      return engine.unconstrainedConflicts(request);
    },
    managerPackage: async (request) => {
      const engine = await loadEvaluator();
      if (!engine.managerPackage) throw new Error('no manager package');
      return engine.managerPackage(request);
    },
    dispose: () => {
      if (disposed) return;
      disposed = true;
      for (const engine of [evaluator, optimiser]) void engine?.then((e) => e.dispose());
    },
  };
}
