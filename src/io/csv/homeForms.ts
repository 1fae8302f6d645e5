import type { ImportProblemCode } from './importProblem';
import { readNumber } from './readCell';
import { isBlankRecord, readDelimited } from './readDelimited';
import { normaliseHeader } from '../templates/columnDefinition';
import type { ImportProblem } from './importProblem';

/**
 * A person's home as HR data actually has it: coordinates, a postcode (placed by a
 * postcode-to-coordinate table the user imports beside the people file) or a locality name
 * (placed at the locality's point). The last two are approximate; the person records how the
 * home was placed (`homePlacedBy`) so the views can say the commute is approximate.
 * See docs/import-format.md, "Homes".
 */
export interface HomePlaces {
  localities: readonly { id: string; name: string; lat: number; lon: number }[];
  /** Postcode (digits only) → point; null when no postcode table was imported. */
  postcodes: ReadonlyMap<string, { lat: number; lon: number }> | null;
}

/** `335 30`, `33530`, `SE-335 30` → `33530`. */
export const normalisePostcode = (raw: string): string =>
  raw
    .trim()
    .toUpperCase()
    .replace(/^SE[-\s]?/, '')
    .replace(/[\s-]+/g, '');

const normaliseName = (raw: string): string => raw.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** The locality a cell names, by its name or id (case-insensitive). */
export function findLocality(places: HomePlaces, raw: string) {
  const wanted = normaliseName(raw);
  return places.localities.find((l) => normaliseName(l.name) === wanted || l.id === wanted) ?? null;
}

export type HomeReport = (field: string, code: ImportProblemCode, params: Record<string, string | number>) => void;

/**
 * Turns a read row's home columns into `home` (and `homePlacedBy`): coordinates when given,
 * else the postcode's point, else the locality's. Removes the helper fields either way.
 * Reports what cannot be placed, at the column it came from.
 */
export function resolveHome(value: Record<string, unknown>, places: HomePlaces, report: HomeReport): void {
  const locality = typeof value.homeLocality === 'string' ? value.homeLocality : '';
  const postcode = typeof value.homePostcode === 'string' ? value.homePostcode : '';
  delete value.homeLocality;
  delete value.homePostcode;
  delete value.homePlacedBy;
  const home = value.home as { lat?: unknown; lon?: unknown } | undefined;
  // Any coordinate given: coordinates are the form used (a missing half is reported by the schema).
  if (home && (home.lat !== undefined || home.lon !== undefined)) return;

  if (postcode !== '') {
    const point = places.postcodes?.get(normalisePostcode(postcode));
    if (point) {
      value.home = { lat: point.lat, lon: point.lon };
      value.homePlacedBy = 'postcode';
      return;
    }
    if (locality === '') {
      if (places.postcodes === null) report('homePostcode', 'postcode-without-table', { value: postcode });
      else report('homePostcode', 'unknown-postcode', { value: postcode });
      return;
    }
  }
  if (locality !== '') {
    const found = findLocality(places, locality);
    if (found) {
      value.home = { lat: found.lat, lon: found.lon };
      value.homePlacedBy = 'locality';
    } else {
      report('homeLocality', 'unknown-locality', {
        value: locality,
        known: places.localities.map((l) => l.name).join(', '),
      });
    }
    return;
  }
  report('home', 'home-missing', {});
}

/** File names (without extension, lowercase) recognised as a postcode table. */
export const postcodeFileNames = ['postnummer', 'postcodes', 'postcode', 'postkoder', 'postal_codes'];

const POSTCODE_HEADERS = ['postnummer', 'postcode', 'postal_code', 'postnr', 'zip'];
const LAT_HEADERS = ['lat', 'latitud', 'latitude'];
const LON_HEADERS = ['lon', 'lng', 'longitud', 'longitude'];

/** Whether a CSV header line looks like a postcode table (a postcode column and coordinates). */
export function isPostcodeHeader(headers: readonly string[]): boolean {
  const names = headers.map(normaliseHeader);
  return (
    names.some((n) => POSTCODE_HEADERS.includes(n)) &&
    names.some((n) => LAT_HEADERS.includes(n)) &&
    names.some((n) => LON_HEADERS.includes(n))
  );
}

/**
 * Reads a postcode-to-coordinate table (`postnummer;lat;lon`, any order, Swedish or English
 * headers, decimal comma or point). Every bad row is reported with its row and column.
 */
export function readPostcodeTable(
  file: string,
  text: string,
): { postcodes: Map<string, { lat: number; lon: number }>; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const postcodes = new Map<string, { lat: number; lon: number }>();
  const { records, syntaxErrors } = readDelimited(text);
  for (const e of syntaxErrors)
    problems.push({
      file,
      row: e.row,
      column: null,
      code: 'csv-syntax',
      params: { detail: e.detail },
      severity: 'error',
    });
  const headerIndex = records.findIndex((r) => !isBlankRecord(r));
  const headers = (records[headerIndex] ?? []).map((h) => h.trim());
  const names = headers.map(normaliseHeader);
  const find = (options: string[]) => names.findIndex((n) => options.includes(n));
  const [pc, lat, lon] = [find(POSTCODE_HEADERS), find(LAT_HEADERS), find(LON_HEADERS)];
  if (pc < 0 || lat < 0 || lon < 0) {
    problems.push({ file, row: null, column: null, code: 'postcode-table-columns', params: {}, severity: 'error' });
    return { postcodes, problems };
  }
  for (let index = headerIndex + 1; index < records.length; index++) {
    const record = records[index]!;
    if (isBlankRecord(record)) continue;
    const row = index + 1;
    const code = normalisePostcode(record[pc] ?? '');
    if (!/^\d{3,6}$/.test(code)) {
      problems.push({
        file,
        row,
        column: headers[pc]!,
        code: 'not-a-postcode',
        params: { value: record[pc] ?? '' },
        severity: 'error',
      });
      continue;
    }
    const point: { lat?: number; lon?: number } = {};
    for (const [c, key] of [
      [lat, 'lat'],
      [lon, 'lon'],
    ] as const) {
      const read = readNumber(record[c] ?? '');
      if (read.ok) point[key] = read.value;
      else
        problems.push({
          file,
          row,
          column: headers[c]!,
          code: (record[c] ?? '').trim() === '' ? 'required' : read.code,
          params: read.ok ? {} : read.params,
          severity: 'error',
        });
    }
    if (point.lat !== undefined && point.lon !== undefined) postcodes.set(code, { lat: point.lat, lon: point.lon });
  }
  if (postcodes.size === 0 && problems.length === 0)
    problems.push({ file, row: null, column: null, code: 'no-rows', params: {}, severity: 'error' });
  return { postcodes, problems };
}
