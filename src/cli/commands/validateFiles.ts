import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createTranslator } from '../../i18n/createTranslator';
import { formatImportCounts, formatImportProblems, importExportText } from '../../i18n/importExport';
import { importCollections, type ImportFile, type ImportResult } from '../../io/csv/importCollections';
import { decodeText, MAX_IMPORT_BYTES } from '../../io/csv/decodeText';
import type { ImportEntity, ImportProblem } from '../../io/csv/importProblem';
import type { Dataset } from '../../schema/dataset';
import type { CliCommand, CliIo } from '../command';
import { DEFAULT_DATA_DIR, loadDatasetForCli } from '../loadDataset';
import type { Language } from '../../schema/language';

/**
 * Reads a file for import. A file over the size limit is not read at all: its size alone gives
 * the problem `importCollections` would report.
 */
export async function readImportFile(
  path: string,
  entity: ImportEntity | undefined,
  io: CliIo,
): Promise<ImportFile | ImportProblem | null> {
  try {
    const { size } = await stat(path);
    const name = basename(path);
    if (size > MAX_IMPORT_BYTES) {
      const refused = decodeText(new Uint8Array(0), size);
      return refused.ok
        ? null
        : { file: name, row: null, column: null, code: refused.code, params: refused.params, severity: 'error' };
    }
    return { name, bytes: new Uint8Array(await readFile(path)), entity };
  } catch (error) {
    io.err(importExportText('cli.unreadable', { file: path, detail: (error as Error).message }, io.lang));
    return null;
  }
}

/** Imports the files read, with the problems of those refused before reading. */
export function importRead(
  read: readonly (ImportFile | ImportProblem)[],
  current: Dataset,
  lang: Language,
): ImportResult {
  const files = read.filter((r): r is ImportFile => 'bytes' in r);
  const refused = read.filter((r): r is ImportProblem => !('bytes' in r));
  const result = importCollections(files, current, lang);
  if (refused.length === 0) return result;
  return {
    ok: false,
    problems: [
      ...refused,
      ...(result.ok ? result.warnings : result.problems.filter((p) => p.code !== 'file-empty' || p.file !== '')),
    ],
  };
}

/**
 * `validate --people FILE [--positions FILE] [--sites FILE] [--competences FILE] [--data DIR] [--strict]`:
 * validates import files against the rest of the dataset in DIR with the messages the app
 * shows (file, row, column, reason). Exit 0 with a summary line (and warnings), or 1 (also
 * on warnings with --strict).
 */
export const validateFilesCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      people: { type: 'string' },
      positions: { type: 'string' },
      sites: { type: 'string' },
      competences: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      strict: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const given = (['people', 'positions', 'sites', 'competences'] as const).filter((e) => values[e] !== undefined);
  if (given.length === 0) {
    io.err(importExportText('cli.noFiles', {}, io.lang));
    return 2;
  }
  const loaded = await loadDatasetForCli(values.data, io, createTranslator(io.lang));
  if (!loaded) return 1;
  const read: (ImportFile | ImportProblem)[] = [];
  for (const entity of given) {
    const file = await readImportFile(values[entity]!, entity, io);
    if (!file) return 1;
    read.push(file);
  }
  const result = importRead(read, loaded.dataset, io.lang);
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    io.err(importExportText('summary.failed', { count: errors }, io.lang));
    for (const line of formatImportProblems(result.problems, io.lang)) io.err(line);
    return 1;
  }
  if (values.strict && result.warnings.length > 0) {
    // --strict: warnings (other head counts, unknown columns) fail like errors.
    io.err(importExportText('summary.failed', { count: result.warnings.length }, io.lang));
    for (const line of formatImportProblems(
      result.warnings.map((w) => ({ ...w, severity: 'error' as const })),
      io.lang,
    ))
      io.err(line);
    return 1;
  }
  for (const line of formatImportProblems(result.warnings, io.lang)) io.err(line);
  io.err(importExportText('summary.ok', { counts: formatImportCounts(result.summary.counts, io.lang) }, io.lang));
  return 0;
};
