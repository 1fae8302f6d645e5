import { parseArgs } from 'node:util';
import { createTranslator } from '../../i18n/createTranslator';
import { datasetSummary } from '../../engine/datasetSummary';
import type { CliCommand } from '../command';
import { DEFAULT_DATA_DIR, loadDatasetForCli } from '../loadDataset';

/** `summary [--data DIR]`: head counts and the municipalities' figures as JSON. */
export const summaryCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string', default: DEFAULT_DATA_DIR } },
    strict: true,
  });
  const loaded = await loadDatasetForCli(values.data, io, createTranslator(io.lang));
  if (!loaded) return 1;
  io.out(JSON.stringify(datasetSummary(loaded.dataset), null, 2));
  return 0;
};
