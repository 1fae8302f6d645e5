import { z } from 'zod';
import { pointSchema, type Point } from '../../schema/common';
import { AnonymisationError, checkK } from './anonymisationError';

export interface HomeAreaOptions {
  /** Side of the top-level grid squares, km (default 128). */
  readonly rootCellKm?: number;
  /** Smallest side an area may have, km (default 1). */
  readonly minCellKm?: number;
  /** Latitude of the projection, degrees (default 57.3, the four municipalities). */
  readonly referenceLatitude?: number;
}

export interface HomeArea {
  /** Corners south-west, south-east, north-east, north-west (counter-clockwise, not closed). */
  readonly polygon: readonly Point[];
  readonly count: number;
}

export interface HomeAreasResult {
  readonly areas: readonly HomeArea[];
  /** People outside any area, when at least k of them; null when not published. */
  readonly otherCount: number | null;
}

const KM_PER_DEGREE_LATITUDE = 110.574;
const KM_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111.32;

const optionsSchema = z.object({
  rootCellKm: z.number().positive().max(10_000).default(128),
  minCellKm: z.number().positive().max(10_000).default(1),
  referenceLatitude: z.number().min(-80).max(80).default(57.3),
});

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Homes on the union's map as areas of at least k people, never as points (docs/anonymisation.md).
 *
 * Points are projected (equirectangular at a fixed reference latitude, not one derived from
 * the data) onto a fixed grid of root squares, `rootCellKm` wide, aligned to the projection's
 * origin so that no area edge depends on where anyone lives. Each root square holding ≥ k
 * people is split recursively, adaptive-quadtree style: into quadrants if every non-empty
 * quadrant holds ≥ k people, else into west/east halves, else into south/north halves under
 * the same rule; never below `minCellKm`. Leaves are the areas, so every area holds ≥ k
 * people and every person in such a root square is in exactly one area.
 *
 * Root squares holding fewer than k people are pooled into one "elsewhere" count, published
 * only if the pool itself holds ≥ k people; otherwise those people are left off the map and
 * how many were left off is not published either (`otherCount: null`), since that number
 * would itself be a group below k.
 *
 * Caveat: maps of different subgroups of the same people can be differenced; publish maps of
 * the whole workforce (homes do not change between scenarios), not of filtered subgroups.
 */
export function homeAreas(points: readonly Point[], k: number, options: HomeAreaOptions = {}): HomeAreasResult {
  checkK(k);
  const parsedPoints = z.array(pointSchema).safeParse(points);
  if (!parsedPoints.success) {
    throw new AnonymisationError('invalid-points', {
      index: String(parsedPoints.error.issues[0]?.path[0] ?? ''),
      option: '',
    });
  }
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    throw new AnonymisationError('invalid-points', {
      index: '',
      option: String(parsedOptions.error.issues[0]?.path[0] ?? ''),
    });
  }
  const { rootCellKm, minCellKm, referenceLatitude } = parsedOptions.data;
  const kmPerDegreeLongitude = KM_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos((referenceLatitude * Math.PI) / 180);
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  points.forEach((p, i) => {
    xs[i] = p.lon * kmPerDegreeLongitude;
    ys[i] = p.lat * KM_PER_DEGREE_LATITUDE;
  });

  const roots = new Map<string, { ix: number; iy: number; members: number[] }>();
  for (let i = 0; i < n; i++) {
    const ix = Math.floor(xs[i]! / rootCellKm);
    const iy = Math.floor(ys[i]! / rootCellKm);
    const key = `${ix},${iy}`;
    const root = roots.get(key) ?? { ix, iy, members: [] };
    root.members.push(i);
    roots.set(key, root);
  }

  const toPolygon = (rect: Rect): Point[] =>
    [
      [rect.x, rect.y],
      [rect.x + rect.width, rect.y],
      [rect.x + rect.width, rect.y + rect.height],
      [rect.x, rect.y + rect.height],
    ].map(([x, y]) => ({ lat: y! / KM_PER_DEGREE_LATITUDE, lon: x! / kmPerDegreeLongitude }));

  const areas: HomeArea[] = [];
  // Each person goes to exactly one part: compare with the split lines, not with part edges.
  const split = (rect: Rect, members: readonly number[]): void => {
    const halfW = rect.width / 2;
    const halfH = rect.height / 2;
    const midX = rect.x + halfW;
    const midY = rect.y + halfH;
    const candidates: { parts: Rect[]; partOf: (i: number) => number }[] = [];
    if (halfW >= minCellKm && halfH >= minCellKm) {
      candidates.push({
        parts: [
          { x: rect.x, y: rect.y, width: halfW, height: halfH },
          { x: midX, y: rect.y, width: halfW, height: halfH },
          { x: rect.x, y: midY, width: halfW, height: halfH },
          { x: midX, y: midY, width: halfW, height: halfH },
        ],
        partOf: (i) => (xs[i]! >= midX ? 1 : 0) + (ys[i]! >= midY ? 2 : 0),
      });
    }
    if (halfW >= minCellKm) {
      candidates.push({
        parts: [
          { ...rect, width: halfW },
          { ...rect, x: midX, width: halfW },
        ],
        partOf: (i) => (xs[i]! >= midX ? 1 : 0),
      });
    }
    if (halfH >= minCellKm) {
      candidates.push({
        parts: [
          { ...rect, height: halfH },
          { ...rect, y: midY, height: halfH },
        ],
        partOf: (i) => (ys[i]! >= midY ? 1 : 0),
      });
    }
    for (const { parts, partOf } of candidates) {
      const groups: number[][] = parts.map(() => []);
      for (const i of members) groups[partOf(i)]!.push(i);
      if (groups.every((g) => g.length === 0 || g.length >= k)) {
        groups.forEach((g, i) => {
          if (g.length > 0) split(parts[i]!, g);
        });
        return;
      }
    }
    areas.push({ polygon: toPolygon(rect), count: members.length });
  };

  let pooled = 0;
  const ordered = [...roots.values()].sort((a, b) => a.iy - b.iy || a.ix - b.ix);
  for (const root of ordered) {
    if (root.members.length < k) {
      pooled += root.members.length;
      continue;
    }
    split({ x: root.ix * rootCellKm, y: root.iy * rootCellKm, width: rootCellKm, height: rootCellKm }, root.members);
  }
  return { areas, otherCount: pooled >= k ? pooled : null };
}
