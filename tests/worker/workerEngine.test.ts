import * as Comlink from 'comlink';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioEvaluation } from '../../src/engine/evaluateScenario';
import type { HubPlacementParamsInput, HubPlacementResult } from '../../src/engine/optimiser/hubPlacementTypes';
import type { Dataset } from '../../src/schema/dataset';
import type { Scenario } from '../../src/schema/scenario';
import { EvaluationCancelled } from '../../src/worker/engineClient';
import { createLazyWorkerEngine } from '../../src/worker/lazyWorkerEngine';
import { createWorkerEngine } from '../../src/worker/workerEngine';

/**
 * A stand-in for the browser's Worker: the same comlink protocol over a MessageChannel, with an
 * engine whose runs the test finishes by hand. Records spawns, datasets received and terminations.
 */
interface FakeRun {
  kind: 'evaluate' | 'suggestHubs';
  scenarioId: string;
  params?: Partial<HubPlacementParamsInput>;
  worker: number;
  finish: () => void;
  progress?: (fraction: number) => void;
}
let spawned = 0;
let terminated: number[] = [];
let datasetsReceived: number[] = [];
let runs: FakeRun[] = [];
const realWorker = globalThis.Worker;

class FakeWorker {
  readonly index = ++spawned;
  private readonly port: MessagePort;
  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const index = this.index;
    Comlink.expose(
      {
        setDataset: () => void datasetsReceived.push(index),
        evaluate: (scenario: Scenario, onProgress?: (f: number) => void) =>
          new Promise<ScenarioEvaluation>((resolve) => {
            runs.push({
              kind: 'evaluate',
              scenarioId: scenario.id,
              worker: index,
              finish: () => resolve({ scenarioId: scenario.id } as ScenarioEvaluation),
              ...(onProgress ? { progress: onProgress } : {}),
            });
          }),
        suggestHubs: (base: Scenario, params: Partial<HubPlacementParamsInput>, onProgress?: (f: number) => void) =>
          new Promise<HubPlacementResult>((resolve) => {
            runs.push({
              kind: 'suggestHubs',
              scenarioId: base.id,
              params,
              worker: index,
              finish: () => resolve({ ok: false, error: { code: 'noDemand', params: { base: base.id } } }),
              ...(onProgress ? { progress: onProgress } : {}),
            });
          }),
      },
      port2,
    );
  }
  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.port.postMessage(message, transfer);
  }
  addEventListener(type: string, listener: EventListener) {
    if (type === 'message') {
      this.port.addEventListener('message', listener);
      this.port.start();
    }
  }
  removeEventListener(type: string, listener: EventListener) {
    if (type === 'message') this.port.removeEventListener('message', listener);
  }
  terminate() {
    terminated.push(this.index);
    this.port.close();
  }
}

const dataset = { id: 'd' } as Dataset;
const scenario = (id: string) => ({ id }) as Scenario;
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

beforeEach(() => {
  spawned = 0;
  terminated = [];
  datasetsReceived = [];
  runs = [];
  (globalThis as { Worker: unknown }).Worker = FakeWorker;
});
afterEach(() => {
  (globalThis as { Worker: unknown }).Worker = realWorker;
});

describe('worker engine', () => {
  it('sends the dataset once, runs one evaluation at a time and forwards progress', async () => {
    const engine = createWorkerEngine();
    const progress: number[] = [];
    const a = engine.evaluate({ dataset, scenario: scenario('a'), onProgress: (f) => progress.push(f) });
    const b = engine.evaluate({ dataset, scenario: scenario('b') });
    await until(() => runs.length === 1);
    runs[0]!.progress!(0.5);
    await until(() => progress.length === 1);
    runs[0]!.finish();
    expect((await a).scenarioId).toBe('a');
    await until(() => runs.length === 2);
    runs[1]!.finish();
    expect((await b).scenarioId).toBe('b');
    expect(progress).toEqual([0.5]);
    expect(datasetsReceived).toEqual([1]);
    expect(spawned).toBe(1);
    engine.dispose();
  });

  it('drops a run aborted while queued, and stops the worker for a run aborted while running', async () => {
    const engine = createWorkerEngine();
    const first = new AbortController();
    const queued = new AbortController();
    const a = engine.evaluate({ dataset, scenario: scenario('a'), signal: first.signal });
    const b = engine.evaluate({ dataset, scenario: scenario('b'), signal: queued.signal });
    const c = engine.evaluate({ dataset, scenario: scenario('c') });
    await until(() => runs.length === 1);
    queued.abort();
    first.abort();
    await expect(a).rejects.toBeInstanceOf(EvaluationCancelled);
    await expect(b).rejects.toBeInstanceOf(EvaluationCancelled);
    expect(terminated).toEqual([1]);
    // The next run gets a fresh worker, which is sent the dataset again.
    await until(() => runs.length === 2);
    expect(runs.map((r) => [r.scenarioId, r.worker])).toEqual([
      ['a', 1],
      ['c', 2],
    ]);
    runs[1]!.finish();
    expect((await c).scenarioId).toBe('c');
    expect(datasetsReceived).toEqual([1, 2]);
    engine.dispose();
    expect(terminated).toEqual([1, 2]);
  });

  it('runs a hub suggestion in the same queue, with its parameters and progress, and answers its result', async () => {
    const engine = createWorkerEngine();
    const progress: number[] = [];
    const evaluation = engine.evaluate({ dataset, scenario: scenario('a') });
    const suggestion = engine.suggestHubs({
      dataset,
      scenario: scenario('base'),
      params: { objective: 'median', hubs: 2 },
      onProgress: (f) => progress.push(f),
    });
    await until(() => runs.length === 1);
    runs[0]!.finish();
    await evaluation;
    await until(() => runs.length === 2);
    expect(runs[1]).toMatchObject({
      kind: 'suggestHubs',
      scenarioId: 'base',
      params: { objective: 'median', hubs: 2 },
      worker: 1,
    });
    runs[1]!.progress!(0.25);
    await until(() => progress.length === 1);
    runs[1]!.finish();
    expect(await suggestion).toEqual({ ok: false, error: { code: 'noDemand', params: { base: 'base' } } });
    expect(progress).toEqual([0.25]);
    expect(datasetsReceived).toEqual([1]);
    engine.dispose();
  });

  it('stops the worker when a running hub suggestion is aborted', async () => {
    const engine = createWorkerEngine();
    const controller = new AbortController();
    const suggestion = engine.suggestHubs({
      dataset,
      scenario: scenario('base'),
      params: { hubs: 2 },
      signal: controller.signal,
    });
    await until(() => runs.length === 1);
    controller.abort();
    await expect(suggestion).rejects.toBeInstanceOf(EvaluationCancelled);
    expect(terminated).toEqual([1]);
    engine.dispose();
  });

  it('lazy engine: a hub suggestion runs in a worker of its own, beside a running evaluation', async () => {
    const engine = createLazyWorkerEngine();
    expect(spawned).toBe(0);
    const evaluation = engine.evaluate({ dataset, scenario: scenario('a') });
    const suggestion = engine.suggestHubs({ dataset, scenario: scenario('base'), params: { hubs: 2 } });
    await until(() => runs.length === 2);
    expect(new Set(runs.map((r) => r.worker)).size).toBe(2);
    for (const run of runs) run.finish();
    expect((await evaluation).scenarioId).toBe('a');
    expect((await suggestion).ok).toBe(false);
    engine.dispose();
    await until(() => terminated.length === 2);
  });
});
