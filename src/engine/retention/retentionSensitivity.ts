import type { AttritionParameters } from '../../schema/scenarioParameters';
import { attritionProbabilities } from './attritionProbability';
import { checkRetentionCommuteInput, type RetentionCommuteInput } from './retentionInput';
import {
  DEFAULT_SENSITIVITY_T50_MINUTES,
  type RetentionOptions,
  type RetentionSensitivity,
  type RetentionSensitivityRow,
} from './retentionTypes';
import { simulateRetention } from './simulateRetention';

/**
 * Sensitivity to T50 (T50 from 45 to 65 minutes; docs/retention.md): for each T50 the
 * leave probabilities are recomputed from the commutes and the whole simulation re-run with the
 * same seed. The same uniforms are reused for every T50 (common random numbers), so in each
 * draw a later T50 — lower probabilities of leaving — keeps at least as many people: the rows
 * differ by the curve, not by noise. Progress runs 0–1 over all T50 values; when cancelled,
 * only the finished rows are returned.
 */
export function retentionSensitivity(
  input: RetentionCommuteInput,
  params: AttritionParameters,
  t50Values: readonly number[] = DEFAULT_SENSITIVITY_T50_MINUTES,
  options: RetentionOptions = {},
): RetentionSensitivity {
  checkRetentionCommuteInput(input);
  const rows: RetentionSensitivityRow[] = [];
  const leaveProbabilities = new Float64Array(input.newMinutes.length);
  for (let v = 0; v < t50Values.length; v++) {
    const t50Minutes = t50Values[v]!;
    const curve = { ...params, t50Minutes };
    attritionProbabilities(input.newMinutes, input.addedMinutes, curve, leaveProbabilities, input.retiring);
    const onProgress = options.onProgress;
    const result = simulateRetention({ ...input, leaveProbabilities }, curve, {
      ...options,
      ...(onProgress ? { onProgress: (fraction: number) => onProgress((v + fraction) / t50Values.length) } : {}),
    });
    if (result.cancelled) return { rows, cancelled: true };
    rows.push({
      t50Minutes,
      expectedHeadcountRetained: result.expectedHeadcountRetained,
      headcountRetainedP10: result.headcountRetainedP10,
      exactExpectedHeadcountRetained: result.exactExpectedHeadcountRetained,
      competencesAtRisk: result.competencesAtRisk,
    });
  }
  return { rows, cancelled: false };
}
