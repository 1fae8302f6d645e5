import type { ImportProblemCode } from './importProblem';

export type CellRead<T> =
  { ok: true; value: T } | { ok: false; code: ImportProblemCode; params: Record<string, string | number> };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const bad = (code: ImportProblemCode, value: string): CellRead<never> => ({ ok: false, code, params: { value } });

/**
 * A number as Swedish or English spreadsheets write it: decimal comma or point, spaces
 * (also no-break ones) as thousands separators, a Unicode minus. `1.234,5` and `1,234.5`
 * are refused as ambiguous.
 */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function readNumber(raw: string): CellRead<number> {
  if (PLAIN_NUMBER.test(raw)) return ok(Number(raw.replace(',', '.')));
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(compact)) return bad('not-a-number', raw);
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? ok(value) : bad('not-a-number', raw);
}

export function readInteger(raw: string): CellRead<number> {
  const read = readNumber(raw);
  if (!read.ok) return bad('not-an-integer', raw);
  return Number.isInteger(read.value) ? read : bad('not-an-integer', raw);
}

/** A fraction, also written as a percentage (`80 %` is 0.8). */
export function readFraction(raw: string): CellRead<number> {
  const percent = /%\s*$/.test(raw);
  const read = readNumber(percent ? raw.replace(/%\s*$/, '') : raw);
  if (!read.ok) return bad('not-a-number', raw);
  return percent ? ok(read.value / 100) : read;
}

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const FALSE_WORDS = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);

/** Yes or no: ja/nej, yes/no, true/false (and Swedish Excel's SANT/FALSKT), 1/0. */
export function readBoolean(raw: string): CellRead<boolean> {
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return bad('not-a-boolean', raw);
}

/** An ISO date `YYYY-MM-DD` (Swedish spreadsheets show dates this way); a midnight time is dropped. */
export function readDate(raw: string): CellRead<string> {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00)?)?$/.exec(raw.trim());
  if (!match) return bad('not-a-date', raw);
  const date = match[1]!;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date
    ? ok(date)
    : bad('not-a-date', raw);
}
