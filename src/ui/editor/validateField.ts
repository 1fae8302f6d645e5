import type { z } from 'zod';

/** Why a value is refused: a `workspace.reason.*` key and its parameters. */
export interface FieldProblem {
  reason: 'tooSmall' | 'tooSmallExclusive' | 'tooBig' | 'tooBigExclusive' | 'integer' | 'number' | 'other';
  limit?: number;
}

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

/**
 * Validates one field by the zod schema of its whole section (so cross-field rules apply too):
 * the section with the field replaced must parse. Returns the parsed section, or the reason the
 * field's value is refused.
 */
export function validateField<T extends object>(
  schema: z.ZodType<T>,
  section: T,
  key: string,
  value: unknown,
): FieldCheck<T> {
  const parsed = schema.safeParse({ ...section, [key]: value });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues.find((i) => i.path[0] === key) ?? parsed.error.issues[0];
  return { ok: false, problem: problemOf(issue) };
}

function problemOf(issue: z.core.$ZodIssue | undefined): FieldProblem {
  if (!issue) return { reason: 'other' };
  switch (issue.code) {
    case 'too_small':
      return { reason: issue.inclusive === false ? 'tooSmallExclusive' : 'tooSmall', limit: Number(issue.minimum) };
    case 'too_big':
      return { reason: issue.inclusive === false ? 'tooBigExclusive' : 'tooBig', limit: Number(issue.maximum) };
    case 'invalid_type':
      return { reason: issue.expected === 'int' ? 'integer' : issue.expected === 'number' ? 'number' : 'other' };
    default:
      return { reason: 'other' };
  }
}

/** Reads a number typed in either language (`2,5` or `2.5`, spaces as digit grouping); NaN if none. */
export function parseNumberText(text: string): number {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace('\u2212', '-');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}
