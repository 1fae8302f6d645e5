import { datasetSummary } from '../../engine/datasetSummary';
import { parseArgs } from 'node:util';
import { createTranslator } from '../../i18n/createTranslator';
import type { CliCommand } from '../command';
import { DEFAULT_DATA_DIR, loadDatasetForCli } from '../loadDataset';
import { validateFilesCommand } from './validateFiles';

const fileOptions = ['--people', '--positions', '--sites', '--competences'];

/**
 * `validate [--data DIR] [--strict]`: exit 0 with a summary line, or 1 with every problem.
 * With `--people FILE` (or positions, sites, competences) it validates those files against
 * the rest of the data folder instead, naming file, row and column.
 */
export const validateCommand: CliCommand = async (args, io) => {
  if (args.some((a) => fileOptions.includes(a.split('=')[0]!))) return validateFilesCommand(args, io);
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string', default: DEFAULT_DATA_DIR }, strict: { type: 'boolean', default: false } },
    strict: true,
  });
  const t = createTranslator(io.lang);
  const loaded = await loadDatasetForCli(values.data, io, t, { strict: values.strict });
  if (!loaded) return 1;
  const { dataset } = loaded;
  const summary = datasetSummary(dataset);
  io.err(
    t('dataset.validate.ok', {
      name: dataset.name,
      // The default membership's staff and positions (docs/membership.md).
      people: summary.people.total,
      positions: summary.positions.total,
      municipalities: dataset.municipalities.length,
      scenarios: dataset.scenarios.length,
    }),
  );
  return 0;
};
