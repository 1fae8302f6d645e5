import { placeLabels, type PlacedLabel, type ScreenBox } from './labelPlacement';

/** A locality on screen, with the radius of its circle and its population (the label's priority). */
export interface LabelledPlace {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly population: number;
}

/** Where a road's number could stand: the middle of one of its sections, on screen. */
export interface RoadNumberPlace {
  readonly id: string;
  readonly number: string;
  /** Motorways first, then main roads, then county roads. */
  readonly rank: number;
  readonly x: number;
  readonly y: number;
}

/** Towns at least this large get the larger type. */
export const MAJOR_TOWN_POPULATION = 3500;
export const TOWN_FONT_SIZE = { major: 15, minor: 11.5 } as const;
export const ROAD_FONT_SIZE = 11;
export const ROAD_SHIELD_PADDING = 2.5;
/** A road's number is repeated at most once per this many map units. */
export const ROAD_NUMBER_SPACING = 160;

export interface MapLabels {
  readonly towns: readonly PlacedLabel[];
  readonly roads: readonly PlacedLabel[];
}

/**
 * The map's text: town names beside their circles, the larger towns first, then road numbers
 * on their roads where room is left; nothing covers a site symbol (`obstacles`) or another label
 * (see docs/map.md, "Label placement").
 */
export function mapLabels(
  places: readonly LabelledPlace[],
  roads: readonly RoadNumberPlace[],
  obstacles: readonly ScreenBox[],
  frame: ScreenBox,
): MapLabels {
  const towns = placeLabels(
    places.map((p) => ({
      id: p.id,
      text: p.name,
      x: p.x,
      y: p.y,
      markRadius: p.radius,
      fontSize: p.population >= MAJOR_TOWN_POPULATION ? TOWN_FONT_SIZE.major : TOWN_FONT_SIZE.minor,
      priority: p.population,
      placement: 'beside' as const,
    })),
    { frame, obstacles },
  );
  const roadLabels = placeLabels(
    roads.map((r) => ({
      id: r.id,
      text: r.number,
      x: r.x,
      y: r.y,
      markRadius: 0,
      fontSize: ROAD_FONT_SIZE,
      priority: -r.rank,
      placement: 'centre' as const,
      padding: ROAD_SHIELD_PADDING,
    })),
    { frame, obstacles, placed: towns, sameTextSpacing: ROAD_NUMBER_SPACING },
  );
  return { towns, roads: roadLabels };
}

/** The box a site symbol of `size` takes at (x, y). */
export function symbolBox(x: number, y: number, size: number): ScreenBox {
  const half = (size * 1.3) / 2;
  return { x: x - half, y: y - half, width: 2 * half, height: 2 * half };
}

/** The box a count pill takes (12-unit bold figures, about 7.5 units each, plus padding), centred on (x, y). */
export function badgeBox(x: number, y: number, text: string): ScreenBox {
  const width = Math.max(22, text.length * 7.5 + 10);
  return { x: x - width / 2, y: y - 10, width, height: 20 };
}
