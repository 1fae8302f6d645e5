import type { AttritionParameters } from '../../schema/scenarioParameters';

/**
 * The attrition model (SPEC §5 "Retained competence", DOMAIN.md "Attrition when a workplace
 * moves"): the probability that a placed person leaves within the transition,
 *
 *   p = p_base + (p_max − p_base) · logistic((T_new − T50) / s) · min(1, max(0, ΔT / ramp))
 *
 * with T_new the new one-way commute in minutes and ΔT the added minutes. The ramp switches the
 * logistic rise on as the commute grows: a commute that does not grow (ΔT ≤ 0) gives p_base,
 * however long it is. `rampMinutes` is a parameter of its own, not the threshold X of the
 * commute flags. The result lies between p_base and p_max (both in [0, 1]); NaN minutes give NaN.
 */
export type AttritionCurve = Pick<AttritionParameters, 'baseRate' | 'maxRate' | 't50Minutes' | 'slopeMinutes' | 'rampMinutes'>;

export function attritionProbability(newMinutes: number, addedMinutes: number, params: AttritionCurve): number {
  const { baseRate, maxRate, t50Minutes, slopeMinutes, rampMinutes } = params;
  // Test `> 0` first so that ΔT ≤ 0 returns p_base exactly, without rounding.
  if (!(addedMinutes > 0)) return Number.isNaN(addedMinutes) || Number.isNaN(newMinutes) ? NaN : baseRate;
  const ramp = addedMinutes >= rampMinutes ? 1 : addedMinutes / rampMinutes;
  const logistic = 1 / (1 + Math.exp(-(newMinutes - t50Minutes) / slopeMinutes));
  const p = baseRate + (maxRate - baseRate) * logistic * ramp;
  // Rounding can step a hair outside [p_base, p_max]; keep it a probability.
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/**
 * `attritionProbability` over every person: `newMinutes[i]` and `addedMinutes[i]` → `out[i]`.
 * Writes into `out` when given (same length), else into a new array; returns it.
 */
export function attritionProbabilities(
  newMinutes: ArrayLike<number>,
  addedMinutes: ArrayLike<number>,
  params: AttritionCurve,
  out?: Float64Array,
): Float64Array {
  const n = newMinutes.length;
  if (addedMinutes.length !== n) {
    throw new RangeError(`addedMinutes has ${addedMinutes.length} values, newMinutes ${n}`);
  }
  if (out && out.length !== n) throw new RangeError(`out has ${out.length} values, expected ${n}`);
  const probabilities = out ?? new Float64Array(n);
  for (let i = 0; i < n; i++) probabilities[i] = attritionProbability(newMinutes[i]!, addedMinutes[i]!, params);
  return probabilities;
}
