import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTranslator } from '../../i18n/createTranslator';
import { formatDatasetIssue, formatFolderProblem } from '../../i18n/formatIssue';
import { formatImportCounts, formatImportProblems, importExportText } from '../../i18n/importExport';
import type { ImportFile } from '../../io/csv/importCollections';
import { importEntities, type ImportEntity, type ImportProblem } from '../../io/csv/importProblem';
import { dataFolderFiles } from '../../io/dataFolderFiles';
import { readDataFolder } from '../../io/readDataFolder';
import { validateDataset } from '../../schema/validateDataset';
import type { CliCommand } from '../command';
import { DEFAULT_DATA_DIR, loadDatasetForCli } from '../loadDataset';
import { importRead, readImportFile } from './validateFiles';

/** Files of the rest of a data folder that commands read beside the dataset. */
const companionFiles = ['roads.json'];

/**
 * `import --from DIR --out DIR [--data DIR]`: converts `people.csv`, `positions.csv`,
 * `sites.csv` and `competences.csv` (or `.json`) found in --from, with the rest of the dataset
 * from --data, into a data folder at --out that the app and the CLI load; the written folder is
 * read back and validated. Exit 0 with a summary, or 1 with every problem.
 */
export const importCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
    },
    strict: true,
  });
  if (values.from === undefined || values.out === undefined) {
    io.err('import needs --from DIR and --out DIR');
    return 2;
  }
  const t = createTranslator(io.lang);
  const loaded = await loadDatasetForCli(values.data, io, t);
  if (!loaded) return 1;

  let names: string[];
  try {
    names = await readdir(values.from);
  } catch (error) {
    io.err(importExportText('cli.unreadable', { file: values.from, detail: (error as Error).message }, io.lang));
    return 1;
  }
  const read: (ImportFile | ImportProblem)[] = [];
  for (const entity of importEntities) {
    const name = fileFor(entity, names);
    if (name === undefined) continue;
    const file = await readImportFile(join(values.from, name), entity, io);
    if (!file) return 1;
    read.push(file);
  }
  if (read.length === 0) {
    io.err(importExportText('cli.noneFound', { dir: values.from }, io.lang));
    return 1;
  }
  const result = importRead(read, loaded.dataset, io.lang);
  if (!result.ok) {
    io.err(
      importExportText(
        'summary.failed',
        { count: result.problems.filter((p) => p.severity === 'error').length },
        io.lang,
      ),
    );
    for (const line of formatImportProblems(result.problems, io.lang)) io.err(line);
    return 1;
  }
  for (const line of formatImportProblems(result.warnings, io.lang)) io.err(line);

  await mkdir(values.out, { recursive: true });
  for (const [file, text] of Object.entries(dataFolderFiles(result.dataset)))
    await writeFile(join(values.out, file), text, 'utf8');
  for (const file of companionFiles) {
    await copyFile(join(values.data, file), join(values.out, file)).catch(() => undefined);
  }

  // The written folder must load as the app and the CLI load it.
  const reread = await readDataFolder(values.out);
  const validation = reread.ok ? validateDataset(reread.raw) : null;
  if (!reread.ok || !validation?.ok) {
    const problems = reread.ok ? (validation && !validation.ok ? validation.errors : []) : reread.problems;
    io.err(importExportText('cli.outputInvalid', { dir: values.out, count: problems.length }, io.lang));
    if (!reread.ok) for (const p of reread.problems) io.err(formatFolderProblem(p, t));
    else if (validation && !validation.ok) for (const i of validation.errors) io.err(formatDatasetIssue(i, t));
    return 1;
  }
  io.out(JSON.stringify({ out: values.out, files: result.summary.files, counts: result.summary.counts }, null, 2));
  io.err(
    importExportText(
      'summary.written',
      { dir: values.out, counts: formatImportCounts(result.summary.counts, io.lang) },
      io.lang,
    ),
  );
  return 0;
};

/** `people.csv` (or `.json`) in the folder, matched case-insensitively; CSV before JSON. */
function fileFor(entity: ImportEntity, names: readonly string[]): string | undefined {
  for (const extension of ['csv', 'json']) {
    const found = names.find((n) => n.toLowerCase() === `${entity}.${extension}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
