import { describe, expect, it } from 'vitest';
import { gridMinutesAt, isochroneGrid } from '../../../src/engine/map/isochrones';
import { travelParametersSchema } from '../../../src/schema/travelParameters';
import { defaultDataset, defaultTravelModel } from '../../helpers/defaultData';

describe('isochroneGrid on the default road graph', () => {
  it('reaches the town of a service point within T and not the far corner of the region', async () => {
    const dataset = await defaultDataset();
    const model = defaultTravelModel();
    const site = dataset.sites[0]!;
    const grid = isochroneGrid(
      model,
      [{ id: site.id, lat: site.lat, lon: site.lon }],
      dataset.region.bbox,
      travelParametersSchema.parse({}),
      20,
      60,
    );
    expect(gridMinutesAt(grid, site.lat, site.lon)!).toBeLessThan(20);
    const { columns, rows, minutes } = grid;
    const cornerCells = [0, columns - 1, (rows - 1) * columns, rows * columns - 1];
    expect(Math.max(...cornerCells.map((i) => minutes[i]!))).toBeGreaterThan(20);
    expect(grid.area.length).toBeGreaterThan(0);
  });
});
