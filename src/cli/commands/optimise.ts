import { parseArgs } from 'node:util';
import { optimiseHubs } from '../../engine/optimiser/optimiseHubs';
import type { HubCandidate, HubPlacementParamsInput } from '../../engine/optimiser/hubPlacementTypes';
import { createTranslator } from '../../i18n/createTranslator';
import type { CliCommand } from '../command';
import { DEFAULT_DATA_DIR } from '../loadDataset';
import { loadScenarioInputs, scenarioById } from '../loadScenarioInputs';

const OBJECTIVES = ['median', 'coverage', 'mixed'] as const;

/**
 * `optimise --objective median|coverage|mixed --hubs P [--scenario ID] [--minutes T]
 * [--weight W] [--require ID,...] [--exclude ID,...] [--data DIR] [--travel-matrix FILE]`:
 * hub placement from a base scenario (default `decentralised`), people re-assigned on every
 * candidate. Prints the sites, each function's site, the service points, the objective
 * (median: total one-way minutes, lower is better; coverage: covered share 0–1; mixed: the
 * score, higher is better), its unit and the alternatives. Bad input exits 1 with a message.
 */
export const optimiseCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      objective: { type: 'string' },
      hubs: { type: 'string' },
      scenario: { type: 'string', default: 'decentralised' },
      minutes: { type: 'string' },
      weight: { type: 'string' },
      require: { type: 'string' },
      exclude: { type: 'string' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      'travel-matrix': { type: 'string' },
    },
    strict: true,
  });
  const t = createTranslator(io.lang);
  if (values.objective === undefined || values.hubs === undefined) {
    io.err(t('hubs.error.objectiveRequired'));
    return 1;
  }
  const objective = OBJECTIVES.find((o) => o === values.objective);
  if (!objective) {
    io.err(t('hubs.error.unknownObjective', { objective: values.objective }));
    return 1;
  }
  const numbers: Record<string, number> = {};
  for (const flag of ['hubs', 'minutes', 'weight'] as const) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) {
      io.err(t('hubs.error.notANumber', { flag, value: raw }));
      return 1;
    }
    numbers[flag] = value;
  }
  const list = (raw: string | undefined) =>
    raw === undefined
      ? []
      : raw
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== '');
  const params: Partial<HubPlacementParamsInput> = {
    objective,
    hubs: numbers.hubs!,
    requiredSiteIds: list(values.require),
    excludedSiteIds: list(values.exclude),
    ...(numbers.minutes !== undefined ? { responseMinutes: numbers.minutes } : {}),
    ...(numbers.weight !== undefined ? { mixedWeight: numbers.weight } : {}),
  };

  const inputs = await loadScenarioInputs(values.data, values['travel-matrix'], io, t);
  if (!inputs) return 1;
  const base = scenarioById(inputs.dataset, values.scenario, io, t);
  if (!base) return 1;
  const result = optimiseHubs(inputs.dataset, base, params, inputs.options);
  if (!result.ok) {
    io.err(t(`hubs.error.${result.error.code}`, result.error.params));
    return 1;
  }
  for (const warning of result.warnings) io.err(t(`hubs.warning.${warning.code}`, warning.params));
  const figures = (c: HubCandidate) => ({
    sites: c.sites,
    functions: c.functions,
    servicePoints: c.servicePoints,
    objective: c.objective,
  });
  io.out(
    JSON.stringify(
      {
        ...figures(result),
        unit: result.unit,
        alternatives: result.alternatives.map(figures),
        scenarioId: result.scenario.id,
        baseScenarioId: base.id,
        method: result.method,
        rounds: result.rounds,
        commuteMinutes: result.commuteMinutes,
        todayCommuteMinutes: result.todayCommuteMinutes,
        coverageShare: result.coverageShare,
      },
      null,
      2,
    ),
  );
  return 0;
};
