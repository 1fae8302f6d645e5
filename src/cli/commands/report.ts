import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateScenario } from '../../engine/evaluateScenario';
import {
  buildAnonymisedReport,
  checkAnonymisedReport,
  personalBirthYears,
  personalTokens,
  type ReportScenario,
} from '../../engine/report';
import { createTranslator } from '../../i18n/createTranslator';
import { fixedAreasSchema, type FixedAreas } from '../../schema/fixedAreas';
import { emptyRegister } from '../../schema/releaseRegister';
import type { CliCommand, CliIo } from '../command';
import { DEFAULT_DATA_DIR } from '../loadDataset';
import { loadScenarioInputs, reportWarnings, scenarioById, scenarioFromFile } from '../loadScenarioInputs';
import { readRegister, registerPathFor, setRegisterAside, writeRegister } from '../releaseRegisterFile';
import { printReportProblems } from './checkReport';

/** The data folder's fixed geography (`municipalities.geojson`), or the default data's. */
export async function loadFixedAreas(
  dataDir: string,
  io: CliIo,
  t: ReturnType<typeof createTranslator>,
): Promise<FixedAreas | null> {
  for (const dir of [dataDir, DEFAULT_DATA_DIR]) {
    const file = join(dir, 'municipalities.geojson');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    const parsed = fixedAreasSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    io.err(t('report.cli.areasInvalid', { file, reason: parsed.error.issues[0]?.message ?? '' }));
    return null;
  }
  io.err(t('report.cli.areasMissing', { dir: dataDir }));
  return null;
}

/**
 * `report (--scenarios ID,ID | --scenario-file FILE)… --out FILE [--data DIR] [--travel-matrix
 * FILE]`: the anonymised report of the scenarios (see docs/anonymisation.md), protected jointly
 * with every earlier release in the register beside the output file, checked against the
 * dataset's personal data, written, and added to the register. k is the dataset's. A register
 * of another k is set aside with a warning and a new one begun; a register of other data, or
 * earlier releases that already give a group away, refuse the report with the reason.
 */
export const reportCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      scenarios: { type: 'string' },
      'scenario-file': { type: 'string', multiple: true },
      k: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      'travel-matrix': { type: 'string' },
      out: { type: 'string' },
      now: { type: 'string' },
    },
    strict: true,
  });
  const t = createTranslator(io.lang);
  if (values.k !== undefined) {
    io.err(t('report.cli.kFromDataset'));
    return 1;
  }
  const ids = (values.scenarios ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const files = values['scenario-file'] ?? [];
  if (ids.length === 0 && files.length === 0) {
    io.err(t('report.cli.scenariosRequired'));
    return 1;
  }
  if (values.out === undefined) {
    io.err(t('report.cli.outRequired'));
    return 1;
  }
  const inputs = await loadScenarioInputs(values.data, values['travel-matrix'], io, t);
  if (!inputs) return 1;
  const areas = await loadFixedAreas(values.data, io, t);
  if (!areas) return 1;
  const { dataset } = inputs;
  const k = dataset.anonymisation.k;
  const chosen = [];
  for (const id of ids) {
    const scenario = scenarioById(dataset, id, io, t);
    if (!scenario) return 1;
    chosen.push(scenario);
  }
  for (const file of files) {
    const scenario = await scenarioFromFile(dataset, file, io, t);
    if (!scenario) return 1;
    chosen.push(scenario);
  }
  const scenarios: ReportScenario[] = chosen.map((scenario) => {
    const evaluation = evaluateScenario(dataset, scenario, inputs.options);
    reportWarnings(evaluation.warnings, io, t);
    return { scenario, evaluation };
  });

  const registerPath = registerPathFor(values.out);
  let register = await readRegister(registerPath, io, t);
  if (register === undefined) return 1;
  if (register !== null && register.k !== k) {
    const aside = await setRegisterAside(registerPath, `k${register.k}`);
    io.err(t('report.cli.registerReset', { old: register.k, k, file: aside }));
    register = null;
  }
  const built = buildAnonymisedReport(dataset, scenarios, { k, areas, register: register ?? undefined });
  if (!built.ok) {
    io.err(t(`report.refused.${built.reason}`, { ...built.params, file: registerPath }));
    return 1;
  }
  const { report } = built;
  const check = checkAnonymisedReport(report, {
    k,
    personalTokens: personalTokens(dataset),
    birthYears: personalBirthYears(dataset),
    areas,
  });
  if (!check.ok) {
    io.err(t('report.cli.builtReportFailed'));
    printReportProblems(check.problems, io, t);
    return 1;
  }
  await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  const next = register ?? emptyRegister(dataset.id, built.peopleFingerprint, k);
  // `--now` fixes the time for tests; the register is HR's own file, never the union's.
  const releasedAt = values.now ?? new Date().toISOString();
  await writeRegister(registerPath, {
    ...next,
    peopleFingerprint: built.peopleFingerprint,
    releases: [...next.releases, { releasedAt, tableFingerprints: built.tableFingerprints, report }],
  });
  const share = built.stats.published / Math.max(1, built.stats.cells);
  io.err(
    t('report.cli.written', {
      file: values.out,
      tables: report.tables.length,
      k,
      percent: Math.round(share * 100),
      releases: next.releases.length,
    }),
  );
  io.out(
    JSON.stringify(
      {
        out: values.out,
        register: registerPath,
        k,
        scenarios: scenarios.map((s) => s.scenario.id),
        tables: report.tables.length,
        published: {
          figures: built.stats.published,
          of: built.stats.cells,
          innerCells: built.stats.innerPublished,
          ofInner: built.stats.innerCells,
        },
        earlierReleases: next.releases.length,
      },
      null,
      2,
    ),
  );
  return 0;
};
