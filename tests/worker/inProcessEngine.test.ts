import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/schema/scenario';
import { validateDataset } from '../../src/schema/validateDataset';
import { EvaluationCancelled } from '../../src/worker/engineClient';
import { createInProcessEngine } from '../../src/worker/inProcessEngine';
import { smallDataset } from '../fixtures/smallDataset';
import { smallRoadModel } from '../fixtures/smallTravel';

const validation = validateDataset(smallDataset(), { strict: true });
if (!validation.ok) throw new Error('small dataset invalid');
const dataset = validation.dataset;
const base = dataset.scenarios.find((s) => s.kind === 'target')!;

describe('in-process engine: suggestHubs', () => {
  it('answers a median placement with at most p sites, a valid scenario and progress up to the end', async () => {
    const engine = createInProcessEngine(smallRoadModel);
    const progress: number[] = [];
    const result = await engine.suggestHubs({
      dataset,
      scenario: base,
      params: { objective: 'median', hubs: 2 },
      onProgress: (f) => progress.push(f),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sites.length).toBeGreaterThanOrEqual(1);
    expect(result.sites.length).toBeLessThanOrEqual(2);
    for (const siteId of result.sites) expect(dataset.sites.map((s) => s.id)).toContain(siteId);
    expect(scenarioSchema.safeParse(result.scenario).success).toBe(true);
    // Every function is placed at one of the chosen sites.
    for (const siteId of Object.values(result.functions)) expect(result.sites).toContain(siteId);
    expect(progress.length).toBeGreaterThan(0);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!).toBeGreaterThanOrEqual(progress[i - 1]!);
    expect(progress.at(-1)).toBe(1);
  });

  it('answers invalid parameters with an ok: false result, not a rejection', async () => {
    const engine = createInProcessEngine(smallRoadModel);
    const result = await engine.suggestHubs({ dataset, scenario: base, params: { objective: 'median', hubs: 0 } });
    expect(result.ok).toBe(false);
  });

  it('rejects with EvaluationCancelled when aborted before it starts', async () => {
    const engine = createInProcessEngine(smallRoadModel);
    const controller = new AbortController();
    const run = engine.suggestHubs({
      dataset,
      scenario: base,
      params: { objective: 'median', hubs: 2 },
      signal: controller.signal,
    });
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(EvaluationCancelled);
  });
});
