import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MIN_K, DEFAULT_K } from '../../engine/anonymisation';
import { evaluateScenario } from '../../engine/evaluateScenario';
import { buildAnonymisedReport, checkAnonymisedReport, personalTokens } from '../../engine/report';
import { createTranslator } from '../../i18n/createTranslator';
import type { CliCommand } from '../command';
import { DEFAULT_DATA_DIR } from '../loadDataset';
import { loadScenarioInputs, reportWarnings, scenarioById } from '../loadScenarioInputs';
import { printReportProblems } from './checkReport';

/** A whole number of at least MIN_K, or null. */
export function parseK(text: string | undefined): number | null {
  if (text === undefined) return DEFAULT_K;
  const k = Number(text);
  return /^\d+$/.test(text) && Number.isInteger(k) && k >= MIN_K ? k : null;
}

/**
 * `report --scenarios ID,ID [--k 5] [--data DIR] [--travel-matrix FILE] --out FILE`: the
 * anonymised report of the scenarios (SPEC §8), checked against the dataset's personal data
 * before it is written. A short summary as JSON on stdout.
 */
export const reportCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      scenarios: { type: 'string' },
      k: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      'travel-matrix': { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const t = createTranslator(io.lang);
  const ids = (values.scenarios ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (ids.length === 0) {
    io.err(t('report.cli.scenariosRequired'));
    return 1;
  }
  if (values.out === undefined) {
    io.err(t('report.cli.outRequired'));
    return 1;
  }
  const k = parseK(values.k);
  if (k === null) {
    io.err(t('report.cli.invalidK', { min: MIN_K, value: values.k }));
    return 1;
  }
  const inputs = await loadScenarioInputs(values.data, values['travel-matrix'], io, t);
  if (!inputs) return 1;
  const scenarios = [];
  for (const id of ids) {
    const scenario = scenarioById(inputs.dataset, id, io, t);
    if (!scenario) return 1;
    const evaluation = evaluateScenario(inputs.dataset, scenario, inputs.options);
    reportWarnings(evaluation.warnings, io, t);
    scenarios.push({ scenario, evaluation });
  }
  const report = buildAnonymisedReport(inputs.dataset, scenarios, { k });
  const check = checkAnonymisedReport(report, { k, personalTokens: personalTokens(inputs.dataset) });
  if (!check.ok) {
    io.err(t('report.cli.builtReportFailed'));
    printReportProblems(check.problems, io, t);
    return 1;
  }
  await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  io.err(t('report.cli.written', { file: values.out, tables: report.tables.length, k }));
  io.out(JSON.stringify({ out: values.out, k, scenarios: ids, tables: report.tables.length }, null, 2));
  return 0;
};
