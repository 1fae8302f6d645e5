import { fanSites, type FannedSite } from './fanSites';
import type { ScreenBox } from './labelPlacement';
import { mapLabels, symbolBox, type LabelledPlace, type MapLabels } from './mapLabels';
import type { RoadLine } from './roadLines';

/** A site symbol's size and the least distance between two symbols' centres, in map units. */
export const SITE_SIZE = 16;
export const SITE_SPACING = 26;
/** The scale bar's corner (bottom right), kept free of labels. */
export const SCALE_BAR_BOX = { width: 130, height: 34 } as const;

const ROAD_RANK: Record<RoadLine['roadClass'], number> = { motorway: 0, '2plus1': 1, main: 1, county: 2, local: 3 };

export interface ScreenLayoutInput {
  readonly width: number;
  readonly height: number;
  /** Each site's position on screen (projected and zoomed). */
  readonly sites: readonly (readonly [number, number])[];
  readonly places: readonly LabelledPlace[];
  /** Road sections on screen, with their numbers; empty when the roads are off. */
  /** Other marks labels must not cover (the home areas' counts). */
  readonly obstacles?: readonly ScreenBox[];
  readonly roads: readonly {
    readonly id: string;
    readonly number: string | null;
    readonly roadClass: RoadLine['roadClass'];
    readonly from: readonly [number, number];
    readonly to: readonly [number, number];
  }[];
}

export interface ScreenLayout {
  readonly fanned: readonly FannedSite[];
  readonly labels: MapLabels;
}

/**
 * Everything the map places on screen at one zoom: site symbols fanned apart, then town names
 * and road numbers placed around them (see docs/map.md). Pure, so the default view can be
 * checked in a test exactly as the browser draws it.
 */
export function mapScreenLayout(input: ScreenLayoutInput): ScreenLayout {
  const fanned = fanSites(input.sites, SITE_SPACING);
  const frame = { x: 0, y: 0, width: input.width, height: input.height };
  const obstacles = [
    ...fanned.map((f) => symbolBox(f.x, f.y, SITE_SIZE)),
    { x: input.width - SCALE_BAR_BOX.width, y: input.height - SCALE_BAR_BOX.height, ...SCALE_BAR_BOX },
    ...(input.obstacles ?? []),
  ];
  const roads = input.roads.flatMap((r) =>
    r.number
      ? [
          {
            id: r.id,
            number: r.number,
            rank: ROAD_RANK[r.roadClass],
            x: (r.from[0] + r.to[0]) / 2,
            y: (r.from[1] + r.to[1]) / 2,
          },
        ]
      : [],
  );
  return { fanned, labels: mapLabels(input.places, roads, obstacles, frame) };
}
