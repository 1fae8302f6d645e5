import type { LocalisedText } from '../../schema/localisedText';
import type { Dataset } from '../../schema/dataset';
import { validateDataset } from '../../schema/validateDataset';
import { entityColumns } from '../templates/entityColumns';
import { normaliseHeader } from '../templates/columnDefinition';
import { datasetProblems, type ImportedCollection } from './datasetProblems';
import { decodeText } from './decodeText';
import type { ReadFile } from './entityRow';
import { hasErrors, importEntities, type ImportEntity, type ImportProblem } from './importProblem';
import { readCsvEntities } from './readCsvEntities';
import { isBlankRecord, readDelimited } from './readDelimited';
import { readJsonEntities } from './readJsonEntities';
import { isPostcodeHeader, postcodeFileNames, readPostcodeTable, type HomePlaces } from './homeForms';
import type { Language } from '../../schema/language';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** Which collection the file holds; otherwise told by a JSON key, the file's name or its headers. */
  entity?: ImportEntity;
}

export interface ImportSummary {
  files: { file: string; entity: ImportEntity; format: 'csv' | 'json'; encoding: string; rows: number }[];
  /** Per imported collection: how many it brings, and how many the current dataset holds. */
  counts: Partial<Record<ImportEntity, { imported: number; current: number }>>;
}

export type ImportResult =
  | { ok: true; dataset: Dataset; warnings: ImportProblem[]; summary: ImportSummary }
  | { ok: false; problems: ImportProblem[] };

type Part =
  | { file: string; entity: ImportEntity; format: 'csv'; encoding: string; text: string }
  | { file: string; entity: ImportEntity; format: 'json'; encoding: string; items: unknown[] };

/** A postcode-to-coordinate table: not a collection of the dataset, only where postcodes lie. */
interface PostcodePart {
  file: string;
  text: string;
}

/**
 * Imports people, positions, sites and competences from CSV or JSON files into a copy of the
 * current dataset (the imported collections replace the current ones). Every file, row and
 * cell is checked, then the combined dataset through `validateDataset`; every problem comes
 * back at once, with file, row and column. Pure: nothing of the caller's is changed, no DOM,
 * so it runs in a Web Worker as well as in Node.
 */
