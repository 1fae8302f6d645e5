import { describe, expect, it } from 'vitest';
import { gridMinutesAt } from '../../../src/engine/map/isochrones';
import { scenarioIsochrones } from '../../../src/engine/map/scenarioIsochrones';
import { validateDataset } from '../../../src/schema/validateDataset';
import { createInProcessEngine } from '../../../src/worker/inProcessEngine';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel } from '../../fixtures/smallTravel';

function dataset() {
  const v = validateDataset(smallDataset());
  if (!v.ok) throw new Error('fixture invalid');
  return v.dataset;
}

describe('scenarioIsochrones', () => {
  it('uses only the given sites, with the scenario travel parameters', () => {
    const d = dataset();
    const scenario = d.scenarios[0]!;
    const west = scenarioIsochrones(d, scenario, ['west-hall'], 15, smallRoadModel, 30);
    expect(gridMinutesAt(west, 57.3, 13.6)!).toBeLessThan(15);
    expect(gridMinutesAt(west, 57.2, 14.0)!).toBeGreaterThan(15);
  });

  it('is served by the in-process engine client', async () => {
    const d = dataset();
    const engine = createInProcessEngine(smallRoadModel);
    const grid = await engine.isochrones!({
      dataset: d,
      scenario: d.scenarios[0]!,
      siteIds: ['east-hall'],
      minutes: 15,
    });
    expect(grid.columns).toBe(60);
    expect(gridMinutesAt(grid, 57.2, 14.0)!).toBeLessThan(15);
  });
});
