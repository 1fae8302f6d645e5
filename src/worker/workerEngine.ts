import * as Comlink from 'comlink';
import type { IsochroneGrid } from '../engine/map/isochrones';
import type { HubPlacementResult } from '../engine/optimiser/hubPlacementTypes';
import type { Dataset } from '../schema/dataset';
import { EvaluationCancelled, type EngineClient } from './engineClient';
import type { EngineWorkerApi } from './engineWorker';
import { progressUntilAnswered } from './progressUntilAnswered';

/** One run in the worker: an evaluation or a hub suggestion, over the job's dataset. */
interface Job {
  dataset: Dataset;
  signal: AbortSignal | undefined;
  task: (remote: Comlink.Remote<EngineWorkerApi>) => Promise<unknown>;
  resolve: (answer: never) => void;
  reject: (error: unknown) => void;
}

interface RunningWorker {
  worker: Worker;
  remote: Comlink.Remote<EngineWorkerApi>;
  dataset: Dataset | null;
}

/**
 * The engine in a Web Worker, one run (evaluation or hub suggestion) at a time. A job aborted while queued is dropped; a job
 * aborted while running terminates the worker (the only way to stop synchronous work there)
 * and the next job starts a fresh one.
 */
export function createWorkerEngine(): EngineClient {
  const queue: Job[] = [];
  let current: RunningWorker | null = null;
  let running: Job | null = null;

  const spawn = (): RunningWorker => {
    const worker = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module' });
    return { worker, remote: Comlink.wrap<EngineWorkerApi>(worker), dataset: null };
  };

  const stopWorker = () => {
    if (!current) return;
    current.remote[Comlink.releaseProxy]();
    current.worker.terminate();
    current = null;
  };

  const pump = () => {
    if (running) return;
    const job = queue.shift();
    if (!job) return;
    if (job.signal?.aborted) {
      job.reject(new EvaluationCancelled());
      pump();
      return;
    }
    running = job;
    void run(job).finally(() => {
      if (running === job) running = null;
      pump();
    });
  };

  /** Settles when the job does: with its result, its error, its abort, or the worker's failure. */
  const run = (job: Job) =>
    new Promise<void>((done) => {
      const { dataset, signal } = job;
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        current?.worker.removeEventListener('error', onWorkerError);
        finish();
        done();
      };
      const onAbort = () =>
        settle(() => {
          stopWorker();
          job.reject(new EvaluationCancelled());
        });
      const onWorkerError = (event: ErrorEvent) =>
        settle(() => {
          stopWorker();
          job.reject(new Error(event.message || 'engine worker failed'));
        });
      signal?.addEventListener('abort', onAbort, { once: true });
      current ??= spawn();
      const target = current;
      target.worker.addEventListener('error', onWorkerError);
      (async () => {
        if (target.dataset !== dataset) {
          await target.remote.setDataset(dataset);
          target.dataset = dataset;
        }
        const answer = await job.task(target.remote);
        settle(() => job.resolve(answer as never));
      })().catch((error: unknown) => settle(() => job.reject(error)));
    });

  const enqueue = <T>(
    dataset: Dataset,
    signal: AbortSignal | undefined,
    task: (remote: Comlink.Remote<EngineWorkerApi>) => Promise<T>,
  ) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ dataset, signal, task, resolve, reject });
      pump();
    });

  return {
    evaluate: ({ dataset, scenario, onProgress, signal }) =>
      enqueue(dataset, signal, (remote) =>
        progressUntilAnswered(onProgress, (progress) => remote.evaluate(scenario, progress)),
      ),
    suggestHubs: ({ dataset, scenario, params, onProgress, signal }) =>
      enqueue(dataset, signal, (remote) =>
        progressUntilAnswered<HubPlacementResult>(onProgress, (progress) =>
          remote.suggestHubs(scenario, params, progress),
        ),
      ),
    isochrones: ({ dataset, scenario, siteIds, minutes, signal }) =>
      enqueue<IsochroneGrid>(dataset, signal, async (remote) => remote.isochrones(scenario, siteIds, minutes)),
    // Not cancellable: stopping would end the worker and the bases it keeps; a stale answer is ignored.
    explainPosition: ({ dataset, scenario, positionId }) =>
      enqueue(dataset, undefined, async (remote) => remote.explainPosition(scenario, positionId)),
    unconstrainedConflicts: ({ dataset, scenario }) =>
      enqueue(dataset, undefined, async (remote) => remote.unconstrainedConflicts(scenario)),
    managerPackage: ({ dataset, scenarios, createdAt }) =>
      enqueue(dataset, undefined, async (remote) => remote.managerPackage(scenarios, createdAt)),
    dispose: () => {
      for (const job of queue.splice(0)) job.reject(new EvaluationCancelled());
      stopWorker();
    },
  };
}
