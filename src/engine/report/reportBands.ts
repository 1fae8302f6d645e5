import type { ReportBand } from '../../schema/anonymisedReport';

/**
 * Bands of the report. Commute change (scenario − today, one-way minutes): a change under one
 * minute either way is "unchanged" (the model's noise, as in commuteImpact.ts); then
 * ≤ −10, −10…−1, unchanged (±1), 1…10, 10…20, 20…40, > 40. Leave probability of a placed
 * person (retention model): < 10 %, 10–25 %, 25–50 %, ≥ 50 %. Few, wide bands on purpose:
 * with a few dozen people, narrow bands would all fall below k.
 */
export const commuteChangeBands: readonly ReportBand[] = [
  { id: 'minus-10-or-more', min: null, max: -10, minInclusive: false, maxInclusive: true },
  { id: 'minus-10-to-1', min: -10, max: -1, minInclusive: false, maxInclusive: true },
  { id: 'unchanged', min: -1, max: 1, minInclusive: false, maxInclusive: false },
  { id: 'plus-1-to-10', min: 1, max: 10, minInclusive: true, maxInclusive: false },
  { id: 'plus-10-to-20', min: 10, max: 20, minInclusive: true, maxInclusive: false },
  { id: 'plus-20-to-40', min: 20, max: 40, minInclusive: true, maxInclusive: true },
  { id: 'plus-over-40', min: 40, max: null, minInclusive: false, maxInclusive: false },
];

export const leaveProbabilityBands: readonly ReportBand[] = [
  { id: 'leave-under-10', min: null, max: 0.1, minInclusive: false, maxInclusive: false },
  { id: 'leave-10-25', min: 0.1, max: 0.25, minInclusive: true, maxInclusive: false },
  { id: 'leave-25-50', min: 0.25, max: 0.5, minInclusive: true, maxInclusive: false },
  { id: 'leave-50-plus', min: 0.5, max: null, minInclusive: true, maxInclusive: false },
];

function inBand(band: ReportBand, value: number): boolean {
  const aboveMin = band.min === null || (band.minInclusive ? value >= band.min : value > band.min);
  const belowMax = band.max === null || (band.maxInclusive ? value <= band.max : value < band.max);
  return aboveMin && belowMax;
}

/** The id of the band holding `value`; the bands partition the real line. */
export function bandOf(bands: readonly ReportBand[], value: number): string {
  const band = bands.find((b) => inBand(b, value));
  if (!band) throw new Error(`no band for ${value}`);
  return band.id;
}
