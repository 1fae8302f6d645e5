import { describe, expect, it } from 'vitest';
import { roadGraphSchema } from '../../../src/schema/roadGraph';
import { buildRoadNetwork, shortestTravelTimes } from '../../../src/engine/travel';
import { readFixture, travelModel } from './defaultTravelModel';

describe('shortestTravelTimes', () => {
  const small = buildRoadNetwork(roadGraphSchema.parse(readFixture('travel/small-road-graph.json')));
  const index = (id: string): number => small.nodeIndex.get(id) ?? -1;

  it('takes the fastest path, not the shortest, and reports the km along it', () => {
    // a–b–c–d: 38 km at 60 km/h = 38 min; a–d direct: 30 km at 30 km/h = 60 min.
    const { minutes, km } = shortestTravelTimes(small, [{ node: index('a'), minutes: 0, km: 0 }]);
    expect(minutes[index('d')]).toBeCloseTo(38, 10);
    expect(km[index('d')]).toBeCloseTo(38, 10);
    expect(minutes[index('b')]).toBeCloseTo(12, 10);
  });

  it('starts from several seeds with their access minutes and km already spent', () => {
    const { minutes, km } = shortestTravelTimes(small, [
      { node: index('a'), minutes: 50, km: 40 },
      { node: index('c'), minutes: 5, km: 3 },
    ]);
    expect(minutes[index('d')]).toBeCloseTo(17, 10);
    expect(km[index('d')]).toBeCloseTo(15, 10);
    expect(minutes[index('a')]).toBeCloseTo(31, 10); // c→b→a (26 min) beats the seed's own 50
  });

  it('copes with more seeds than nodes (the heap grows)', () => {
    const seeds = Array.from({ length: 50 }, (_, k) => ({ node: index('d'), minutes: 50 - k, km: 50 - k }));
    const { minutes } = shortestTravelTimes(small, seeds);
    expect(minutes[index('d')]).toBe(1);
    expect(minutes[index('c')]).toBeCloseTo(13, 10);
  });

  it('is symmetric between nodes of the default graph (all roads are two-way)', () => {
    const { network } = travelModel;
    const all = Array.from({ length: network.nodeCount }, (_, u) =>
      shortestTravelTimes(network, [{ node: u, minutes: 0, km: 0 }]),
    );
    for (let u = 0; u < network.nodeCount; u++) {
      for (let v = 0; v < network.nodeCount; v++) {
        expect(all[u]?.minutes[v]).toBeCloseTo(all[v]?.minutes[u] ?? NaN, 9);
      }
    }
  });

  it('satisfies the triangle inequality between nodes of the default graph', () => {
    const { network } = travelModel;
    const all = Array.from(
      { length: network.nodeCount },
      (_, u) => shortestTravelTimes(network, [{ node: u, minutes: 0, km: 0 }]).minutes,
    );
    for (let u = 0; u < network.nodeCount; u++) {
      for (let v = 0; v < network.nodeCount; v++) {
        for (let w = 0; w < network.nodeCount; w++) {
          const direct = all[u]?.[w] ?? NaN;
          const via = (all[u]?.[v] ?? NaN) + (all[v]?.[w] ?? NaN);
          expect(direct).toBeLessThanOrEqual(via + 1e-9);
        }
      }
    }
  });
});
