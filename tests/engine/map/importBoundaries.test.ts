import { describe, expect, it } from 'vitest';
import { importBoundaries } from '../../../src/engine/map/importBoundaries';

const municipalities = [
  { id: 'east', name: 'East' },
  { id: 'west', name: 'West' },
];
const square = (lon: number, lat: number) => [
  [
    [lon, lat],
    [lon, lat + 0.1],
    [lon + 0.1, lat + 0.1],
    [lon + 0.1, lat],
    [lon, lat],
  ],
];
const file = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('importBoundaries', () => {
  it('accepts polygons and multipolygons named by id or by name', () => {
    const result = importBoundaries(
      file([
        {
          type: 'Feature',
          properties: { municipalityId: 'east' },
          geometry: { type: 'Polygon', coordinates: square(14, 57) },
        },
        {
          type: 'Feature',
          properties: { kommunnamn: 'west' },
          geometry: { type: 'MultiPolygon', coordinates: [square(13.5, 57.2), square(13.7, 57.3)] },
        },
      ]),
      municipalities,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.boundaries.map((b) => [b.municipalityId, b.polygons.length])).toEqual([
      ['east', 1],
      ['west', 2],
    ]);
  });

  it('names the feature and the field of a bad geometry', () => {
    const result = importBoundaries(
      file([
        { type: 'Feature', properties: { name: 'East' }, geometry: { type: 'Polygon', coordinates: square(14, 57) } },
        {
          type: 'Feature',
          properties: { name: 'West' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [13, 57],
                [13, 58],
              ],
            ],
          },
        },
      ]),
      municipalities,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code: 'invalid', feature: 2, field: 'geometry.coordinates.0' });
  });

  it('rejects a point geometry, an unknown municipality, a nameless feature and text that is not JSON', () => {
    const point = importBoundaries(
      file([{ type: 'Feature', properties: { id: 'east' }, geometry: { type: 'Point', coordinates: [14, 57] } }]),
      municipalities,
    );
    expect(point).toMatchObject({ ok: false, issues: [{ feature: 1, field: 'geometry.type' }] });
    const unknown = importBoundaries(
      file([
        {
          type: 'Feature',
          properties: { name: 'Jönköping' },
          geometry: { type: 'Polygon', coordinates: square(14, 57) },
        },
      ]),
      municipalities,
    );
    expect(unknown).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown-municipality', feature: 1, field: 'properties.name', detail: 'Jönköping' }],
    });
    const nameless = importBoundaries(
      file([{ type: 'Feature', properties: { area: 3 }, geometry: { type: 'Polygon', coordinates: square(14, 57) } }]),
      municipalities,
    );
    expect(nameless).toMatchObject({ ok: false, issues: [{ code: 'no-name', feature: 1, field: 'properties' }] });
    expect(importBoundaries('{ nope', municipalities)).toMatchObject({
      ok: false,
      issues: [{ code: 'not-json', feature: null }],
    });
    const outOfRange = importBoundaries(
      file([
        {
          type: 'Feature',
          properties: { id: 'east' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [14, 57],
                [14, 95],
                [15, 57],
                [14, 57],
              ],
            ],
          },
        },
      ]),
      municipalities,
    );
    expect(outOfRange).toMatchObject({ ok: false, issues: [{ feature: 1, field: 'geometry.coordinates.0.1' }] });
  });
});
