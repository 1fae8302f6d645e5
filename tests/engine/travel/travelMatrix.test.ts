import { describe, expect, it } from 'vitest';
import { parseImportedTravelMatrix, type ImportedTravelMatrix } from '../../../src/schema/travelMatrix';
import { travelParametersSchema } from '../../../src/schema/travelParameters';
import {
  travelMatrix,
  travelMatrixCell,
  travelSourceOfCode,
  travelTime,
  type TravelPlace,
} from '../../../src/engine/travel';
import { defaultParams, localityPoint, readFixture, travelModel } from './defaultTravelModel';

const place = (id: string, localityId: string): TravelPlace => ({ id, ...localityPoint(localityId) });

function importedFixture(name: string): ImportedTravelMatrix {
  const parsed = parseImportedTravelMatrix(readFixture(name));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.matrix;
}

describe('travelMatrix', () => {
  const homes: TravelPlace[] = [
    { id: 'p1', lat: 57.31, lon: 13.56 },
    { id: 'p2', lat: 57.2, lon: 14.1 },
    { id: 'p3', lat: 57.45, lon: 13.6 },
    { id: 'p4', lat: 59.33, lon: 18.07 }, // Stockholm: off the graph
  ];
  const sites: TravelPlace[] = [place('s1', 'skillingaryd'), place('s2', 'gnosjo'), place('s3', 'hyltebruk')];

  it('gives every cell exactly what travelTime gives for the pair', () => {
    const matrix = travelMatrix(travelModel, homes, sites, defaultParams);
    homes.forEach((home, i) => {
      sites.forEach((site, j) => {
        const single = travelTime(travelModel, home, site, defaultParams);
        const cell = travelMatrixCell(matrix, i, j);
        expect(matrix.minutes[cell]).toBe(single.minutes);
        expect(matrix.km[cell]).toBe(single.distanceKm);
        expect(travelSourceOfCode(matrix.source[cell] ?? 99)).toBe(single.source);
      });
    });
  });

  it('warns about a place off the road graph and marks its cells as fallback', () => {
    const matrix = travelMatrix(travelModel, homes, sites, defaultParams);
    expect(matrix.warnings).toContainEqual(
      expect.objectContaining({ code: 'place-off-graph', params: expect.objectContaining({ id: 'p4' }) }),
    );
    for (let j = 0; j < sites.length; j++) {
      expect(travelSourceOfCode(matrix.source[travelMatrixCell(matrix, 3, j)] ?? 99)).toBe('fallback');
    }
  });

  it('lets an OSRM table override the model where its waypoints match, and warns elsewhere', () => {
    const origins = [place('p-gislaved', 'gislaved'), place('p-varnamo', 'varnamo'), place('p-hestra', 'hestra')];
    const destinations = [place('site-skillingaryd', 'skillingaryd'), place('site-gnosjo', 'gnosjo')];
    const model = travelMatrix(travelModel, origins, destinations, defaultParams);
    const matrix = travelMatrix(
      travelModel,
      origins,
      destinations,
      defaultParams,
      importedFixture('travel/osrm-table.json'),
    );

    // Gislaved and Värnamo match sources 0 and 1; Skillingaryd matches destination 0.
    expect(matrix.minutes[travelMatrixCell(matrix, 0, 0)]).toBeCloseTo(2940.5 / 60, 10);
    expect(matrix.km[travelMatrixCell(matrix, 0, 0)]).toBeCloseTo(52.1004, 10);
    expect(matrix.minutes[travelMatrixCell(matrix, 1, 0)]).toBeCloseTo(30, 10);
    expect(travelSourceOfCode(matrix.source[travelMatrixCell(matrix, 1, 0)] ?? 99)).toBe('matrix');

    // Hestra and Gnosjö have no waypoint within 500 m: the model's figures stay.
    for (const [i, j] of [
      [2, 0],
      [2, 1],
      [0, 1],
      [1, 1],
    ] as const) {
      const cell = travelMatrixCell(matrix, i, j);
      expect(matrix.minutes[cell]).toBe(model.minutes[cell]);
      expect(travelSourceOfCode(matrix.source[cell] ?? 99)).toBe('road-graph');
    }
    expect(matrix.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'matrix-origin-unmatched',
          params: expect.objectContaining({ id: 'p-hestra' }),
        }),
        expect.objectContaining({
          code: 'matrix-destination-unmatched',
          params: expect.objectContaining({ id: 'site-gnosjo' }),
        }),
      ]),
    );
  });

  it('matches OSRM waypoints only within the configured distance', () => {
    const origins = [{ id: 'p-near', lat: 57.3, lon: 13.545 }];
    const destinations = [place('site-skillingaryd', 'skillingaryd')];
    const strict = travelParametersSchema.parse({ matrixMatchMetres: 20 });
    const matrix = travelMatrix(travelModel, origins, destinations, strict, importedFixture('travel/osrm-table.json'));
    expect(travelSourceOfCode(matrix.source[0] ?? 99)).toBe('road-graph');
    expect(matrix.warnings).toContainEqual(expect.objectContaining({ code: 'matrix-origin-unmatched' }));
  });

  it('lets a plain matrix override the model by person and site id', () => {
    const origins = [
      { id: 'p001', lat: 57.31, lon: 13.55 },
      { id: 'p002', lat: 57.19, lon: 14.07 },
      { id: 'p003', lat: 57.16, lon: 13.41 },
    ];
    const destinations = [place('site-skillingaryd', 'skillingaryd')];
    const matrix = travelMatrix(
      travelModel,
      origins,
      destinations,
      defaultParams,
      importedFixture('travel/plain-matrix.json'),
    );
    expect(Array.from(matrix.minutes.slice(0, 2))).toEqual([47, 23.5]);
    expect(Array.from(matrix.km.slice(0, 2))).toEqual([55.2, 31]);
    expect(Array.from(matrix.source, travelSourceOfCode)).toEqual(['matrix', 'matrix', 'road-graph']);
    expect(matrix.warnings).toEqual([
      { code: 'matrix-origin-unmatched', params: { id: 'p003', lat: 57.16, lon: 13.41 } },
    ]);
  });
});

describe('parseImportedTravelMatrix', () => {
  it('rejects an OSRM table with a negative duration, naming the cell', () => {
    const result = parseImportedTravelMatrix(readFixture('travel/osrm-table-bad.json'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toContain('durations[1][1]');
  });

  it('rejects a plain matrix whose row does not fit the destinations, naming the row', () => {
    const result = parseImportedTravelMatrix(readFixture('travel/plain-matrix-bad.json'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({ field: 'minutes[1]', message: 'expected 1 columns, found 2' });
    }
  });

  it('rejects an OSRM error response by its code', () => {
    const result = parseImportedTravelMatrix({ code: 'NoTable', message: 'no table' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toContain('code');
  });
});
