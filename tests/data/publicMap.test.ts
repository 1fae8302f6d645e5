import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicMapOf, publicRoadLines } from '../../src/engine/map/publicMap';
import { publicMapSchema } from '../../src/schema/publicMap';
import { serialiseDataFile } from '../../scripts/generator/buildDataFiles';
import { PUBLIC_MAP_FILE, publicMapOfFolder } from '../../scripts/generator/publicMapFile';
import { DATA_DIR } from './loadDataFolder';

const committed = readFileSync(join(DATA_DIR, PUBLIC_MAP_FILE), 'utf8');
const read = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as Record<string, unknown>;

describe('data/public-map.json (the union page’s towns and roads)', () => {
  it('is exactly what scripts/generatePublicMap.ts writes from localities.json and roads.json', () => {
    expect(committed).toBe(serialiseDataFile(publicMapOfFolder(DATA_DIR)));
  });

  it('holds town names, centres and populations and road sections, nothing else of the dataset', () => {
    const map = publicMapSchema.parse(JSON.parse(committed));
    const localities = read('localities.json').localities as { id: string; name: string; employeeShare: number }[];
    expect(map.towns.map((t) => t.name)).toEqual(localities.map((l) => l.name));
    for (const town of map.towns) expect(Object.keys(town).sort()).toEqual(['lat', 'lon', 'name', 'population']);
    // A town is known by its name on the map (the file holds no ids).
    expect(new Set(map.towns.map((t) => t.name)).size).toBe(map.towns.length);
    // No id of a locality, site, position or person, and no share of employees.
    for (const collection of ['localities', 'sites', 'positions', 'people']) {
      for (const item of read(`${collection}.json`)[collection] as { id: string }[])
        expect(committed.includes(`"${item.id}"`), `${collection} ${item.id}`).toBe(false);
    }
    expect(committed).not.toMatch(/Share|speedKmh|lengthKm|localityId/);
  });

  it('keeps the main roads with their numbers', () => {
    const map = publicMapSchema.parse(JSON.parse(committed));
    const numbers = new Set(map.roads.map((r) => r.number));
    for (const number of ['E4', '26', '27', '151', '153']) expect(numbers).toContain(number);
    const graph = read('roads.json') as { edges: unknown[] };
    expect(map.roads).toHaveLength(graph.edges.length);
  });

  it('draws as road lines with the same numbers and end points', () => {
    const map = publicMapOf(
      [{ name: 'A', lat: 57, lon: 14, population: 10 }],
      {
        nodes: [
          { id: 'a', name: 'A', lat: 57, lon: 14, kind: 'locality' },
          { id: 'b', name: 'B', lat: 57.1, lon: 14.2, kind: 'junction' },
        ],
        edges: [
          {
            id: 'a--b',
            from: 'a',
            to: 'b',
            roadId: 'rv27',
            roadName: 'Riksväg 27',
            roadClass: 'main',
            lengthKm: 14,
            speedKmh: 80,
            sourceIds: [],
          },
        ],
      },
    );
    expect(map.roads).toEqual([{ number: '27', roadClass: 'main', from: [14, 57], to: [14.2, 57.1] }]);
    const [line] = publicRoadLines(map);
    expect(line).toMatchObject({ number: '27', roadClass: 'main', from: { lat: 57, lon: 14 }, to: { lat: 57.1, lon: 14.2 } });
    expect(JSON.stringify(map)).not.toContain('"a"');
  });
});
