import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildManagerPackage } from '../../engine/managerPackage/buildManagerPackage';
import { createTranslator } from '../../i18n/createTranslator';
import { privateFieldPaths } from '../../io/privateFieldScan';
import type { CliCommand } from '../command';
import { DEFAULT_DATA_DIR } from '../loadDataset';
import { loadScenarioInputs, scenarioById } from '../loadScenarioInputs';

/**
 * `export-package --role manager --scenarios ID,ID,... --out FILE [--data DIR] [--travel-matrix FILE]
 * [--created-at ISO]`: the manager's package (docs/roles-and-packages.md), checked to hold no
 * private field before it is written. `--created-at` fixes the timestamp (default: now).
 */
export const exportPackageCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      scenarios: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      'travel-matrix': { type: 'string' },
      'created-at': { type: 'string' },
    },
    strict: true,
  });
  const t = createTranslator(io.lang);
  if (values.role !== 'manager') {
    io.err(t('managerPackage.cli.roleRequired'));
    return 1;
  }
  const ids = (values.scenarios ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (ids.length === 0) {
    io.err(t('managerPackage.cli.scenariosRequired'));
    return 1;
  }
  if (values.out === undefined) {
    io.err(t('managerPackage.cli.outRequired'));
    return 1;
  }
  const inputs = await loadScenarioInputs(values.data, values['travel-matrix'], io, t);
  if (!inputs) return 1;
  const scenarios = [];
  for (const id of ids) {
    const scenario = scenarioById(inputs.dataset, id, io, t);
    if (!scenario) return 1;
    scenarios.push(scenario);
  }
  const pkg = buildManagerPackage(inputs.dataset, scenarios, {
    travelModel: inputs.options.travelModel,
    ...(inputs.options.importedMatrix ? { importedMatrix: inputs.options.importedMatrix } : {}),
    createdAt: values['created-at'] ?? new Date().toISOString(),
  });
  const leaks = privateFieldPaths(pkg);
  if (leaks.length > 0) {
    io.err(t('managerPackage.cli.leak', { paths: leaks.slice(0, 5).join(', ') }));
    return 1;
  }
  await writeFile(values.out, `${JSON.stringify(pkg)}\n`, 'utf8');
  const summary = {
    out: values.out,
    people: pkg.dataset.people.length,
    scenarios: pkg.dataset.scenarios.map((s) => s.id),
    matrices: pkg.precomputed.homeTravel.length,
  };
  io.err(
    t('managerPackage.cli.written', {
      file: values.out,
      people: summary.people,
      scenarios: summary.scenarios.length,
      matrices: summary.matrices,
    }),
  );
  io.out(JSON.stringify({ ...summary, datasetFingerprint: pkg.datasetFingerprint }, null, 2));
  return 0;
};
