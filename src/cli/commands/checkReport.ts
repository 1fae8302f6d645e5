import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { MIN_K } from '../../engine/anonymisation';
import {
  checkAnonymisedReport,
  personalBirthYears,
  personalTokens,
  type RegionBox,
  type ReportProblem,
} from '../../engine/report';
import { createTranslator } from '../../i18n/createTranslator';
import type { CliCommand, CliIo } from '../command';
import { DEFAULT_DATA_DIR, loadDatasetForCli } from '../loadDataset';
import { loadFixedAreas } from './report';

export function printReportProblems(problems: readonly ReportProblem[], io: CliIo, t: TFunction): void {
  for (const problem of problems)
    io.err(t(`report.problem.${problem.code}`, { path: problem.path, ...problem.params }));
}

/**
 * `check-report FILE [--data DIR] [--k K]`: proves an anonymised report file holds no personal
 * field, no coordinate or drawn polygon, no published figure below k and no derivable group of
 * 1 … k − 1 people (see checkAnonymisedReport). The fixed geography is the data folder's (or
 * the default data's). With `--data`, it also searches for that dataset's people's ids,
 * names, titles, salaries, home coordinates, dates and birth years, and takes the region from
 * it. Exits 1 on any problem; `{ ok, problems }` as JSON on stdout.
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
  let birthYears: number[] | undefined;
  let region: RegionBox | undefined;
  if (values.data !== undefined) {
    const loaded = await loadDatasetForCli(values.data, io, t);
    if (!loaded) return 1;
    tokens = personalTokens(loaded.dataset);
    birthYears = personalBirthYears(loaded.dataset);
    const box = loaded.dataset.region.bbox;
    // The region with a margin of about 50 km.
    region = { minLat: box.minLat - 0.5, maxLat: box.maxLat + 0.5, minLon: box.minLon - 0.9, maxLon: box.maxLon + 0.9 };
  }
  const areas = await loadFixedAreas(values.data ?? DEFAULT_DATA_DIR, io, t);
  if (!areas) return 1;
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    io.err(t('report.cli.unreadable', { file, reason: (error as Error).message }));
    return 1;
  }
  const result = checkAnonymisedReport(text, { k, personalTokens: tokens, birthYears, region, areas });
  io.out(JSON.stringify({ ok: result.ok, problems: result.problems }, null, 2));
  if (!result.ok) {
    io.err(t('report.cli.checkFailed', { file, count: result.problems.length }));
    printReportProblems(result.problems, io, t);
    return 1;
  }
  io.err(t('report.cli.checkPassed', { file, k: result.report!.parameters.k }));
  return 0;
};
