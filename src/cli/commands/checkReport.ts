import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { MIN_K } from '../../engine/anonymisation';
import { checkAnonymisedReport, personalTokens, type ReportProblem } from '../../engine/report';
import { createTranslator } from '../../i18n/createTranslator';
import type { CliCommand, CliIo } from '../command';
import { loadDatasetForCli } from '../loadDataset';

export function printReportProblems(problems: readonly ReportProblem[], io: CliIo, t: TFunction): void {
  for (const problem of problems) io.err(t(`report.problem.${problem.code}`, { path: problem.path, ...problem.params }));
}

/**
 * `check-report FILE [--data DIR] [--k K]`: proves an anonymised report file holds no personal
 * field, no published figure below k and no recoverable hidden figure (see
 * checkAnonymisedReport). With `--data`, it also searches for that dataset's people's ids,
 * names, salaries, home coordinates and dates. Exits 1 on any problem; `{ ok, problems }` as
 * JSON on stdout.
 */
export const checkReportCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    options: { data: { type: 'string' }, k: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const t = createTranslator(io.lang);
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    io.err(t('report.cli.fileRequired'));
    return 1;
  }
  let k: number | undefined;
  if (values.k !== undefined) {
    k = Number(values.k);
    if (!/^\d+$/.test(values.k) || k < MIN_K) {
      io.err(t('report.cli.invalidK', { min: MIN_K, value: values.k }));
      return 1;
    }
  }
  let tokens: string[] | undefined;
  if (values.data !== undefined) {
    const loaded = await loadDatasetForCli(values.data, io, t);
    if (!loaded) return 1;
    tokens = personalTokens(loaded.dataset);
  }
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    io.err(t('report.cli.unreadable', { file, reason: (error as Error).message }));
    return 1;
  }
  const result = checkAnonymisedReport(text, { k, personalTokens: tokens });
  io.out(JSON.stringify({ ok: result.ok, problems: result.problems }, null, 2));
  if (!result.ok) {
    io.err(t('report.cli.checkFailed', { file, count: result.problems.length }));
    printReportProblems(result.problems, io, t);
    return 1;
  }
  io.err(t('report.cli.checkPassed', { file, k: result.report!.parameters.k }));
  return 0;
};
