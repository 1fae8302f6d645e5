import { describe, expect, it } from 'vitest';
import { roadGraphSchema } from '../../../src/schema/roadGraph';
import { greatCircleKm, shortestTravelTimes, travelTime } from '../../../src/engine/travel';
import { defaultParams, localityPoint, readFixture, roadGraph, travelModel } from './defaultTravelModel';

/** The localities of data/localities.json, by id. */
const domainLocalities = [
  'varnamo',
  'bor',
  'forsheda',
  'rydaholm',
  'bredaryd',
  'karda',
  'lanna',
  'horda',
  'gislaved',
  'anderstorp',
  'smalandsstenar',
  'reftele',
  'hestra',
  'burseryd',
  'broaryd',
  'skeppshult',
  'gnosjo',
  'hillerstorp',
  'nissafors',
  'vaggeryd',
  'skillingaryd',
  'hok',
  'klevshult',
  'hyltebruk',
  'torup',
  'unnaryd',
  'jonkoping',
];

describe('data/roads.json', () => {
  it('has a node for every locality of the domain', () => {
    const localityIds = new Set(roadGraph.nodes.flatMap((n) => (n.localityId === undefined ? [] : [n.localityId])));
    for (const id of domainLocalities) expect(localityIds).toContain(id);
  });

  it('is connected: every node is reachable from Värnamo', () => {
    const start = travelModel.network.nodeIndex.get('varnamo') ?? -1;
    const { minutes } = shortestTravelTimes(travelModel.network, [{ node: start, minutes: 0, km: 0 }]);
    for (const value of minutes) expect(Number.isFinite(value)).toBe(true);
  });

  it('gives every edge a road length at least the straight line between its nodes', () => {
    const byId = new Map(roadGraph.nodes.map((n) => [n.id, n]));
    for (const edge of roadGraph.edges) {
      const a = byId.get(edge.from);
      const b = byId.get(edge.to);
      if (a === undefined || b === undefined) throw new Error(edge.id);
      expect(edge.lengthKm).toBeGreaterThanOrEqual(greatCircleKm(a.lat, a.lon, b.lat, b.lon) * 0.99);
    }
  });

  it('cites a known source on every edge', () => {
    const sourceIds = new Set(roadGraph.sources.map((s) => s.id));
    for (const edge of roadGraph.edges) {
      expect(edge.sourceIds.length).toBeGreaterThan(0);
      for (const id of edge.sourceIds) expect(sourceIds).toContain(id);
    }
  });

  it('goes round Store Mosse: Gnosjö – Vaggeryd is far longer by road than in a straight line', () => {
    const gnosjo = localityPoint('gnosjo');
    const vaggeryd = localityPoint('vaggeryd');
    const straightKm = greatCircleKm(gnosjo.lat, gnosjo.lon, vaggeryd.lat, vaggeryd.lon);
    const trip = travelTime(travelModel, gnosjo, vaggeryd, defaultParams);
    expect(trip.distanceKm / straightKm).toBeGreaterThan(1.4);
  });
});

describe('roadGraphSchema', () => {
  const valid = readFixture('travel/small-road-graph.json');

  it('accepts a small valid graph', () => {
    expect(roadGraphSchema.safeParse(valid).success).toBe(true);
  });

  it('rejects duplicate node ids, unknown edge ends and non-positive lengths and speeds', () => {
    const graph = structuredClone(valid) as {
      nodes: { id: string }[];
      edges: { to: string; lengthKm: number; speedKmh: number }[];
    };
    (graph.nodes[1] as { id: string }).id = 'a';
    (graph.edges[0] as { to: string }).to = 'nowhere';
    (graph.edges[1] as { lengthKm: number }).lengthKm = 0;
    (graph.edges[1] as { speedKmh: number }).speedKmh = -5;
    const result = roadGraphSchema.safeParse(graph);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['nodes.1.id', 'edges.0.to', 'edges.1.lengthKm', 'edges.1.speedKmh']));
  });
});
