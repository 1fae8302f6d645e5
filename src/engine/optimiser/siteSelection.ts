import type { OptimiserOptions } from './optimiserOptions';
import { optimiserError, type OptimiserFailure, type OptimiserWarning } from './optimiserTypes';

/** Which sites a run may choose and how many: required first, then the free ones. */
export interface SiteSelection {
  readonly required: Int32Array;
  /** Allowed sites that are not required, ascending. */
  readonly free: Int32Array;
  /** |S| of every evaluated set (≥ required.length). */
  readonly setSize: number;
  readonly warnings: readonly OptimiserWarning[];
}

/**
 * Checks p, required and excluded sites against the site count. `usefulSites` caps the set
 * size where more sites cannot help (the median: required + one per function).
 */
export function siteSelection(
  siteCount: number,
  options: OptimiserOptions,
  usefulSites = Infinity,
): SiteSelection | OptimiserFailure {
  const { p } = options;
  if (!Number.isInteger(p) || p < 1) return optimiserError('invalidP', { p });
  for (const [field, list] of [
    ['requiredSites', options.requiredSites],
    ['excludedSites', options.excludedSites],
  ] as const) {
    for (const site of list) {
      if (site < 0 || site >= siteCount) return optimiserError('siteOutOfRange', { field, site, siteCount });
    }
  }
  const excluded = new Uint8Array(siteCount);
  for (const site of options.excludedSites) excluded[site] = 1;
  const required = [...new Set(options.requiredSites)].sort((a, b) => a - b);
  for (const site of required) {
    if (excluded[site]) return optimiserError('requiredSiteExcluded', { site });
  }
  if (required.length > p) return optimiserError('tooManyRequiredSites', { required: required.length, p });
  const isRequired = new Uint8Array(siteCount);
  for (const site of required) isRequired[site] = 1;
  const free: number[] = [];
  for (let j = 0; j < siteCount; j++) if (!excluded[j] && !isRequired[j]) free.push(j);
  const allowed = free.length + required.length;
  if (allowed === 0) return optimiserError('noAllowedSite', { siteCount });
  const warnings: OptimiserWarning[] = [];
  if (allowed < p) warnings.push({ code: 'fewerAllowedSitesThanP', params: { p, allowed } });
  const setSize = Math.max(required.length, Math.min(p, allowed, usefulSites));
  return { required: Int32Array.from(required), free: Int32Array.from(free), setSize, warnings };
}
