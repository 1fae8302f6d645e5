/** Which model produced a travel figure; every figure records it (docs/travel.md). */
export const travelSources = ['road-graph', 'fallback', 'matrix'] as const;
export type TravelSource = (typeof travelSources)[number];

/** Compact codes for the `source` column of a travel matrix (`Uint8Array`). */
export const TRAVEL_SOURCE_ROAD_GRAPH = 0;
export const TRAVEL_SOURCE_FALLBACK = 1;
export const TRAVEL_SOURCE_MATRIX = 2;

export function travelSourceOfCode(code: number): TravelSource {
  const source = travelSources[code];
  if (source === undefined) throw new RangeError(`unknown travel source code ${code}`);
  return source;
}
