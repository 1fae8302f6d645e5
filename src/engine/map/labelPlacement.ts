/**
 * Label placement on a map with collision avoidance (see docs/map.md, "Label placement").
 * Pure screen geometry: positions in the map's units (its SVG viewBox), no DOM measuring (a
 * label's width is estimated from its characters), so the same placement is computed in tests
 * and in the browser.
 */

/** An axis-aligned box on screen: left, top, width, height. */
export interface ScreenBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Something to label: a point with its text, the radius of its own mark and a priority. */
export interface LabelCandidate {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Radius of the mark the label stands beside (a locality circle); 0 for a label centred on its point. */
  readonly markRadius: number;
  readonly fontSize: number;
  /** Higher first; ties keep the input order. */
  readonly priority: number;
  /** `beside`: one of eight positions around the point (towns); `centre`: on the point only (road numbers). */
  readonly placement: 'beside' | 'centre';
  /** Horizontal padding inside the label's box (a road shield's margin). */
  readonly padding?: number;
}

export type LabelAnchor = 'start' | 'middle' | 'end';

/** A placed label: where its text goes (SVG x/y with `anchor`, baseline at the middle) and its box. */
export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: LabelAnchor;
  readonly fontSize: number;
  readonly box: ScreenBox;
}

export interface LabelPlacementOptions {
  /** The frame labels must stay inside. */
  readonly frame: ScreenBox;
  /** Boxes no label may cover (site symbols). */
  readonly obstacles?: readonly ScreenBox[];
  /** Labels already placed (another layer's): nothing may overlap them either. */
  readonly placed?: readonly PlacedLabel[];
  /** Two labels with the same text keep at least this distance (road numbers repeated along a road). */
  readonly sameTextSpacing?: number;
}

/** Average glyph width as a share of the font size (a sans-serif, mixed case). */
export const GLYPH_WIDTH = 0.6;
/** Gap between a mark and its label, in map units. */
const GAP = 3;
/** Further rings tried when the positions next to the mark are taken. */
const EXTRA_DISTANCES = [0, 10, 22];

/** Width and height of a label's box. */
export function labelSize(text: string, fontSize: number, padding = 0): { width: number; height: number } {
  return {
    width: text.length * fontSize * GLYPH_WIDTH + 2 * padding,
    height: fontSize * 1.2 + (padding > 0 ? padding : 0),
  };
}

export function boxesOverlap(a: ScreenBox, b: ScreenBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: ScreenBox, frame: ScreenBox): boolean {
  return (
    box.x >= frame.x &&
    box.y >= frame.y &&
    box.x + box.width <= frame.x + frame.width &&
    box.y + box.height <= frame.y + frame.height
  );
}

/** The positions tried around a point, in order of preference (cartographic convention: right, then left, above, below). */
const BESIDE: readonly { dx: -1 | 0 | 1; dy: -1 | 0 | 1 }[] = [
  { dx: 1, dy: 0 },
  { dx: -1, dy: 0 },
  { dx: 1, dy: -1 },
  { dx: -1, dy: -1 },
  { dx: 1, dy: 1 },
  { dx: -1, dy: 1 },
  { dx: 0, dy: -1 },
  { dx: 0, dy: 1 },
];

function candidatePositions(c: LabelCandidate): PlacedLabel[] {
  const { width, height } = labelSize(c.text, c.fontSize, c.padding);
  const make = (cx: number, cy: number, anchor: LabelAnchor): PlacedLabel => {
    const left = anchor === 'start' ? cx : anchor === 'end' ? cx - width : cx - width / 2;
    return {
      id: c.id,
      text: c.text,
      x: cx,
      y: cy,
      anchor,
      fontSize: c.fontSize,
      box: { x: left, y: cy - height / 2, width, height },
    };
  };
  if (c.placement === 'centre') return [make(c.x, c.y, 'middle')];
  const positions: PlacedLabel[] = [];
  for (const extra of EXTRA_DISTANCES) {
    const d = c.markRadius + GAP + extra;
    for (const { dx, dy } of BESIDE) {
      // Diagonal positions sit at the mark's corner, not at a full distance on both axes.
      const diagonal = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
      const cx = c.x + dx * d * diagonal;
      const cy = c.y + dy * (d * diagonal + height / 2);
      positions.push(make(cx, cy, dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle'));
    }
  }
  return positions;
}

/**
 * Greedy placement by priority (the classic point-feature approach, e.g. Imhof's rules as
 * simplified by Christensen, Marks & Shieber 1995, without the annealing): each candidate, most
 * important first, takes the first of its positions that stays in the frame and overlaps neither
 * an obstacle nor a label placed before it; a candidate with no free position is left out. So
 * no two placed labels ever overlap, and the important ones win.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelPlacementOptions): PlacedLabel[] {
  const obstacles = options.obstacles ?? [];
  const taken: PlacedLabel[] = [...(options.placed ?? [])];
  const placed: PlacedLabel[] = [];
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.priority - a.c.priority || a.i - b.i);
  for (const { c } of order) {
    if (options.sameTextSpacing !== undefined) {
      const spacing = options.sameTextSpacing;
      if (taken.some((p) => p.text === c.text && Math.hypot(p.x - c.x, p.y - c.y) < spacing)) continue;
    }
    const free = candidatePositions(c).find(
      (p) =>
        inside(p.box, options.frame) &&
        !obstacles.some((o) => boxesOverlap(p.box, o)) &&
        !taken.some((t) => boxesOverlap(p.box, t.box)),
    );
    if (!free) continue;
    taken.push(free);
    placed.push(free);
  }
  return placed;
}
