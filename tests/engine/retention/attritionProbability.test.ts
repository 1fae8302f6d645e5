import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attritionProbabilities,
  attritionProbability,
  combinedLeaveProbability,
  reachesRetirementAge,
  transitionBaseRate,
} from '../../../src/engine/retention';
import { attritionParametersSchema, scenarioParametersSchema } from '../../../src/schema/scenarioParameters';

const defaults = attritionParametersSchema.parse({});
/** p_base of the defaults: 1 − (1 − 0.07)^2.5 = 1 − e^(2.5 · ln 0.93) = 1 − 0.834079… = 0.16592… */
const defaultBase = transitionBaseRate(defaults);
/** A curve whose p_base is `p` exactly: one year at the annual rate p. */
const withBase = <T extends object>(p: number, rest: T) => ({ ...rest, annualBaseRate: p, transitionYears: 1 });
const minutes = fc.double({ min: -240, max: 400, noNaN: true });

/** Curves anywhere in the schema's ranges, with p_base ≤ p_max (the rising case). */
const risingCurve = fc
  .record({
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
    t50Minutes: fc.double({ min: 0, max: 240, noNaN: true }),
    slopeMinutes: fc.double({ min: 0.5, max: 120, noNaN: true }),
    rampMinutes: fc.double({ min: 0.5, max: 240, noNaN: true }),
  })
  .map(({ a, b, ...rest }) => ({ ...withBase(Math.min(a, b), rest), maxRate: Math.max(a, b) }));

describe('attritionProbability', () => {
  it('is the base rate when the commute does not grow, however long it is', () => {
    fc.assert(
      fc.property(
        risingCurve,
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: -240, max: 0, noNaN: true }),
        (curve, newMinutes, added) => {
          expect(attritionProbability(newMinutes, added, curve)).toBe(transitionBaseRate(curve));
        },
      ),
    );
    expect(defaultBase).toBeCloseTo(0.16592, 5);
    expect(attritionProbability(200, 0, defaults)).toBe(defaultBase);
    expect(attritionProbability(200, -30, defaults)).toBe(defaultBase);
  });

  it('approaches the maximum far beyond daily-commuting range once the ramp is complete', () => {
    expect(attritionProbability(240, 20, defaults)).toBeCloseTo(0.9, 9);
    expect(attritionProbability(240, 120, defaults)).toBeCloseTo(0.9, 9);
    expect(attritionProbability(Infinity, Infinity, defaults)).toBe(0.9);
  });

  it('gives the mid value at T50 when the added minutes reach the ramp', () => {
    expect(attritionProbability(55, 20, defaults)).toBeCloseTo((defaultBase + 0.9) / 2, 12);
    expect(attritionProbability(55, 45, defaults)).toBeCloseTo((defaultBase + 0.9) / 2, 12);
    const curve = { ...withBase(0.1, defaults), t50Minutes: 40, maxRate: 0.7 };
    expect(attritionProbability(40, 25, curve)).toBeCloseTo(0.4, 12);
  });

  it('matches the formula by hand: T_new = T50 + s, half the ramp', () => {
    // logistic(1) = 1 / (1 + e^−1) = 0.7310585786…; ramp factor 10/20 = 0.5.
    expect(attritionProbability(63, 10, defaults)).toBeCloseTo(
      defaultBase + (0.9 - defaultBase) * 0.7310585786300049 * 0.5,
      12,
    );
  });

  it('has a ramp of its own, not the 20-minute threshold X of the commute flags', () => {
    const full = attritionProbability(55, 40, defaults) - defaultBase;
    expect(attritionProbability(55, 10, defaults) - defaultBase).toBeCloseTo(full / 2, 12);
    const longRamp = { ...defaults, rampMinutes: 40 };
    expect(attritionProbability(55, 10, longRamp) - defaultBase).toBeCloseTo(full / 4, 12);
    expect(attritionProbability(55, 20, longRamp) - defaultBase).toBeCloseTo(full / 2, 12);
    // Changing X in the scenario's commute parameters changes nothing here.
    const scenario = scenarioParametersSchema.parse({ commute: { addedMinutesThreshold: 5 } });
    expect(attritionProbability(55, 10, scenario.attrition)).toBe(attritionProbability(55, 10, defaults));
  });

  it('rises with the new commute and with the added minutes', () => {
    fc.assert(
      fc.property(
        risingCurve,
        minutes,
        minutes,
        fc.double({ min: 0, max: 100, noNaN: true }),
        (curve, newMinutes, added, step) => {
          const p = attritionProbability(newMinutes, added, curve);
          expect(attritionProbability(newMinutes + step, added, curve)).toBeGreaterThanOrEqual(p);
          expect(attritionProbability(newMinutes, added + step, curve)).toBeGreaterThanOrEqual(p);
        },
      ),
    );
  });

  it('is a probability between the base rate and the maximum, for any curve in the schema ranges', () => {
    const anyCurve = fc.record({
      annualBaseRate: fc.double({ min: 0, max: 1, noNaN: true }),
      transitionYears: fc.double({ min: 0.01, max: 10, noNaN: true }),
      maxRate: fc.double({ min: 0, max: 1, noNaN: true }),
      t50Minutes: fc.double({ min: 0, max: 240, noNaN: true }),
      slopeMinutes: fc.double({ min: 0.01, max: 120, noNaN: true }),
      rampMinutes: fc.double({ min: 0.01, max: 240, noNaN: true }),
    });
    fc.assert(
      fc.property(anyCurve, minutes, minutes, (curve, newMinutes, added) => {
        const p = attritionProbability(newMinutes, added, curve);
        const base = transitionBaseRate(curve);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(p).toBeGreaterThanOrEqual(Math.min(base, curve.maxRate) - 1e-12);
        expect(p).toBeLessThanOrEqual(Math.max(base, curve.maxRate) + 1e-12);
      }),
    );
  });

  it('passes NaN through rather than inventing a probability', () => {
    expect(attritionProbability(NaN, 10, defaults)).toBeNaN();
    expect(attritionProbability(50, NaN, defaults)).toBeNaN();
  });
});

