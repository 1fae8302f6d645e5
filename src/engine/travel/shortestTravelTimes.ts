import type { RoadNetwork } from './roadNetwork';

/**
 * Shortest paths by time on the road network: Dijkstra with a binary min-heap on typed arrays
 * (lazy deletion: a node may sit in the heap more than once; stale entries are skipped).
 * Several seeds can start at once, each with minutes and km already spent (the access leg), so
 * one run serves every node. Along each shortest-time path the km are accumulated too.
 */

/** A start of the search: a node reached after `minutes` and `km` of access. */
export interface PathSeed {
  node: number;
  minutes: number;
  km: number;
}

/** Reusable buffers for repeated searches on one network (one per matrix computation). */
export interface DijkstraWorkspace {
  minutes: Float64Array;
  km: Float64Array;
  settled: Uint8Array;
  heapKey: Float64Array;
  heapNode: Int32Array;
}

export function createDijkstraWorkspace(network: RoadNetwork): DijkstraWorkspace {
  // Each road slot relaxes at most once, so the heap holds at most slots + seeds entries.
  const capacity = network.adjacencyTarget.length + network.nodeCount + 1;
  return {
    minutes: new Float64Array(network.nodeCount),
    km: new Float64Array(network.nodeCount),
    settled: new Uint8Array(network.nodeCount),
    heapKey: new Float64Array(capacity),
    heapNode: new Int32Array(capacity),
  };
}

/**
 * Minutes and km from the seeds to every node (Infinity where unreachable), written into the
 * workspace and returned from it: the arrays are overwritten by the next search.
 */
export function shortestTravelTimesInto(
  network: RoadNetwork,
  seeds: readonly PathSeed[],
  workspace: DijkstraWorkspace,
): { minutes: Float64Array; km: Float64Array } {
  const { minutes, km, settled } = workspace;
  // Pushes ≤ seeds + relaxations (each road slot relaxes once); grow the heap for many seeds.
  const needed = network.adjacencyTarget.length + seeds.length + 1;
  const heapKey = workspace.heapKey.length >= needed ? workspace.heapKey : new Float64Array(needed);
  const heapNode = workspace.heapNode.length >= needed ? workspace.heapNode : new Int32Array(needed);
  const { adjacencyStart, adjacencyTarget, adjacencyMinutes, adjacencyKm } = network;
  minutes.fill(Infinity);
  km.fill(Infinity);
  settled.fill(0);
  let size = 0;

  const push = (key: number, node: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = heapKey[parent] ?? 0;
      if (parentKey <= key) break;
      heapKey[i] = parentKey;
      heapNode[i] = heapNode[parent] ?? 0;
      i = parent;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  };

  for (const seed of seeds) {
    if (seed.minutes < (minutes[seed.node] ?? Infinity)) {
      minutes[seed.node] = seed.minutes;
      km[seed.node] = seed.km;
      push(seed.minutes, seed.node);
    }
  }

  while (size > 0) {
    const topKey = heapKey[0] ?? 0;
    const u = heapNode[0] ?? 0;
    // Pop: move the last entry to the root and sift it down.
    size--;
    if (size > 0) {
      const lastKey = heapKey[size] ?? 0;
      const lastNode = heapNode[size] ?? 0;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        const right = child + 1;
        if (right < size && (heapKey[right] ?? 0) < (heapKey[child] ?? 0)) child = right;
        if ((heapKey[child] ?? 0) >= lastKey) break;
        heapKey[i] = heapKey[child] ?? 0;
        heapNode[i] = heapNode[child] ?? 0;
        i = child;
      }
      heapKey[i] = lastKey;
      heapNode[i] = lastNode;
    }
    if (settled[u] === 1 || topKey > (minutes[u] ?? Infinity)) continue;
    settled[u] = 1;
    const uKm = km[u] ?? 0;
    const end = adjacencyStart[u + 1] ?? 0;
    for (let slot = adjacencyStart[u] ?? 0; slot < end; slot++) {
      const v = adjacencyTarget[slot] ?? 0;
      if (settled[v] === 1) continue;
      const candidate = topKey + (adjacencyMinutes[slot] ?? 0);
      if (candidate < (minutes[v] ?? Infinity)) {
        minutes[v] = candidate;
        km[v] = uKm + (adjacencyKm[slot] ?? 0);
        push(candidate, v);
      }
    }
  }
  return { minutes, km };
}

/** Minutes and km from the seeds to every node, as new arrays. */
export function shortestTravelTimes(
  network: RoadNetwork,
  seeds: readonly PathSeed[],
): { minutes: Float64Array; km: Float64Array } {
  const result = shortestTravelTimesInto(network, seeds, createDijkstraWorkspace(network));
  return { minutes: result.minutes.slice(), km: result.km.slice() };
}
