import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SENSITIVITY_T50_MINUTES,
  RetentionInputError,
  attritionProbabilities,
  retentionSensitivity,
  simulateRetention,
} from '../../../src/engine/retention';
import { attritionParametersSchema } from '../../../src/schema/scenarioParameters';
import { randomCommuteInput } from './retentionFixtures';

const defaults = { ...attritionParametersSchema.parse({}), draws: 2000 };
const input = randomCommuteInput(5, 62, 17);

describe('retentionSensitivity', () => {
  it('runs T50 from 45 to 65 by default, each row the simulation with that T50', () => {
    const sensitivity = retentionSensitivity(input, defaults);
    expect(sensitivity.cancelled).toBe(false);
    expect(sensitivity.rows.map((row) => row.t50Minutes)).toEqual([45, 50, 55, 60, 65]);
    expect(DEFAULT_SENSITIVITY_T50_MINUTES).toEqual([45, 50, 55, 60, 65]);
    const middle = sensitivity.rows[2]!;
    const leaveProbabilities = attritionProbabilities(input.newMinutes, input.addedMinutes, defaults);
    const direct = simulateRetention({ ...input, leaveProbabilities }, defaults);
    expect(middle.expectedHeadcountRetained).toBe(direct.expectedHeadcountRetained);
    expect(middle.headcountRetainedP10).toBe(direct.headcountRetainedP10);
    expect(middle.competencesAtRisk).toEqual(direct.competencesAtRisk);
    expect(middle.exactExpectedHeadcountRetained).toBeCloseTo(
      Array.from(leaveProbabilities).reduce((sum, p) => sum + 1 - p, 0),
      10,
    );
  });

  it('keeps at least as many people, and no more competences at risk, as T50 grows (common random numbers)', () => {
    const t50Values = [30, 40, 45, 50, 55, 60, 65, 80];
    const { rows } = retentionSensitivity(input, defaults, t50Values);
    for (let v = 1; v < rows.length; v++) {
      const before = rows[v - 1]!;
      const after = rows[v]!;
      expect(after.expectedHeadcountRetained).toBeGreaterThanOrEqual(before.expectedHeadcountRetained);
      expect(after.headcountRetainedP10).toBeGreaterThanOrEqual(before.headcountRetainedP10);
      expect(after.exactExpectedHeadcountRetained).toBeGreaterThanOrEqual(
        before.exactExpectedHeadcountRetained - 1e-12,
      );
      for (const id of after.competencesAtRisk) expect(before.competencesAtRisk).toContain(id);
    }
    // The curve really moves the figures over this range.
    expect(rows.at(-1)!.expectedHeadcountRetained).toBeGreaterThan(rows[0]!.expectedHeadcountRetained);
  });

  it('reports progress across all T50 values and returns only the finished rows when cancelled', () => {
    const fractions: number[] = [];
    retentionSensitivity(input, defaults, [50, 60], { onProgress: (f) => fractions.push(f) });
    expect(fractions[0]).toBeCloseTo(0.25, 12);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, k) => k === 0 || f >= fractions[k - 1]!)).toBe(true);

    const signal = { aborted: false };
    const partial = retentionSensitivity(input, defaults, [45, 55, 65], {
      signal,
      onProgress: (fraction) => {
        if (fraction > 0.4) signal.aborted = true;
      },
    });
    expect(partial.cancelled).toBe(true);
    expect(partial.rows.map((row) => row.t50Minutes)).toEqual([45]);
  });

  it('rejects commutes that are not numbers or of the wrong length', () => {
    expect(() => retentionSensitivity({ ...input, addedMinutes: new Float64Array(3) }, defaults)).toThrow(
      RetentionInputError,
    );
    const nanMinutes = Float64Array.from(input.newMinutes);
    nanMinutes[4] = NaN;
    expect(() => retentionSensitivity({ ...input, newMinutes: nanMinutes }, defaults)).toThrow(RetentionInputError);
  });
});
