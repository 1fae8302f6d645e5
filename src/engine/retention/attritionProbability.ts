import type { AttritionParameters } from '../../schema/scenarioParameters';

/** The parameters of the commute part of the attrition model. */
export type AttritionCurve = Pick<
  AttritionParameters,
  'annualBaseRate' | 'transitionYears' | 'maxRate' | 't50Minutes' | 'slopeMinutes' | 'rampMinutes'
>;

/** The retirement part of the model. */
export type RetirementParameters = Pick<AttritionParameters, 'retirementRate' | 'retirementAge' | 'transitionYears'>;

/** p_base: ordinary turnover over the transition, 1 − (1 − annual)^years. */
export function transitionBaseRate(params: Pick<AttritionParameters, 'annualBaseRate' | 'transitionYears'>): number {
  return 1 - Math.pow(1 - params.annualBaseRate, params.transitionYears);
}

/**
 * The attrition model (docs/retention.md): the probability that a placed person leaves within
 * the transition. The commute part is
 *
 *   p_model = p_base + (p_max − p_base) · logistic((T_new − T50) / s) · min(1, max(0, ΔT / ramp))
 *
 * with T_new the new one-way commute in minutes, ΔT the added minutes, and p_base the ordinary
 * turnover over the transition, p_base = 1 − (1 − annual)^years (`transitionBaseRate`). The ramp
 * switches the logistic rise on as the commute grows: a commute that does not grow (ΔT ≤ 0)
 * gives p_base, however long it is. `rampMinutes` is a parameter of its own, not the threshold
 * X of the commute flags. Retirement combines multiplicatively (`combinedLeaveProbability`).
 * The result lies between p_base and p_max (both in [0, 1]); NaN minutes give NaN.
 */
export function attritionProbability(newMinutes: number, addedMinutes: number, params: AttritionCurve): number {
  const { maxRate, t50Minutes, slopeMinutes, rampMinutes } = params;
  const baseRate = transitionBaseRate(params);
  // Test `> 0` first so that ΔT ≤ 0 returns p_base exactly, without rounding.
  if (!(addedMinutes > 0)) return Number.isNaN(addedMinutes) || Number.isNaN(newMinutes) ? NaN : baseRate;
  const ramp = addedMinutes >= rampMinutes ? 1 : addedMinutes / rampMinutes;
  const logistic = 1 / (1 + Math.exp(-(newMinutes - t50Minutes) / slopeMinutes));
  const p = baseRate + (maxRate - baseRate) * logistic * ramp;
  // Rounding can step a hair outside [p_base, p_max]; keep it a probability.
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/**
 * Whether a person reaches the retirement age within the transition (or has already reached
 * it). Only the birth year is known: the birthday is taken as mid-year, so the person reaches
 * age A at birthYear + A + 0.5, compared with the end of the transition, the reference date
 * (as a decimal year: 2027-07-01 is 2027.496) + `transitionYears`. With the defaults
 * (2027-07-01, 2.5 years, 65) that is everyone born in 1964 or earlier. One place for this decision: a caller without birth
 * years can precompute it per person instead.
 */
export function reachesRetirementAge(
  person: { birthYear: number },
  referenceDate: string,
  params: Pick<AttritionParameters, 'retirementAge' | 'transitionYears'>,
): boolean {
  const transitionEnd = decimalYear(referenceDate) + params.transitionYears;
  return person.birthYear + params.retirementAge + 0.5 <= transitionEnd + 1e-9;
}

/** The probability of leaving, commute and retirement together: 1 − (1 − p_model)(1 − p_retire). */
export function combinedLeaveProbability(
  commuteProbability: number,
  retiring: boolean,
  params: Pick<AttritionParameters, 'retirementRate'>,
): number {
  if (!retiring) return commuteProbability;
  return 1 - (1 - commuteProbability) * (1 - params.retirementRate);
}

/** A date `YYYY-MM-DD` as a decimal year: 2027-07-01 → 2027.5 (by day of the year). */
function decimalYear(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const at = Date.UTC(year, Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  return year + (at - start) / (end - start);
}

/**
 * `attritionProbability` over every person: `newMinutes[i]` and `addedMinutes[i]` → `out[i]`,
 * combined with retirement where `retiring[i]` is 1 (and `params` carries the retirement rate).
 * Writes into `out` when given (same length), else into a new array; returns it.
 */
export function attritionProbabilities(
  newMinutes: ArrayLike<number>,
  addedMinutes: ArrayLike<number>,
  params: AttritionCurve & Partial<Pick<AttritionParameters, 'retirementRate'>>,
  out?: Float64Array,
  retiring?: ArrayLike<number>,
): Float64Array {
  const n = newMinutes.length;
  if (addedMinutes.length !== n) {
    throw new RangeError(`addedMinutes has ${addedMinutes.length} values, newMinutes ${n}`);
  }
  if (out && out.length !== n) throw new RangeError(`out has ${out.length} values, expected ${n}`);
  if (retiring && retiring.length !== n) throw new RangeError(`retiring has ${retiring.length} values, expected ${n}`);
  const probabilities = out ?? new Float64Array(n);
  const retirementRate = params.retirementRate ?? 0;
  for (let i = 0; i < n; i++) {
    const p = attritionProbability(newMinutes[i]!, addedMinutes[i]!, params);
    probabilities[i] = retiring && retiring[i] ? combinedLeaveProbability(p, true, { retirementRate }) : p;
  }
  return probabilities;
}
