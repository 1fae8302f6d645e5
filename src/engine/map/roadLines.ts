import type { RoadClass, RoadGraph } from '../../schema/roadGraph';

/** A road section as drawn: straight between its two graph nodes, with the road's number. */
export interface RoadLine {
  readonly id: string;
  readonly roadId: string;
  /** The number on the road's sign (`E4`, `27`, `151`); null for an unnumbered road. */
  readonly number: string | null;
  readonly roadClass: RoadClass;
  readonly from: { readonly lat: number; readonly lon: number };
  readonly to: { readonly lat: number; readonly lon: number };
}

/**
 * The number signed on a road, from the graph's road id: `e4` → `E4`; `rv27`, `lv151`, `v604` →
 * `27`, `151`, `604` (Swedish national and county roads carry only their number). Ids with
 * anything after the number (`e4-jonkoping-link`, `county-…`) are links or unnumbered roads.
 */
export function roadNumber(roadId: string): string | null {
  const european = /^e(\d+)$/i.exec(roadId);
  if (european) return `E${european[1]}`;
  const national = /^(?:rv|lv|v)(\d+)$/i.exec(roadId);
  return national ? national[1]! : null;
}

/** Every edge of the road graph as a line to draw (edges with an unknown node are skipped). */
export function roadLines(graph: Pick<RoadGraph, 'nodes' | 'edges'>): RoadLine[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.edges.flatMap((edge) => {
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    if (!from || !to) return [];
    return [
      {
        id: edge.id,
        roadId: edge.roadId,
        number: roadNumber(edge.roadId),
        roadClass: edge.roadClass,
        from: { lat: from.lat, lon: from.lon },
        to: { lat: to.lat, lon: to.lon },
      },
    ];
  });
}
