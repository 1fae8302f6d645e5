import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import type { CliCommand, CliIo } from '../command';
import type { AssignmentMatrixIssue } from '../../schema/assignmentMatrix';
import type { AssignmentSolution } from '../../engine/assignment/assignmentProblem';
import { solveAssignment } from '../../engine/assignment/solveAssignment';
import { scanAssignmentMatrix } from '../../io/assignmentMatrixBytes';
import { type AssignmentSolverMessageKey, assignmentSolverMessages } from '../../i18n/assignmentSolver';

type Params = Record<string, string | number>;

function translator(lang: CliIo['lang']): (key: AssignmentSolverMessageKey, params?: Params) => string {
  const messages = assignmentSolverMessages[lang];
  return (key, params = {}) => messages[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** `values[3][2]` from a zod path. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out === '' ? '' : '.'}${String(part)}`;
  return out === '' ? '(root)' : out;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function describeValue(value: unknown): string {
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : Array.isArray(value)
        ? '[…]'
        : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function reasonFor(issue: z.core.$ZodIssue, input: unknown, t: ReturnType<typeof translator>): string {
  const params = (issue as { params?: Params }).params ?? {};
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined) return t('reason.missing');
      const isCell = issue.path.length === 3 && issue.path[0] === 'values';
      const expected = isCell ? 'type.cell' : (`type.${issue.expected}` as AssignmentSolverMessageKey);
      const known = expected in assignmentSolverMessages.en;
      return t('reason.invalid-type', {
        expected: known ? t(expected) : issue.expected,
        received: describeValue(value),
      });
    }
    case 'too_small':
      return t('reason.too-small', { minimum: String(issue.minimum) });
    case 'unrecognized_keys':
      return t('reason.unknown-field', { keys: issue.keys.join(', ') });
    case 'custom':
      if (issue.message === 'row-count' || issue.message === 'row-length') return t(`reason.${issue.message}`, params);
      return t('reason.invalid');
    default:
      return t('reason.invalid');
  }
}

function cellReason(issue: AssignmentMatrixIssue, t: ReturnType<typeof translator>): string {
  const params = issue.params as Params;
  switch (issue.code) {
    case 'row-count':
    case 'row-length':
      return t(`reason.${issue.code}`, params);
    case 'not-a-list':
      return t('reason.invalid-type', { expected: t('type.array'), received: describeValue(issue.value) });
    case 'not-a-cell':
      return t('reason.invalid-type', { expected: t('type.cell'), received: describeValue(issue.value) });
  }
}

/**
 * `solve-assignment --matrix FILE [--maximise]`: solves the assignment in a JSON matrix file
 * `{"rows": n, "cols": m, "values": number[][]}` (`null` = forbidden pair; minimised unless
 * `--maximise`) and prints `{"assignment": [column or -1 per row], "total": n}`. A file that
 * cannot be read or does not validate exits 1 with one line per problem, naming the field.
 */
export const solveAssignmentCommand: CliCommand = async (args, io) => {
  const t = translator(io.lang);
  let options: { matrix?: string; maximise?: boolean };
  try {
    options = parseArgs({
      args,
      options: { matrix: { type: 'string' }, maximise: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.err(`${t('error.arguments', { detail: (error as Error).message })}\n${t('usage')}`);
    return 2;
  }
  const file = options.matrix;
  if (file === undefined || file === '') {
    io.err(`${t('error.missing-matrix')}\n${t('usage')}`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.err(t('error.read', { file, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
    return 1;
  }
  const maximise = options.maximise === true;
  const plain = scanAssignmentMatrix(bytes);
  if (plain !== null) {
    // A valid file in the usual shape, read without building JS arrays (docs/performance.md).
    const { rows, cols, values, allowed } = plain;
    printSolution(
      io,
      solveAssignment(allowed ? { rows, cols, values, allowed, maximise } : { rows, cols, values, maximise }),
    );
    return 0;
  }
  // Anything else takes the ordinary path, which names the field and the reason of a problem.
  const text = bytes.toString('utf8');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    io.err(t('error.json', { file, detail: (error as Error).message }));
    return 1;
  }
  // zod is loaded only here: the plain case above does without it (start-up, docs/performance.md).
  const { assignmentMatrixCells, assignmentMatrixSchema } = await import('../../schema/assignmentMatrix');
  const parsed = assignmentMatrixSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      io.err(t('error.field', { file, field: fieldName(issue.path), reason: reasonFor(issue, input, t) }));
    }
    return 1;
  }
  const cells = assignmentMatrixCells(parsed.data);
  if (!cells.ok) {
    for (const issue of cells.issues)
      io.err(t('error.field', { file, field: fieldName(issue.path), reason: cellReason(issue, t) }));
    return 1;
  }
  const { rows, cols } = parsed.data;
  printSolution(
    io,
    solveAssignment(
      cells.allowed
        ? { rows, cols, values: cells.values, allowed: cells.allowed, maximise }
        : { rows, cols, values: cells.values, maximise },
    ),
  );
  return 0;
};

function printSolution(io: CliIo, solution: AssignmentSolution): void {
  io.out(JSON.stringify({ assignment: Array.from(solution.rowToCol), total: solution.total }));
}
