import { parseArgs } from 'node:util';
import { compareScenarios } from '../../engine/compare/compareScenarios';
import { evaluateScenario } from '../../engine/evaluateScenario';
import { baselineForMembers, scenarioMembers } from '../../engine/scenario/scenarioMembers';
import { createTranslator } from '../../i18n/createTranslator';
import type { CliCommand } from '../command';
import { DEFAULT_DATA_DIR } from '../loadDataset';
import { loadScenarioInputs, reportWarnings, scenarioById } from '../loadScenarioInputs';

/**
 * `compare --scenarios ID,ID,... [--data DIR] [--travel-matrix FILE]`: the key figures side by
 * side, the difference to the baseline (the first baseline scenario named, else the dataset's
 * first baseline; with each scenario's members), the best value of each row, and each
 * scenario's member municipalities.
 */
export const compareCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      scenarios: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      'travel-matrix': { type: 'string' },
    },
    strict: true,
  });
  const t = createTranslator(io.lang);
  const ids = (values.scenarios ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0) {
    io.err(t('engine.error.scenariosRequired'));
    return 1;
  }
  const inputs = await loadScenarioInputs(values.data, values['travel-matrix'], io, t);
  if (!inputs) return 1;
  const scenarios = ids.map((id) => scenarioById(inputs.dataset, id, io, t));
  if (scenarios.some((s) => s === null)) return 1;
  const evaluations = scenarios.map((s) => evaluateScenario(inputs.dataset, s!, inputs.options));
  for (const e of evaluations) reportWarnings(e.warnings, io, t);
  const baselineScenario =
    scenarios.find((s) => s!.kind === 'baseline') ?? inputs.dataset.scenarios.find((s) => s.kind === 'baseline');
  // Each scenario against the baseline with its own members (docs/membership.md): one
  // evaluation per membership, reusing a compared scenario's where it is that baseline.
  const baselineEvaluations = new Map(evaluations.map((e) => [e.scenarioId, e]));
  const baselines = scenarios.map((s) => {
    if (!baselineScenario) return null;
    const baseline = baselineForMembers(inputs.dataset, baselineScenario, s!);
    let evaluation = baselineEvaluations.get(baseline.id);
    if (!evaluation) {
      evaluation = evaluateScenario(inputs.dataset, baseline, inputs.options);
      baselineEvaluations.set(baseline.id, evaluation);
    }
    return evaluation;
  });
  // Scenarios may differ in members (docs/membership.md): each one's are named.
  const members = Object.fromEntries(
    scenarios.map((s) => [
      s!.id,
      inputs.dataset.municipalities.filter((m) => scenarioMembers(inputs.dataset, s).has(m.id)).map((m) => m.id),
    ]),
  );
  io.out(
    JSON.stringify(
      {
        ...compareScenarios(
          evaluations,
          baselines,
          scenarios.map((s) => s!),
        ),
        members,
      },
      null,
      2,
    ),
  );
  return 0;
};
