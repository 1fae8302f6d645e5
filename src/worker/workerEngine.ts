import * as Comlink from 'comlink';
import type { ScenarioEvaluation } from '../engine/evaluateScenario';
import type { Dataset } from '../schema/dataset';
import { EvaluationCancelled, type EngineClient, type EvaluateRequest } from './engineClient';
import type { EngineWorkerApi } from './engineWorker';

interface Job {
  request: EvaluateRequest;
  resolve: (evaluation: ScenarioEvaluation) => void;
  reject: (error: unknown) => void;
}

interface RunningWorker {
  worker: Worker;
  remote: Comlink.Remote<EngineWorkerApi>;
  dataset: Dataset | null;
}

/**
 * The engine in a Web Worker, one run at a time. A job aborted while queued is dropped; a job
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
    if (job.request.signal?.aborted) {
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
      const { dataset, scenario, onProgress, signal } = job.request;
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
        const evaluation = await target.remote.evaluate(scenario, onProgress ? Comlink.proxy(onProgress) : undefined);
        settle(() => job.resolve(evaluation));
      })().catch((error: unknown) => settle(() => job.reject(error)));
    });

  return {
    evaluate: (request) =>
      new Promise<ScenarioEvaluation>((resolve, reject) => {
        queue.push({ request, resolve, reject });
        pump();
      }),
    dispose: () => {
      for (const job of queue.splice(0)) job.reject(new EvaluationCancelled());
      stopWorker();
    },
  };
}
