import { greatCircleKm } from './greatCircleKm';
import type { RoadNetwork } from './roadNetwork';

/** A road node within reach of a point, with the straight-line distance to it. */
export interface NearbyRoadNode {
  node: number;
  straightKm: number;
}

/**
 * The `count` road nodes nearest to a point (straight line), nearest first, leaving out any
 * farther than `maxKm`. Brute force: the graph has tens of nodes, a spatial index would not pay.
 */
export function nearestRoadNodes(
  network: RoadNetwork,
  lat: number,
  lon: number,
  count: number,
  maxKm: number,
): NearbyRoadNode[] {
  const found: NearbyRoadNode[] = [];
  for (let node = 0; node < network.nodeCount; node++) {
    const straightKm = greatCircleKm(lat, lon, network.nodeLat[node] ?? 0, network.nodeLon[node] ?? 0);
    if (straightKm > maxKm) continue;
    if (found.length === count && straightKm >= (found[count - 1]?.straightKm ?? Infinity)) continue;
    // Insertion into a short sorted list; ties keep the lower node index first (deterministic).
    let i = found.length < count ? found.length : count - 1;
    if (found.length < count) found.push({ node, straightKm });
    while (i > 0 && (found[i - 1]?.straightKm ?? 0) > straightKm) {
      found[i] = found[i - 1] as NearbyRoadNode;
      i--;
    }
    found[i] = { node, straightKm };
  }
  return found;
}
