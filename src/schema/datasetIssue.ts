import type { z } from 'zod';
import { datasetCollections, type DatasetEntity } from './dataset';

/**
 * A problem found in a dataset: which entity, which id, which field, and why (a code with
 * parameters; the text in each language lives in src/i18n). Warnings become errors in strict mode.
 */
export interface DatasetIssue {
  severity: 'error' | 'warning';
  entity: DatasetEntity;
  /** The entity's id, where it has one that could be read. */
  id: string | null;
  /** Dotted path inside the entity, e.g. `home.lat`, `requirements.2.competenceId`. */
  field: string;
  code: DatasetIssueCode;
  params: Record<string, string | number>;
}

export type DatasetIssueCode =
  // Shape (from zod)
  | 'required'
  | 'invalid-type'
  | 'too-small'
  | 'too-big'
  | 'invalid-format'
  | 'invalid-value'
  | 'unknown-field'
  | 'invalid'
  // Cross-references and sums
  | 'duplicate-id'
  | 'unknown-reference'
  | 'reports-to-loop'
  | 'outside-region'
  | 'shares-not-one'
  | 'member-figure-missing'
  | 'wrong-siting'
  | 'locality-in-other-municipality'
  | 'date-after-reference'
  // Economic inputs
  | 'end-before-start'
  | 'horizon-before-reference'
  | 'phase-longer-than-horizon'
  | 'period-end-before-start'
  | 'periods-overlap'
  | 'birth-year-differs'
  | 'too-many-exemptions'
  | 'position-to-recruit-missing'
  // Retained positions and the data centre (docs/retained-positions.md)
  | 'not-a-member'
  | 'not-a-server-room'
  | 'retained-inactive'
  // Declared figures (warnings)
  | 'positions-differ'
  | 'managers-differ'
  | 'it-staff-differ';

const entityOfCollection = (key: unknown): DatasetEntity =>
  typeof key === 'string' && key in datasetCollections
    ? datasetCollections[key as keyof typeof datasetCollections]
    : 'dataset';

function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Turns zod's issues on a raw dataset into issues that name entity, id and field. */
export function issuesFromZod(error: z.ZodError, raw: unknown): DatasetIssue[] {
  return error.issues.map((issue): DatasetIssue => {
    const path = issue.path;
    const collection = path[0];
    const inCollection = typeof path[1] === 'number' && entityOfCollection(collection) !== 'dataset';
    const entity = inCollection ? entityOfCollection(collection) : 'dataset';
    const entityValue = inCollection ? valueAt(raw, path.slice(0, 2)) : undefined;
    const rawId = entityValue && typeof entityValue === 'object' ? (entityValue as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' ? rawId : inCollection ? `#${Number(path[1]) + 1}` : null;
    const fieldPath = (inCollection ? path.slice(2) : path).map(String);
    const received = valueAt(raw, path);
    const base = { severity: 'error' as const, entity, id, field: fieldPath.join('.') };
    switch (issue.code) {
      case 'invalid_type':
        return received === undefined
          ? { ...base, code: 'required' as const, params: {} }
          : {
              ...base,
              code: 'invalid-type' as const,
              params: { expected: String(issue.expected), received: describeReceived(received) },
            };
      case 'too_small':
        return {
          ...base,
          code: 'too-small' as const,
          params: { minimum: String(issue.minimum), received: String(received) },
        };
      case 'too_big':
        return {
          ...base,
          code: 'too-big' as const,
          params: { maximum: String(issue.maximum), received: String(received) },
        };
      case 'invalid_format':
        return {
          ...base,
          code: 'invalid-format' as const,
          params: {
            format: issue.format === 'regex' ? issue.message : String(issue.format),
            received: String(received),
          },
        };
      case 'invalid_value':
        return {
          ...base,
          code: 'invalid-value' as const,
          params: { allowed: issue.values.map(String).join(', '), received: String(received) },
        };
      case 'unrecognized_keys':
        return {
          ...base,
          field: [...fieldPath, issue.keys.join(',')].filter(Boolean).join('.'),
          code: 'unknown-field' as const,
          params: { keys: issue.keys.join(', ') },
        };
      default:
        return { ...base, code: 'invalid' as const, params: { detail: issue.message } };
    }
  });
}
