import type { EngineClient } from './engineClient';

/**
 * The worker engine, loaded on first use: its module (and the worker's own chunk) stays out of
 * the first view's JavaScript.
 */
export function createLazyWorkerEngine(): EngineClient {
  let engine: Promise<EngineClient> | null = null;
  let disposed = false;
  const load = () => (engine ??= import('./workerEngine').then((m) => m.createWorkerEngine()));
  return {
    evaluate: async (request) => (await load()).evaluate(request),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      void engine?.then((e) => e.dispose());
    },
  };
}
