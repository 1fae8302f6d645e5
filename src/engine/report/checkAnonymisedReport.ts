import { anonymisedReportSchema, type AnonymisedReport } from '../../schema/anonymisedReport';
import type { FixedAreas } from '../../schema/fixedAreas';
import { AnonymisationError, auditDisclosure, MIN_K, type PublishedReport } from '../anonymisation';
import { topicLowerBounds, topicRelations } from './reportRelations';

export type ReportProblemCode =
  | 'invalid-json'
  | 'schema'
  | 'person-id'
  | 'personal-token'
  | 'birth-year'
  | 'age'
  | 'date'
  | 'coordinate'
  | 'polygon'
  | 'cell-below-k'
  | 'k-below-required'
  | 'home-area-unknown'
  | 'figure-unknown-cell'
  | 'inconsistent-tables'
  | 'recoverable-cell';

/** A problem names the place and the reason, never the offending text (it may be personal). */
export interface ReportProblem {
  /** Where in the file, e.g. `tables[3].cells[1][2]` (`$` for the whole file). */
  readonly path: string;
  readonly code: ReportProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A latitude/longitude box. */
export interface RegionBox {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLon: number;
  readonly maxLon: number;
}

export interface ReportCheckOptions {
  /** The k the reader requires; the file's own k must be at least this. Default: the file's. */
  readonly k?: number;
  /** Strings that must not occur (see personalTokens.ts); without them, id and date patterns only. */
  readonly personalTokens?: readonly string[];
  /** The people's birth years (with the dataset): none may appear outside the count tables. */
  readonly birthYears?: readonly number[];
  /** The region where a pair of numbers would be a place; default: the fixed areas', else Sweden's. */
  readonly region?: RegionBox;
  /** The published fixed geography: the only polygons a report may hold, and its area ids. */
  readonly areas?: FixedAreas;
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
/** Words that introduce a birth date, a birth year or an age. */
const BIRTH_WORDS = /(^|[^\p{L}])(född|födda|födelseår|födelsedatum|born|birth\w*)\s*:?\s*(år\s*)?\d/iu;
const AGE_WORDS =
  /((^|[^\p{L}])(ålder|age[ds]?|aged)\s*:?\s*\d)|(\d+\s*(år|years?)\s*(gammal|gamla|old)(?![\p{L}]))|((^|[^\p{N}])\d{2}\s*år(?![\p{L}]))/iu;
/** Key words of fields that would hold personal data. */
const PERSONAL_KEY_WORDS = new Set([
  'birth',
  'birthyear',
  'birthdate',
  'born',
  'dob',
  'age',
  'ages',
  'alder',
  'ålder',
  'fodd',
  'född',
  'fodelsear',
  'födelseår',
  'salary',
  'lon',
  'lat',
  'latitude',
  'longitude',
  'home',
  'homes',
  'coordinates',
  'coordinate',
  'polygon',
  'geometry',
  'person',
  'personid',
  'personids',
  'title',
  'titles',
  'name',
  'names',
]);
/** Keys that are the report's own and may hold `name`. */
const ALLOWED_NAME_PATHS = /^\$\.parameters\.(scenarios\[\d+\]|datasetName)/;
const SWEDEN: RegionBox = { minLat: 55, maxLat: 69.1, minLon: 10.9, maxLon: 24.2 };

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function decimals(value: number): number {
  const text = String(value);
  if (text.includes('e')) return Number.isInteger(value) ? 0 : Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The words of a key: `tableFingerprints` → table, fingerprints; `birth_year` → birth, year. */
function keyWords(key: string): string[] {
  const words = key
    .split(/(?=[A-Z])|[^\p{L}\p{N}]+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 0);
  return [...words, key.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')];
}

function regionOf(options: ReportCheckOptions): RegionBox {
  if (options.region) return options.region;
  if (!options.areas) return SWEDEN;
  let box = { minLat: Infinity, maxLat: -Infinity, minLon: Infinity, maxLon: -Infinity };
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      box = {
        minLat: Math.min(box.minLat, c[1]),
        maxLat: Math.max(box.maxLat, c[1]),
        minLon: Math.min(box.minLon, c[0]),
        maxLon: Math.max(box.maxLon, c[0]),
      };
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of options.areas.features) visit(f.geometry.coordinates);
  // A margin of about 50 km: a pair just outside the areas is still a place in the region.
  return { minLat: box.minLat - 0.5, maxLat: box.maxLat + 0.5, minLon: box.minLon - 0.9, maxLon: box.maxLon + 0.9 };
}

/**
 * Proves a report file holds nothing personal and nothing a reader can work out (see
 * docs/anonymisation.md):
 * 1. the strict schema (no unknown keys anywhere, counts are non-negative integers);
 * 2. a scan of every key and value of the raw JSON, even when the schema fails: no person id
 *    (the given tokens, else the `p123` pattern), name, current title, salary or employment
 *    date among the tokens; no birth year of the dataset outside the count tables, no words
 *    giving a birth year or an age, no key naming a personal field; no ISO date; no number
 *    that looks like a coordinate (three or more decimals, or a pair of numbers that is a
 *    place in the region) and no polygon other than exactly a published fixed area;
 * 3. every published cell counts at least k, every home area is a row of the homes table and
 *    a known fixed area, every overall figure of people is a cell of a table;
 * 4. the disclosure audit of the tables with their links, the relations their topics imply,
 *    the public position plan and the rows' existence: no hidden cell and no sum of hidden
 *    cells along a row, column or relation is a derivable group of 1 … k − 1 people.
 */
export function checkAnonymisedReport(json: unknown, options: ReportCheckOptions = {}): ReportCheckResult {
  const problems: ReportProblem[] = [];
  let raw = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json) as unknown;
    } catch (error) {
      return {
        ok: false,
        report: null,
        problems: [{ path: '$', code: 'invalid-json', params: { reason: (error as Error).message } }],
      };
    }
  }
  const tokens = (options.personalTokens ?? []).filter((token) => token.length > 0);
  const fixedRings = new Set<string>();
  for (const feature of options.areas?.features ?? []) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) fixedRings.add(JSON.stringify(ring));
  }
  const scanner: Scanner = {
    tokens: new Set(tokens),
    patterns: tokens.map((token) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(token)}($|[^\\p{L}\\p{N}])`, 'iu')),
    birthYears: new Set(options.birthYears ?? []),
    birthYearPatterns: (options.birthYears ?? []).map((year) => new RegExp(`(^|[^\\p{N}])${year}($|[^\\p{N}])`, 'u')),
    region: regionOf(options),
    fixedRings,
    problems,
  };
  scan(raw, '$', scanner);

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
      if (value !== null && value < k)
        problems.push({ path, code: 'cell-below-k', params: { tableId: table.id, count: value, k } });
    };
    table.cells.forEach((row, r) => row.forEach((value, c) => below(value, `$.tables[${t}].cells[${r}][${c}]`)));
    table.rowTotals.forEach((value, r) => below(value, `$.tables[${t}].rowTotals[${r}]`));
    table.columnTotals.forEach((value, c) => below(value, `$.tables[${t}].columnTotals[${c}]`));
    below(table.grandTotal, `$.tables[${t}].grandTotal`);
  });
  const homeRows = new Set(report.tables.filter((t) => t.topic === 'homeAreas').flatMap((t) => t.rowIds));
  const areaIds = options.areas ? new Set(options.areas.features.map((f) => f.properties.id)) : null;
  report.homeAreas.forEach((area, i) => {
    if (!homeRows.has(area.rowId) || (areaIds !== null && !areaIds.has(area.areaId))) {
      problems.push({ path: `$.homeAreas[${i}]`, code: 'home-area-unknown', params: { rowId: area.rowId } });
    }
  });
  report.overall.forEach((scenario, s) => {
    scenario.figures.forEach((figure, f) => {
      if (figure.unit !== 'people' || figure.cell === null) return;
      const table = report.tables.find((t) => t.id === figure.cell!.tableId);
      const ok =
        table &&
        (figure.cell.row === null || table.rowIds.includes(figure.cell.row)) &&
        (figure.cell.column === null || table.columnIds.includes(figure.cell.column));
      if (!ok)
        problems.push({
          path: `$.overall[${s}].figures[${f}]`,
          code: 'figure-unknown-cell',
          params: { id: figure.id },
        });
    });
  });

  try {
    // Everything a reader knows: the tables, their links, the relations the tables' topics
    // and the stated position plan imply (whatever the file declares), the declared ones, and
    // that a row or column of a municipality or an outside status holds someone.
    const declared = report.relations.map((r) => ({
      terms: r.terms.map(({ coefficient, ...cell }) => ({ cell, coefficient })),
      ...(r.constant === undefined ? {} : { constant: r.constant }),
    }));
    const audit = auditDisclosure(
      publishedReportOf(report),
      {
        relations: [...topicRelations(report.tables, report.positionPlan), ...declared],
        lowerBounds: topicLowerBounds(report.tables),
      },
      k,
    );
    for (const group of audit.exposed) {
      const first = group.cells[0]!;
      const t = report.tables.findIndex((table) => table.id === first.tableId);
      problems.push({
        path: `$.tables[${t}]`,
        code: 'recoverable-cell',
        params: {
          tableId: first.tableId,
          row: first.row ?? 'total',
          column: first.column ?? 'total',
          cells: group.cells.length,
          min: group.min,
          max: group.max,
        },
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
  readonly birthYears: ReadonlySet<number>;
  readonly birthYearPatterns: readonly RegExp[];
  readonly region: RegionBox;
  readonly fixedRings: ReadonlySet<string>;
  readonly problems: ReportProblem[];
}

function scanString(text: string, path: string, scanner: Scanner): void {
  const { patterns, problems } = scanner;
  if (ISO_DATE.test(text)) problems.push({ path, code: 'date', params: {} });
  if (patterns.length === 0 && PERSON_ID.test(text)) problems.push({ path, code: 'person-id', params: {} });
  if (patterns.some((pattern) => pattern.test(text))) problems.push({ path, code: 'personal-token', params: {} });
  if (BIRTH_WORDS.test(text) || scanner.birthYearPatterns.some((pattern) => pattern.test(text)))
    problems.push({ path, code: 'birth-year', params: {} });
  if (AGE_WORDS.test(text)) problems.push({ path, code: 'age', params: {} });
  // A coordinate written as text: "57.183, 14.047" or "57.18301".
  const numbers = [...text.matchAll(/-?\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
  if (
    /\d[.,]\d{3,}/.test(text) ||
    numbers.some((a, i) => i + 1 < numbers.length && isPlace(a, numbers[i + 1]!, scanner.region))
  ) {
    problems.push({ path, code: 'coordinate', params: {} });
  }
}

/** Two numbers that name a place in the region (either order), not both whole. */
function isPlace(a: number, b: number, region: RegionBox): boolean {
  if (Number.isInteger(a) && Number.isInteger(b)) return false;
  const lat = (x: number) => x >= region.minLat && x <= region.maxLat;
  const lon = (x: number) => x >= region.minLon && x <= region.maxLon;
  return (lat(a) && lon(b)) || (lon(a) && lat(b));
}

const isPair = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number';

/** Count cells, whose values are audited counts (a birth year there is a coincidence). */
const COUNT_PATH = /^\$\.tables\[\d+\]\.(cells|rowTotals|columnTotals|grandTotal)/;

/** Walks the raw JSON. */
function scan(value: unknown, path: string, scanner: Scanner): void {
  const { problems } = scanner;
  if (typeof value === 'string') {
    scanString(value, path, scanner);
  } else if (typeof value === 'number') {
    if (scanner.tokens.has(String(value))) problems.push({ path, code: 'personal-token', params: {} });
    if (decimals(value) >= 3) problems.push({ path, code: 'coordinate', params: {} });
    if (scanner.birthYears.has(value) && !COUNT_PATH.test(path))
      problems.push({ path, code: 'birth-year', params: {} });
  } else if (Array.isArray(value)) {
    // A ring of positions, or a list of {lat, lon}: a polygon, allowed only as a fixed area.
    // A ring: three or more pairs of numbers (arrays, or objects of two numbers), places in the region.
    const pairs = value.map((p): [number, number] | null => {
      if (isPair(p)) return p;
      if (typeof p !== 'object' || p === null || Array.isArray(p)) return null;
      const numbers = Object.values(p).filter((x): x is number => typeof x === 'number');
      return numbers.length === 2 ? [numbers[0]!, numbers[1]!] : null;
    });
    const ring =
      value.length >= 3 && pairs.every((p) => p !== null) && pairs.some((p) => isPlace(p![0], p![1], scanner.region));
    if (ring) {
      // Exactly a ring of the published geography is public; anything else is a drawn shape.
      if (scanner.fixedRings.has(JSON.stringify(value))) return;
      problems.push({ path, code: 'polygon', params: {} });
    } else {
      for (let i = 0; i + 1 < value.length; i++) {
        const a = value[i];
        const b = value[i + 1];
        if (typeof a === 'number' && typeof b === 'number' && isPlace(a, b, scanner.region))
          problems.push({ path: `${path}[${i}]`, code: 'coordinate', params: {} });
      }
    }
    value.forEach((item, i) => scan(item, `${path}[${i}]`, scanner));
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const numeric = entries.map(([, v]) => v).filter((v): v is number => typeof v === 'number');
    if (numeric.length === 2 && isPlace(numeric[0]!, numeric[1]!, scanner.region))
      problems.push({ path, code: 'coordinate', params: {} });
    for (const [key, item] of entries) {
      const child = `${path}.${key}`;
      scanString(key, child, scanner);
      const words = keyWords(key);
      const personal = words.some((w) => PERSONAL_KEY_WORDS.has(w));
      const allowedName =
        (key === 'name' && ALLOWED_NAME_PATHS.test(child)) ||
        (key === 'datasetName' && path === '$.parameters') ||
        child === '$.homeAreas';
      if (personal && !allowedName) {
        const code = words.some((w) =>
          ['lat', 'lon', 'latitude', 'longitude', 'coordinates', 'coordinate', 'home', 'homes'].includes(w),
        )
          ? 'coordinate'
          : words.some((w) => ['polygon', 'geometry'].includes(w))
            ? 'polygon'
            : words.some((w) =>
                  ['birth', 'birthyear', 'birthdate', 'born', 'dob', 'fodd', 'född', 'fodelsear', 'födelseår'].includes(
                    w,
                  ),
                )
              ? 'birth-year'
              : words.some((w) => ['age', 'ages', 'alder', 'ålder'].includes(w))
                ? 'age'
                : 'personal-token';
        problems.push({ path: child, code, params: {} });
      }
      scan(item, child, scanner);
    }
  }
}
