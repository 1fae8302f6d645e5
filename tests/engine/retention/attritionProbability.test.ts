import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attritionProbabilities, attritionProbability } from '../../../src/engine/retention';
import { attritionParametersSchema, scenarioParametersSchema } from '../../../src/schema/scenarioParameters';

const defaults = attritionParametersSchema.parse({});
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
  .map(({ a, b, ...rest }) => ({ ...rest, baseRate: Math.min(a, b), maxRate: Math.max(a, b) }));

describe('attritionProbability', () => {
  it('is the base rate when the commute does not grow, however long it is', () => {
    fc.assert(
      fc.property(risingCurve, fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: -240, max: 0, noNaN: true }), (curve, newMinutes, added) => {
        expect(attritionProbability(newMinutes, added, curve)).toBe(curve.baseRate);
      }),
    );
    expect(attritionProbability(200, 0, defaults)).toBe(0.05);
    expect(attritionProbability(200, -30, defaults)).toBe(0.05);
  });

  it('approaches the maximum far beyond daily-commuting range once the ramp is complete', () => {
    expect(attritionProbability(240, 20, defaults)).toBeCloseTo(0.9, 9);
    expect(attritionProbability(240, 120, defaults)).toBeCloseTo(0.9, 9);
    expect(attritionProbability(Infinity, Infinity, defaults)).toBe(0.9);
  });

  it('gives the mid value at T50 when the added minutes reach the ramp', () => {
    expect(attritionProbability(55, 20, defaults)).toBeCloseTo((0.05 + 0.9) / 2, 12);
    expect(attritionProbability(55, 45, defaults)).toBeCloseTo(0.475, 12);
    const curve = { ...defaults, t50Minutes: 40, baseRate: 0.1, maxRate: 0.7 };
    expect(attritionProbability(40, 25, curve)).toBeCloseTo(0.4, 12);
  });

  it('matches the formula by hand: T_new = T50 + s, half the ramp', () => {
    // logistic(1) = 1 / (1 + e^−1) = 0.7310585786…; ramp factor 10/20 = 0.5.
    expect(attritionProbability(63, 10, defaults)).toBeCloseTo(0.05 + 0.85 * 0.7310585786300049 * 0.5, 12);
  });

  it('has a ramp of its own, not the 20-minute threshold X of the commute flags', () => {
    const full = attritionProbability(55, 40, defaults) - defaults.baseRate;
    expect(attritionProbability(55, 10, defaults) - defaults.baseRate).toBeCloseTo(full / 2, 12);
    const longRamp = { ...defaults, rampMinutes: 40 };
    expect(attritionProbability(55, 10, longRamp) - defaults.baseRate).toBeCloseTo(full / 4, 12);
    expect(attritionProbability(55, 20, longRamp) - defaults.baseRate).toBeCloseTo(full / 2, 12);
    // Changing X in the scenario's commute parameters changes nothing here.
    const scenario = scenarioParametersSchema.parse({ commute: { addedMinutesThreshold: 5 } });
    expect(attritionProbability(55, 10, scenario.attrition)).toBe(attritionProbability(55, 10, defaults));
  });

  it('rises with the new commute and with the added minutes', () => {
    fc.assert(
      fc.property(risingCurve, minutes, minutes, fc.double({ min: 0, max: 100, noNaN: true }), (curve, newMinutes, added, step) => {
        const p = attritionProbability(newMinutes, added, curve);
        expect(attritionProbability(newMinutes + step, added, curve)).toBeGreaterThanOrEqual(p);
        expect(attritionProbability(newMinutes, added + step, curve)).toBeGreaterThanOrEqual(p);
      }),
    );
  });

  it('is a probability between the base rate and the maximum, for any curve in the schema ranges', () => {
    const anyCurve = fc.record({
      baseRate: fc.double({ min: 0, max: 1, noNaN: true }),
      maxRate: fc.double({ min: 0, max: 1, noNaN: true }),
      t50Minutes: fc.double({ min: 0, max: 240, noNaN: true }),
      slopeMinutes: fc.double({ min: 0.01, max: 120, noNaN: true }),
      rampMinutes: fc.double({ min: 0.01, max: 240, noNaN: true }),
    });
    fc.assert(
      fc.property(anyCurve, minutes, minutes, (curve, newMinutes, added) => {
        const p = attritionProbability(newMinutes, added, curve);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(p).toBeGreaterThanOrEqual(Math.min(curve.baseRate, curve.maxRate) - 1e-12);
        expect(p).toBeLessThanOrEqual(Math.max(curve.baseRate, curve.maxRate) + 1e-12);
      }),
    );
  });

  it('passes NaN through rather than inventing a probability', () => {
    expect(attritionProbability(NaN, 10, defaults)).toBeNaN();
    expect(attritionProbability(50, NaN, defaults)).toBeNaN();
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
    expect(() => attritionProbabilities(new Float64Array(3), new Float64Array(3), defaults, new Float64Array(2))).toThrow(RangeError);
  });
});
