import type { RoadGraph } from '../../schema/roadGraph';

/**
 * The road graph compiled once into compressed sparse rows (CSR): the roads leaving node `u`
 * are `adjacencyTarget[adjacencyStart[u] .. adjacencyStart[u + 1])`, each with its minutes and km.
 * Every road is two-way, so the network is symmetric.
 */
export interface RoadNetwork {
  readonly nodeCount: number;
  readonly nodeIds: readonly string[];
  readonly nodeNames: readonly string[];
  /** Node id → index. */
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** Locality id → node index, for nodes that stand for a locality. */
  readonly localityNode: ReadonlyMap<string, number>;
  readonly nodeLat: Float64Array;
  readonly nodeLon: Float64Array;
  readonly adjacencyStart: Int32Array;
  readonly adjacencyTarget: Int32Array;
  readonly adjacencyMinutes: Float64Array;
  readonly adjacencyKm: Float64Array;
}

/** Builds the CSR network from a validated road graph (see `roadGraphSchema`). */
export function buildRoadNetwork(graph: RoadGraph): RoadNetwork {
  const nodeCount = graph.nodes.length;
  const nodeIndex = new Map<string, number>();
  const localityNode = new Map<string, number>();
  const nodeLat = new Float64Array(nodeCount);
  const nodeLon = new Float64Array(nodeCount);
  graph.nodes.forEach((node, i) => {
    nodeIndex.set(node.id, i);
    if (node.localityId !== undefined) localityNode.set(node.localityId, i);
    nodeLat[i] = node.lat;
    nodeLon[i] = node.lon;
  });

  const degree = new Int32Array(nodeCount);
  const ends = graph.edges.map((edge) => {
    const from = nodeIndex.get(edge.from);
    const to = nodeIndex.get(edge.to);
    if (from === undefined || to === undefined) {
      throw new Error(`road edge ${edge.id} references an unknown node`);
    }
    degree[from] = (degree[from] ?? 0) + 1;
    degree[to] = (degree[to] ?? 0) + 1;
    return [from, to] as const;
  });

  const adjacencyStart = new Int32Array(nodeCount + 1);
  for (let u = 0; u < nodeCount; u++) adjacencyStart[u + 1] = (adjacencyStart[u] ?? 0) + (degree[u] ?? 0);
  const slotCount = adjacencyStart[nodeCount] ?? 0;
  const adjacencyTarget = new Int32Array(slotCount);
  const adjacencyMinutes = new Float64Array(slotCount);
  const adjacencyKm = new Float64Array(slotCount);
  const next = adjacencyStart.slice(0, nodeCount);
  graph.edges.forEach((edge, e) => {
    const [from, to] = ends[e] ?? [0, 0];
    const minutes = (edge.lengthKm / edge.speedKmh) * 60;
    for (const [u, v] of [
      [from, to],
      [to, from],
    ] as const) {
      const slot = next[u] ?? 0;
      adjacencyTarget[slot] = v;
      adjacencyMinutes[slot] = minutes;
      adjacencyKm[slot] = edge.lengthKm;
      next[u] = slot + 1;
    }
  });

  return {
    nodeCount,
    nodeIds: graph.nodes.map((n) => n.id),
    nodeNames: graph.nodes.map((n) => n.name),
    nodeIndex,
    localityNode,
    nodeLat,
    nodeLon,
    adjacencyStart,
    adjacencyTarget,
    adjacencyMinutes,
    adjacencyKm,
  };
}