export function importCollections(
  files: readonly ImportFile[],
  current: Dataset,
  lang: Language = 'en',
  /** Fraction 0–1 done: reading the rows is most of the work, validating the whole the rest. */
  onProgress?: (fractionDone: number) => void,
): ImportResult {
  const problems: ImportProblem[] = [];
  const parts: Part[] = [];
  const postcodeParts: PostcodePart[] = [];
  for (const file of files) parts.push(...partsOfFile(file, problems, postcodeParts));

  // Homes given as a postcode are placed by the imported table; as a locality, at the dataset's localities.
  let postcodes: Map<string, { lat: number; lon: number }> | null = null;
  for (const part of postcodeParts) {
    const table = readPostcodeTable(part.file, part.text);
    problems.push(...table.problems);
    postcodes ??= new Map();
    for (const [code, point] of table.postcodes) postcodes.set(code, point);
  }
  const homePlaces: HomePlaces = { localities: current.localities, postcodes };

  const seen = new Map<ImportEntity, string>();
  const unique = parts.filter((part) => {
    const first = seen.get(part.entity);
    if (first !== undefined) {
      problems.push({
        file: part.file,
        row: null,
        column: null,
        code: 'file-duplicate-entity',
        params: { entity: part.entity, other: first },
        severity: 'error',
      });
      return false;
    }
    seen.set(part.entity, part.file);
    return true;
  });
  unique.sort((a, b) => importEntities.indexOf(a.entity) - importEntities.indexOf(b.entity));

  const collections: ImportedCollection[] = [];
  let competenceIds = current.competences.map((c) => c.id);
  let competenceNames: readonly { id: string; name: LocalisedText }[] = current.competences;
  for (const [k, part] of unique.entries()) {
    const partDone = (fraction: number) => onProgress?.((0.9 * (k + fraction)) / unique.length);
    const read: ReadFile =
      part.format === 'csv'
        ? readCsvEntities(
            part.file,
            part.text,
            entityColumns[part.entity],
            competenceIds,
            lang,
            (done, total) => partDone(done / total),
            { competenceNames, homePlaces },
          )
        : readJsonEntities(part.file, part.items, part.entity, homePlaces);
    partDone(1);
    const collection = indexRows(part.entity, read);
    collections.push(collection);
    problems.push(...read.problems);
    if (part.entity === 'competences') {
      competenceIds = read.rows.flatMap((r) => (r.id !== null ? [r.id] : []));
      competenceNames = read.rows.flatMap((r) =>
        r.entity !== null ? [r.entity as { id: string; name: LocalisedText }] : [],
      );
    }
    if (part.entity === 'people') problems.push(...approximateHomes(part.file, read));
  }

  const fileLevelError =
    problems.some((p) => p.severity === 'error' && p.row === null) || collections.some((c) => c.read.unreadable);
  if (!fileLevelError && collections.length > 0) {
    const raw: Record<string, unknown> = { ...current };
    for (const c of collections)
      raw[c.entity] = c.read.rows.flatMap((r) => (r.entity !== null && !c.failedIds.has(r.id ?? '') ? [r.entity] : []));
    // Only the first row of a duplicated id is kept; the others are reported.
    for (const c of collections) raw[c.entity] = firstOfEachId(raw[c.entity] as { id: string }[]);
    const validation = validateDataset(raw);
    onProgress?.(1);
    const issues = validation.ok ? validation.warnings : [...validation.errors, ...validation.warnings];
    problems.push(...datasetProblems(issues, collections, current));
    if (!hasErrors(problems) && validation.ok) {
      return {
        ok: true,
        dataset: validation.dataset,
        warnings: sortProblems(problems, collections),
        summary: {
          files: unique.map((part) => ({
            file: part.file,
            entity: part.entity,
            format: part.format,
            encoding: part.encoding,
            rows: collections.find((c) => c.entity === part.entity)!.read.rows.length,
          })),
          counts: Object.fromEntries(
            collections.map((c) => [
              c.entity,
              { imported: validation.dataset[c.entity].length, current: current[c.entity].length },
            ]),
          ),
        },
      };
    }
  }
  if (collections.length === 0 && !hasErrors(problems)) {
    problems.push({ file: '', row: null, column: null, code: 'file-empty', params: {}, severity: 'error' });
  }
  // Head counts against declared figures mean little while rows are wrong: shown once they are right.
  const declared = new Set<ImportProblem['code']>(['positions-differ', 'managers-differ', 'it-staff-differ']);
  return {
    ok: false,
    problems: sortProblems(
      problems.filter((p) => !declared.has(p.code)),
      collections,
    ),
  };
}

function firstOfEachId<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && (seen.add(item.id), true));
}

/** Indexes a file's rows by id and reports ids used more than once (every later row). */
function indexRows(entity: ImportEntity, read: ReadFile): ImportedCollection {
  const failedIds = new Set<string>();
  const rowOfId: ImportedCollection['rowOfId'] = new Map();
  for (const r of read.rows) {
    if (r.id === null) continue;
    const first = rowOfId.get(r.id);
    if (first) {
      read.problems.push({
        file: read.file,
        row: r.row,
        column: r.columnOf('id'),
        code: 'duplicate-id',
        params: { id: r.id, firstRow: first.row },
        severity: 'error',
      });
      continue;
    }
    rowOfId.set(r.id, { row: r.row, columnOf: r.columnOf });
  }
  for (const r of read.rows)
    if (r.entity === null && r.id !== null && rowOfId.get(r.id)?.row === r.row) failedIds.add(r.id);
  return { entity, read, failedIds, rowOfId };
}

/** One warning per people file that placed homes without coordinates: how many, and by what. */
function approximateHomes(file: string, read: ReadFile): ImportProblem[] {
  let postcode = 0;
  let locality = 0;
  for (const r of read.rows) {
    const placedBy = (r.entity as { homePlacedBy?: string } | null)?.homePlacedBy;
    if (placedBy === 'postcode') postcode++;
    else if (placedBy === 'locality') locality++;
  }
  return postcode + locality === 0
    ? []
    : [
        {
          file,
          row: null,
          column: null,
          code: 'homes-approximate',
          params: { postcode, locality },
          severity: 'warning',
        },
      ];
}