describe('ordinary turnover over the transition', () => {
  it('compounds the annual rate over the years: 1 − (1 − annual)^years', () => {
    expect(transitionBaseRate({ annualBaseRate: 0.1, transitionYears: 2 })).toBeCloseTo(0.19, 12); // 1 − 0.9²
    expect(transitionBaseRate({ annualBaseRate: 0.07, transitionYears: 1 })).toBeCloseTo(0.07, 12);
    expect(transitionBaseRate({ annualBaseRate: 0, transitionYears: 5 })).toBe(0);
    expect(transitionBaseRate({ annualBaseRate: 1, transitionYears: 0.5 })).toBe(1);
  });

  it('grows with the length of the transition', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (annual, years, more) => {
          expect(transitionBaseRate({ annualBaseRate: annual, transitionYears: years + more })).toBeGreaterThanOrEqual(
            transitionBaseRate({ annualBaseRate: annual, transitionYears: years }) - 1e-12,
          );
        },
      ),
    );
  });
});

describe('retirement', () => {
  const params = { retirementAge: 65, retirementRate: 0.5, transitionYears: 2.5 };

  it('counts those who reach 65 by the end of the transition (2027-07-01 + 2.5 years ≈ 2029.996)', () => {
    // 2027-07-01 is day 181 of 365: 2027.496. Born 1964: 65 at mid-year, 2029.5 ≤ 2029.996. Born 1965: 2030.5 > 2029.996.
    expect(reachesRetirementAge({ birthYear: 1964 }, '2027-07-01', params)).toBe(true);
    expect(reachesRetirementAge({ birthYear: 1965 }, '2027-07-01', params)).toBe(false);
    expect(reachesRetirementAge({ birthYear: 1950 }, '2027-07-01', params)).toBe(true); // already past it
    expect(reachesRetirementAge({ birthYear: 1965 }, '2027-07-01', { ...params, transitionYears: 3 })).toBe(false); // 2030.496 < 2030.5
    expect(reachesRetirementAge({ birthYear: 1965 }, '2027-07-01', { ...params, transitionYears: 3.01 })).toBe(true);
    expect(reachesRetirementAge({ birthYear: 1964 }, '2027-07-01', { ...params, retirementAge: 67 })).toBe(false);
  });

  it('combines multiplicatively: 1 − (1 − p)(1 − p_retire)', () => {
    expect(combinedLeaveProbability(0.2, true, params)).toBeCloseTo(1 - 0.8 * 0.5, 12);
    expect(combinedLeaveProbability(0.2, false, params)).toBe(0.2);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (p, rate) => {
        const leave = combinedLeaveProbability(p, true, { retirementRate: rate });
        expect(leave).toBeGreaterThanOrEqual(Math.max(p, rate) - 1e-12);
        expect(leave).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('applies to the people marked as retiring', () => {
    const newMinutes = Float64Array.of(20, 20);
    const added = Float64Array.of(0, 0);
    const out = attritionProbabilities(newMinutes, added, defaults, undefined, Uint8Array.of(0, 1));
    expect(out[0]).toBe(defaultBase);
    expect(out[1]).toBeCloseTo(1 - (1 - defaultBase) * (1 - defaults.retirementRate), 12);
  });
});

describe('attritionProbabilities', () => {
  it('applies the curve to every person, into a new array or the one given', () => {
    const newMinutes = Float64Array.of(10, 55, 80, 120);
    const added = Float64Array.of(-5, 20, 5, 60);
    const expected = Array.from(newMinutes, (m, i) => attritionProbability(m, added[i]!, defaults));
    expect(Array.from(attritionProbabilities(newMinutes, added, defaults))).toEqual(expected);
    const out = new Float64Array(4);
    expect(attritionProbabilities(newMinutes, added, defaults, out)).toBe(out);
    expect(Array.from(out)).toEqual(expected);
    expect(attritionProbabilities(new Float64Array(0), new Float64Array(0), defaults)).toHaveLength(0);
  });

  it('rejects arrays of different lengths', () => {
    expect(() => attritionProbabilities(new Float64Array(3), new Float64Array(2), defaults)).toThrow(RangeError);
    expect(() =>
      attritionProbabilities(new Float64Array(3), new Float64Array(3), defaults, new Float64Array(2)),
    ).toThrow(RangeError);
  });
});
