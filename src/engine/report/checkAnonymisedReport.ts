import { anonymisedReportSchema, type AnonymisedReport } from '../../schema/anonymisedReport';
import { AnonymisationError, auditPublishedReport, MIN_K, type PublishedReport } from '../anonymisation';
import { topicLowerBounds, topicRelations } from './reportRelations';

export type ReportProblemCode =
  | 'invalid-json'
  | 'schema'
  | 'person-id'
  | 'personal-token'
  | 'date'
  | 'coordinate'
  | 'cell-below-k'
  | 'k-below-required'
  | 'home-area-unknown'
  | 'inconsistent-tables'
  | 'recoverable-cell';

/** A problem names the place and the reason, never the offending text (it may be personal). */
export interface ReportProblem {
  /** Where in the file, e.g. `tables[3].cells[1][2]` (`$` for the whole file). */
  readonly path: string;
  readonly code: ReportProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface ReportCheckOptions {
  /** The k the reader requires; the file's own k must be at least this. Default: the file's. */
  readonly k?: number;
  /** Strings that must not occur (see personalTokens.ts); without them, id and date patterns only. */
  readonly personalTokens?: readonly string[];
}

export interface ReportCheckResult {
  readonly ok: boolean;
  readonly problems: readonly ReportProblem[];
  /** The parsed report when the schema accepted the file. */
  readonly report: AnonymisedReport | null;
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
/** Person ids of the default data's kind (`p001`), looked for when no tokens are given. */
const PERSON_ID = /(^|[^a-z0-9])p\d{3,}($|[^a-z0-9])/i;
/** A number with more than three decimals outside the home-area polygons looks like a coordinate. */
const MAX_DECIMALS = 3;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function decimals(value: number): number {
  const text = String(value);
  if (text.includes('e')) return Number.isInteger(value) ? 0 : Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * Proves a report file holds nothing personal and nothing recoverable (SPEC §8):
 * 1. the strict schema (no unknown keys anywhere, counts are non-negative integers);
 * 2. a scan of every key and value of the raw JSON: no person id (the given tokens, else the
 *    `p123` pattern), no name, salary or home coordinate among the tokens, no ISO date, no
 *    number with lat/lon precision (> 3 decimals) and no {lat, lon} object except the corners
 *    of the home-area polygons;
 * 3. every published cell (totals included, home areas included) counts at least k, and every
 *    home area is a row of the homes table (so its count is checked too);
 * 4. the exact audit of the tables with their links, then again with the relations between
 *    tables (those their topics imply, and those the file declares): no suppressed cell can
 *    be recovered.
 * The scan runs even when the schema fails, so a malformed file is still searched.
 */
export function checkAnonymisedReport(json: unknown, options: ReportCheckOptions = {}): ReportCheckResult {
  const problems: ReportProblem[] = [];
  let raw = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json) as unknown;
    } catch (error) {
      return { ok: false, report: null, problems: [{ path: '$', code: 'invalid-json', params: { reason: (error as Error).message } }] };
    }
  }
  const tokens = (options.personalTokens ?? []).filter((token) => token.length > 0);
  const scanner: Scanner = {
    tokens: new Set(tokens),
    patterns: tokens.map((token) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(token)}($|[^\\p{L}\\p{N}])`, 'iu')),
    problems,
  };
  scan(raw, '$', false, scanner);

  const parsed = anonymisedReportSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      problems.push({ path: formatPath(issue.path), code: 'schema', params: { reason: issue.message } });
    }
    return { ok: false, report: null, problems };
  }
  const report = parsed.data;
  const k = report.parameters.k;
  if (options.k !== undefined && k < Math.max(options.k, MIN_K)) {
    problems.push({ path: '$.parameters.k', code: 'k-below-required', params: { k, required: options.k } });
  }
  report.tables.forEach((table, t) => {
    const below = (value: number | null, path: string): void => {
      if (value !== null && value < k) problems.push({ path, code: 'cell-below-k', params: { tableId: table.id, count: value, k } });
    };
    table.cells.forEach((row, r) => row.forEach((value, c) => below(value, `$.tables[${t}].cells[${r}][${c}]`)));
    table.rowTotals.forEach((value, r) => below(value, `$.tables[${t}].rowTotals[${r}]`));
    table.columnTotals.forEach((value, c) => below(value, `$.tables[${t}].columnTotals[${c}]`));
    below(table.grandTotal, `$.tables[${t}].grandTotal`);
  });
  const homeRows = new Set(report.tables.filter((t) => t.topic === 'homeAreas').flatMap((t) => t.rowIds));
  report.homeAreas.forEach((area, i) => {
    if (!homeRows.has(area.rowId)) problems.push({ path: `$.homeAreas[${i}].rowId`, code: 'home-area-unknown', params: { rowId: area.rowId } });
  });

  try {
    // Everything a reader knows: the tables, their links, the relations the tables' topics
    // imply (whatever the file declares) and the declared ones, and the home areas' bound.
    const declared = report.relations.map((r) => ({
      terms: r.terms.map(({ coefficient, ...cell }) => ({ cell, coefficient })),
    }));
    const audit = auditPublishedReport(publishedReportOf(report), {
      relations: [...topicRelations(report.tables), ...declared],
      lowerBounds: topicLowerBounds(report.tables, k),
    });
    for (const cell of audit.exposed) {
      const t = report.tables.findIndex((table) => table.id === cell.tableId);
      problems.push({
        path: `$.tables[${t}]`,
        code: 'recoverable-cell',
        params: { tableId: cell.tableId, row: cell.row ?? 'total', column: cell.column ?? 'total', value: cell.min },
      });
    }
  } catch (error) {
    if (!(error instanceof AnonymisationError)) throw error;
    problems.push({ path: '$.tables', code: 'inconsistent-tables', params: { reason: error.code, ...error.params } });
  }
  return { ok: problems.length === 0, report, problems };
}

/** The tables and links of a report file as the audit reads them. */
export function publishedReportOf(report: AnonymisedReport): PublishedReport {
  return {
    tables: report.tables.map((t) => ({
      id: t.id,
      rowIds: t.rowIds,
      columnIds: t.columnIds,
      cells: t.cells,
      rowTotals: t.rowTotals,
      columnTotals: t.columnTotals,
      grandTotal: t.grandTotal,
    })),
    links: report.links,
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

interface Scanner {
  readonly tokens: ReadonlySet<string>;
  /** One whole-word, case-insensitive pattern per token. */
  readonly patterns: readonly RegExp[];
  readonly problems: ReportProblem[];
}

function scanString(text: string, path: string, { patterns, problems }: Scanner): void {
  if (ISO_DATE.test(text)) problems.push({ path, code: 'date', params: {} });
  if (patterns.length === 0 && PERSON_ID.test(text)) problems.push({ path, code: 'person-id', params: {} });
  if (patterns.some((pattern) => pattern.test(text))) problems.push({ path, code: 'personal-token', params: {} });
}

/** Walks the raw JSON; `inPolygon` is true inside `homeAreas[i].polygon`, where corners belong. */
function scan(value: unknown, path: string, inPolygon: boolean, scanner: Scanner): void {
  const { problems } = scanner;
  if (typeof value === 'string') {
    scanString(value, path, scanner);
  } else if (typeof value === 'number') {
    if (scanner.tokens.has(String(value))) problems.push({ path, code: 'personal-token', params: {} });
    if (!inPolygon && decimals(value) > MAX_DECIMALS) problems.push({ path, code: 'coordinate', params: {} });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => scan(item, `${path}[${i}]`, inPolygon, scanner));
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const keys = new Set(entries.map(([key]) => key));
    if (!inPolygon && (keys.has('lat') || keys.has('lon') || keys.has('latitude') || keys.has('longitude'))) {
      problems.push({ path, code: 'coordinate', params: {} });
    }
    for (const [key, item] of entries) {
      const child = `${path}.${key}`;
      scanString(key, child, scanner);
      const polygon = inPolygon || (key === 'polygon' && /^\$\.homeAreas\[\d+\]$/.test(path));
      scan(item, child, polygon, scanner);
    }
  }
}
