/** C(n, k) as a float (exact below 2^53), Infinity when it overflows. */
export function combinationCount(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const r = Math.min(k, n - k);
  let count = 1;
  for (let t = 1; t <= r; t++) count = (count * (n - r + t)) / t;
  return Math.round(count);
}
