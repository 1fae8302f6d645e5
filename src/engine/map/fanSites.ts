/**
 * Screen positions for site symbols so that every symbol can be seen and clicked on its own
 * (see docs/map.md, "Sites"). Sites closer than `spacing` on screen (a town hall, its IT office
 * and server rooms a few hundred metres apart) form a group, and a group is fanned out on a
 * circle around its centre, the symbols `spacing` apart; groups whose fans would touch are
 * merged and fanned again. A lone site stays where it is.
 */
export interface FannedSite {
  /** Where the symbol is drawn. */
  readonly x: number;
  readonly y: number;
  /** Where the site really is (the leader line's other end). */
  readonly atX: number;
  readonly atY: number;
  /** Index of the site's group (sites drawn together share it). */
  readonly group: number;
  readonly fanned: boolean;
}

/** Radius of the circle on which `n` symbols sit `spacing` apart (chord length). */
export function fanRadius(n: number, spacing: number): number {
  if (n < 2) return 0;
  return Math.max(spacing / (2 * Math.sin(Math.PI / n)), spacing * 0.75);
}

function layout(
  points: readonly (readonly [number, number])[],
  groups: readonly number[][],
  spacing: number,
): FannedSite[] {
  const out: FannedSite[] = points.map(([x, y], i) => ({ x, y, atX: x, atY: y, group: i, fanned: false }));
  groups.forEach((members, g) => {
    const cx = members.reduce((s, i) => s + points[i]![0], 0) / members.length;
    const cy = members.reduce((s, i) => s + points[i]![1], 0) / members.length;
    const r = fanRadius(members.length, spacing);
    members.forEach((i, n) => {
      const [x, y] = points[i]!;
      if (members.length < 2) {
        out[i] = { x, y, atX: x, atY: y, group: g, fanned: false };
        return;
      }
      const angle = -Math.PI / 2 + (2 * Math.PI * n) / members.length;
      out[i] = { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), atX: x, atY: y, group: g, fanned: true };
    });
  });
  return out;
}

/**
 * The fanned positions of `points` (screen units), in input order within a group (so the
 * layout is the same for the same input). Any two returned positions are at least `spacing`
 * apart unless two groups cannot be separated by merging (never for distinct input).
 */
export function fanSites(points: readonly (readonly [number, number])[], spacing: number): FannedSite[] {
  // Single-linkage groups: a site joins every group it is within `spacing` of (union–find).
  const parent = points.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (Math.hypot(points[i]![0] - points[j]![0], points[i]![1] - points[j]![1]) < spacing) union(i, j);
    }
  }
  for (let round = 0; round < points.length; round++) {
    const byRoot = new Map<number, number[]>();
    points.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
    const groups = [...byRoot.values()];
    const placed = layout(points, groups, spacing);
    let merged = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        if (find(i) === find(j)) continue;
        if (Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y) < spacing) {
          union(i, j);
          merged = true;
        }
      }
    }
    if (!merged) return placed;
  }
  const byRoot = new Map<number, number[]>();
  points.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
  return layout(points, [...byRoot.values()], spacing);
}
