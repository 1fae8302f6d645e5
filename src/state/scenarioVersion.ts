import { textHash } from '../engine/textHash';
import type { Scenario } from '../schema/scenario';

/** JSON with object keys sorted, so equal scenarios give equal text whatever the edit order. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/** A scenario's text as 14 hex digits (cyrb53). */
function hashText(text: string): string {
  return textHash(text).toString(16).padStart(14, '0');
}

/**
 * The version of a scenario's result: the dataset loaded (a counter per load) and the
 * scenario's content that the engine reads (its name and description do not change results,
 * so renaming does not recompute; nor do the economic assumptions). A result is current only while its key equals this.
 */
export function evaluationKey(datasetVersion: number, scenario: Scenario): string {
  // Economic assumptions are applied to a finished evaluation (src/engine/economics), so editing them recomputes nothing.
  const { name: _name, description: _description, economics: _economics, ...computed } = scenario;
  return `${datasetVersion}:${hashText(stableStringify(computed))}`;
}
