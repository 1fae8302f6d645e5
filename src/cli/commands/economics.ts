import { parseArgs } from 'node:util';
import { economicsOfScenario } from '../../engine/economics/economicsOfScenario';
import { financingModels, type FinancingModel } from '../../engine/economics/economicsTypes';
import { economicsJson } from '../../engine/economics/economicsJson';
import { createTranslator } from '../../i18n/createTranslator';
import type { CliCommand } from '../command';
import { DEFAULT_DATA_DIR } from '../loadDataset';
import { evaluatedScenario } from '../loadScenarioInputs';

/**
 * `economics (--scenario ID | --scenario-file FILE) [--financing contribution|use|combined] [--data DIR]`:
 * the scenario's cost paths, payments and payback as JSON (docs/economics.md).
 */
export const economicsCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      scenario: { type: 'string' },
      'scenario-file': { type: 'string' },
      financing: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      'travel-matrix': { type: 'string' },
    },
    strict: true,
  });
  const t = createTranslator(io.lang);
  const financing = values.financing;
  if (financing !== undefined && !(financingModels as readonly string[]).includes(financing)) {
    io.err(t('economics.error.financing', { value: financing, allowed: financingModels.join(', ') }));
    return 2;
  }
  const evaluated = await evaluatedScenario(values, io, t);
  if (!evaluated) return 1;
  const { dataset, scenario, evaluation } = evaluated;
  const outcome = economicsOfScenario(dataset, scenario, evaluation);
  if (!outcome.ok) {
    for (const issue of outcome.issues)
      io.err(
        t('economics.issue.line', { field: issue.field, reason: t(`economics.issue.${issue.code}`, issue.params) }),
      );
    return 1;
  }
  for (const w of outcome.result.warnings) io.err(t(`economics.warning.${w.code}`, w));
  io.out(JSON.stringify(economicsJson(outcome.result, financing as FinancingModel | undefined), null, 2));
  return 0;
};
