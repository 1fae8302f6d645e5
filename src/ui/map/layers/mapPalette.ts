/**
 * Colours of the map's layers, all safe for the common colour-vision deficiencies: Okabe–Ito
 * for categories, ColorBrewer's YlGnBu for the sequential choropleth (see docs/map.md).
 */

/** The choropleth's five classes of a value 0–1, from least (pale) to most (dark). */
export const CHOROPLETH_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** The class colour of a value 0–1 (values outside are clamped). */
export function choroplethColour(value: number): string {
  const clamped = Math.min(1, Math.max(0, value));
  return CHOROPLETH_COLOURS[Math.min(CHOROPLETH_COLOURS.length - 1, Math.floor(clamped * CHOROPLETH_COLOURS.length))]!;
}

/** The class bounds as [from, to) pairs, the last closed (for the legend). */
export function choroplethClasses(): { from: number; to: number; colour: string }[] {
  const n = CHOROPLETH_COLOURS.length;
  return CHOROPLETH_COLOURS.map((colour, i) => ({ from: i / n, to: (i + 1) / n, colour }));
}

/** Road colours by class: dark for the E4, lighter for smaller roads. */
export const ROAD_STYLE = {
  motorway: { colour: '#5b3a1e', width: 3.2 },
  '2plus1': { colour: '#7a5230', width: 2.4 },
  main: { colour: '#7a5230', width: 2 },
  county: { colour: '#9a7a5a', width: 1.3 },
  local: { colour: '#9a7a5a', width: 1 },
} as const;

/** Road number shields as on Swedish signs: E roads green, other numbered roads blue. */
export const SHIELD_COLOUR = { european: '#00703c', national: '#0b5394' } as const;

/** The reach area (Okabe–Ito orange) and the staff home areas (Okabe–Ito reddish purple). */
export const REACH_COLOUR = { fill: '#e69f00', stroke: '#8a5a00' } as const;
export const HOME_AREA_COLOUR = '#8a3f6b';
