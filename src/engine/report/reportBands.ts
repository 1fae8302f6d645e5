import type { ReportBand } from '../../schema/anonymisedReport';

/**
 * Bands of the report: few and wide on purpose, so that figures clear k (see
 * docs/anonymisation.md). Commute change (scenario − today, one-way minutes): at most 20
 * minutes longer (shorter and unchanged included), more than 20 minutes longer (the flag for a
 * commute that grows too much, X = 20). Two bands, since with three most figures per
 * municipality fall below k (measured on the default data). Notice months under LAS 11 §:
 * 1–2 (under four years' employment) and 3–6 (four years or more). Two bands, since with
 * three (1–2, 3–4, 5–6) the two upper bands of a bench of about a dozen fall below k.
 */
export const commuteChangeBands: readonly ReportBand[] = [
  { id: 'up-to-20', min: null, max: 20, minInclusive: false, maxInclusive: true },
  { id: 'plus-over-20', min: 20, max: null, minInclusive: false, maxInclusive: false },
];

export const noticeMonthBands: readonly ReportBand[] = [
  { id: 'notice-1-2', min: null, max: 2, minInclusive: false, maxInclusive: true },
  { id: 'notice-3-6', min: 2, max: null, minInclusive: false, maxInclusive: false },
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
