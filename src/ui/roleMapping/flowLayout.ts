import { sankey, sankeyLeft, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Dataset } from '../../schema/dataset';

/** What a node of the flow stands for: today's department or title, the new unit or the way out, the new site. */
export type FlowNodeKind = 'department' | 'title' | 'unit' | 'bench' | 'declined' | 'leaving' | 'site';

export interface FlowNode {
  id: string;
  /** 0: today; 1: unit (or bench, declined, leaving); 2: site in the scenario. */
  column: 0 | 1 | 2;
  kind: FlowNodeKind;
  /** The municipality, title, unit or site the node names; empty for bench, declined and leaving. */
  refId: string;
}

export interface FlowLink {
  source: string;
  target: string;
  /** People. */
  value: number;
}

export interface TransitionFlows {
  nodes: FlowNode[];
  links: FlowLink[];
}

/**
 * Counts of people from today's department (the employer's IT department) or title, to the
 * unit of their new position (or the bench, or out: declined, leaving), and on to the site where
 * they work in the scenario. Nodes are in order of first appearance in the dataset's order.
 */
export function transitionFlows(
  dataset: Dataset,
  evaluation: ScenarioEvaluation,
  from: 'department' | 'title',
): TransitionFlows {
  const assignment = evaluation.assignment;
  const positionOf = new Map(assignment?.placements.map((p) => [p.personId, p.positionId]) ?? []);
  const unitOf = new Map(dataset.positions.map((p) => [p.id, p.unitId]));
  const siteOf = new Map(evaluation.placements.map((p) => [p.personId, p.siteId]));
  const declined = new Set(assignment?.declined ?? []);
  const leaving = new Set(assignment?.leaving ?? []);
  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, FlowLink>();
  const node = (column: FlowNode['column'], kind: FlowNodeKind, refId: string): string => {
    const id = `${column}:${kind}:${refId}`;
    if (!nodes.has(id)) nodes.set(id, { id, column, kind, refId });
    return id;
  };
  const link = (source: string, target: string) => {
    const key = `${source}\u0000${target}`;
    const existing = links.get(key);
    if (existing) existing.value += 1;
    else links.set(key, { source, target, value: 1 });
  };
  for (const person of dataset.people) {
    const today = from === 'department' ? node(0, 'department', person.municipalityId) : node(0, 'title', person.title);
    const positionId = positionOf.get(person.id);
    const middle = declined.has(person.id)
      ? node(1, 'declined', '')
      : leaving.has(person.id)
        ? node(1, 'leaving', '')
        : positionId !== undefined
          ? node(1, 'unit', unitOf.get(positionId)!)
          : node(1, 'bench', '');
    link(today, middle);
    const siteId = siteOf.get(person.id);
    if (siteId !== undefined && !declined.has(person.id) && !leaving.has(person.id))
      link(middle, node(2, 'site', siteId));
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

export interface PlacedFlowNode extends FlowNode {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  value: number;
}

export interface PlacedFlowLink extends FlowLink {
  /** SVG path of the band's centre line; draw with stroke width `width`. */
  path: string;
  width: number;
}

export interface FlowLayout {
  nodes: PlacedFlowNode[];
  links: PlacedFlowLink[];
  width: number;
  height: number;
}

/** The sankey layout of the flows in a box (d3-sankey on fresh copies: the input is not touched). */
export function flowLayout(flows: TransitionFlows, width: number, height: number): FlowLayout {
  type N = FlowNode & { index?: number };
  type L = { source: string; target: string; value: number };
  if (flows.links.length === 0) return { nodes: [], links: [], width, height };
  const graph = sankey<N, L>()
    .nodeId((n) => n.id)
    .nodeAlign(sankeyLeft)
    .nodeWidth(12)
    .nodePadding(8)
    .nodeSort(null)
    .extent([
      [1, 1],
      [width - 1, height - 1],
    ])({
    nodes: flows.nodes.map((n) => ({ ...n })),
    links: flows.links.map((l) => ({ ...l })),
  });
  const path = sankeyLinkHorizontal<N, L>();
  const idOf = (end: SankeyLink<N, L>['source']) => (end as SankeyNode<N, L>).id;
  return {
    width,
    height,
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      column: n.column,
      kind: n.kind,
      refId: n.refId,
      x0: n.x0 ?? 0,
      x1: n.x1 ?? 0,
      y0: n.y0 ?? 0,
      y1: n.y1 ?? 0,
      value: n.value ?? 0,
    })),
    links: graph.links.map((l) => ({
      source: idOf(l.source),
      target: idOf(l.target),
      value: l.value,
      path: path(l) ?? '',
      width: Math.max(1, l.width ?? 1),
    })),
  };
}