/** Splits a file into the collections it holds, or reports why it cannot be read. */
function partsOfFile(file: ImportFile, problems: ImportProblem[], postcodeParts: PostcodePart[]): Part[] {
  const fileProblem = (code: ImportProblem['code'], params: ImportProblem['params'] = {}) =>
    problems.push({ file: file.name, row: null, column: null, code, params, severity: 'error' });
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) {
    fileProblem(decoded.code, decoded.params);
    return [];
  }
  const { text, encoding } = decoded;
  if (/\.json$/i.test(file.name) || /^\s*[[{]/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      fileProblem('invalid-json', { detail: (error as Error).message });
      return [];
    }
    if (Array.isArray(json)) {
      const entity = file.entity ?? entityOfFileName(file.name);
      if (!entity) {
        fileProblem('file-unknown-entity');
        return [];
      }
      return [{ file: file.name, entity, format: 'json', encoding, items: json }];
    }
    if (json !== null && typeof json === 'object') {
      const object = json as Record<string, unknown>;
      const entities = importEntities.filter(
        (e) => Array.isArray(object[e]) && (file.entity === undefined || file.entity === e),
      );
      if (entities.length > 0)
        return entities.map((entity) => ({
          file: file.name,
          entity,
          format: 'json' as const,
          encoding,
          items: object[entity] as unknown[],
        }));
    }
    fileProblem('json-shape', { entities: importEntities.join(', ') });
    return [];
  }
  if (file.entity === undefined && isPostcodeFile(file.name, text)) {
    postcodeParts.push({ file: file.name, text });
    return [];
  }
  const entity = file.entity ?? entityOfFileName(file.name) ?? entityOfHeaders(text);
  if (!entity) {
    fileProblem('file-unknown-entity');
    return [];
  }
  return [{ file: file.name, entity, format: 'csv', encoding, text }];
}

/** `postnummer.csv`, `postcodes.csv`, or a header line with a postcode and coordinates. */
function isPostcodeFile(name: string, text: string): boolean {
  const base = normaliseHeader(name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  if (postcodeFileNames.some((n) => base.includes(n))) return true;
  const header = readDelimited(text.slice(0, 4096)).records.find((r) => !isBlankRecord(r)) ?? [];
  return isPostcodeHeader(header);
}

/** `people.csv`, `Personer 2026.csv`, `befattningar.json` … */
export function entityOfFileName(name: string): ImportEntity | undefined {
  const base = normaliseHeader(name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  const matches = importEntities.filter((e) => entityColumns[e].fileNames.some((n) => base.includes(n)));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The entity whose required columns the header line holds most of (at least two, and unique). */
function entityOfHeaders(text: string): ImportEntity | undefined {
  const firstLines = text.slice(0, 4096);
  const header = readDelimited(firstLines).records.find((r) => !isBlankRecord(r)) ?? [];
  const names = new Set(header.map(normaliseHeader));
  const scores = importEntities.map((entity) => {
    const required = entityColumns[entity].columns.filter((c) => c.required);
    const present = required.filter((c) =>
      [c.header.sv, c.header.en, c.field, ...c.aliases].some((n) => names.has(normaliseHeader(n))),
    );
    return { entity, score: present.length / required.length, count: present.length };
  });
  scores.sort((a, b) => b.score - a.score || b.count - a.count);
  const [best, second] = scores;
  return best && best.count >= 2 && (!second || best.score > second.score) ? best.entity : undefined;
}

/** By file, then row (the whole file's first), then the file's column order, then as found. */
function sortProblems(problems: ImportProblem[], collections: readonly ImportedCollection[]): ImportProblem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  const columnOrder = new Map(collections.map((c) => [c.read.file, new Map(c.read.columns.map((h, i) => [h, i]))]));
  const columnIndex = (p: ImportProblem) =>
    p.column === null ? -1 : (columnOrder.get(p.file)?.get(p.column) ?? Number.MAX_SAFE_INTEGER);
  return problems
    .map((p, index) => ({ p, index }))
    .sort(
      (a, b) =>
        fileOrder.get(a.p.file)! - fileOrder.get(b.p.file)! ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        columnIndex(a.p) - columnIndex(b.p) ||
        a.index - b.index,
    )
    .map(({ p }) => p);
}
