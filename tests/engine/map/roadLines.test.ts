import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roadLines, roadNumber } from '../../../src/engine/map/roadLines';
import { roadGraphSchema } from '../../../src/schema/roadGraph';

describe('road numbers and lines', () => {
  it('reads the signed number from the road id', () => {
    expect(roadNumber('e4')).toBe('E4');
    expect(roadNumber('rv27')).toBe('27');
    expect(roadNumber('lv151')).toBe('151');
    expect(roadNumber('v604')).toBe('604');
    expect(roadNumber('e4-jonkoping-link')).toBeNull();
    expect(roadNumber('county-reftele-gislaved')).toBeNull();
  });

  it('draws every edge of the default road graph, with E4, 26, 27, 151 and 153 among the numbers', () => {
    const graph = roadGraphSchema.parse(JSON.parse(readFileSync('data/roads.json', 'utf8')));
    const lines = roadLines(graph);
    expect(lines).toHaveLength(graph.edges.length);
    const numbers = new Set(lines.map((l) => l.number));
    for (const n of ['E4', '26', '27', '151', '153']) expect(numbers).toContain(n);
    const e4 = lines.find((l) => l.number === 'E4')!;
    expect(e4.roadClass).toBe('motorway');
  });

  it('skips an edge whose node is missing', () => {
    const lines = roadLines({
      nodes: [{ id: 'a', name: 'A', lat: 57, lon: 14, kind: 'junction' }],
      edges: [
        {
          id: 'x',
          from: 'a',
          to: 'b',
          roadId: 'rv27',
          roadName: '27',
          roadClass: 'main',
          lengthKm: 1,
          speedKmh: 80,
          sourceIds: [],
        },
      ],
    });
    expect(lines).toEqual([]);
  });
});
