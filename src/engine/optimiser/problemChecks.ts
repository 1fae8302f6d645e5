import { optimiserError, type OptimiserFailure } from './optimiserTypes';

/** Input checks shared by the problem constructors: sizes and number ranges, as typed errors. */

export function checkCount(name: string, value: number): OptimiserFailure | null {
  return Number.isInteger(value) && value >= 0
    ? null
    : optimiserError('invalidNumber', { field: name, index: -1, value });
}

export function checkLength(name: string, values: ArrayLike<number>, expected: number): OptimiserFailure | null {
  return values.length === expected
    ? null
    : optimiserError('matrixSize', { field: name, expected, received: values.length });
}

/** Every value finite and ≥ 0 (or, with `allowInfinity`, +Infinity too). */
export function checkNonNegative(
  name: string,
  values: ArrayLike<number>,
  allowInfinity = false,
): OptimiserFailure | null {
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    const ok = value >= 0 && (Number.isFinite(value) || (allowInfinity && value === Infinity));
    if (!ok) return optimiserError('invalidNumber', { field: name, index: k, value: String(value) });
  }
  return null;
}
