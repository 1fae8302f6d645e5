import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetBoundaries } from '../../../src/engine/map/datasetBoundaries';
import { localityCells } from '../../../src/engine/map/localityCells';
import { defaultDataset } from '../../helpers/defaultData';

const geojson = JSON.parse(readFileSync('data/municipalities.geojson', 'utf8')) as unknown;

describe('the data folder boundaries as the base layer', () => {
  it('gives every municipality of the default dataset its boundary, matched by SCB code', async () => {
    const dataset = await defaultDataset();
    const boundaries = datasetBoundaries(geojson, dataset.municipalities)!;
    expect(boundaries.map((b) => b.municipalityId)).toEqual(dataset.municipalities.map((m) => m.id));
    for (const b of boundaries) expect(b.polygons[0]![0]!.length).toBeGreaterThan(20);
  });

  it('is null for a dataset whose member has no boundary in the file (the schematic areas stand in), or for a file that is not GeoJSON', () => {
    const others = [
      { id: 'east', name: 'East', scbCode: '9991', member: true },
      { id: 'west', name: 'West', scbCode: '9992', member: true },
    ];
    expect(datasetBoundaries(geojson, others)).toBeNull();
    expect(
      datasetBoundaries({ type: 'FeatureCollection' }, [{ id: 'gislaved', name: 'Gislaved', member: true }]),
    ).toBeNull();
  });

  it('leaves out non-members without a boundary and matches by name when no code is given', () => {
    const list = [
      { id: 'g', name: 'Gislaved', member: true },
      { id: 'nowhere', name: 'Nowhere', member: false },
    ];
    expect(datasetBoundaries(geojson, list)!.map((b) => b.municipalityId)).toEqual(['g']);
  });

  it('cuts the choropleth cells per municipality: one per locality, each the locality nearest within its own municipality', async () => {
    const dataset = await defaultDataset();
    const cells = localityCells(dataset.localities, dataset.region.bbox, true);
    expect(cells.map((c) => c.localityId)).toEqual(dataset.localities.map((l) => l.id));
    const lone = cells.find((c) => c.localityId === 'jonkoping')!;
    // Jönköping is its municipality's only locality: its cell is the whole region box.
    const lons = lone.ring.map((p) => p[0]);
    expect(Math.min(...lons)).toBeCloseTo(dataset.region.bbox.minLon, 6);
    expect(Math.max(...lons)).toBeCloseTo(dataset.region.bbox.maxLon, 6);
  });
});
