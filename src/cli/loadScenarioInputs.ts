import type { TFunction } from 'i18next';
import {
  cachedTravelMatrices,
  createEvaluationCache,
  evaluateScenarioWithBasis,
  type EvaluateOptions,
  type EvaluationWarning,
  type ScenarioEvaluation,
} from '../engine/evaluateScenario';
import { membershipDataset } from '../engine/scenario/membershipDataset';
import { scenarioDataset } from '../engine/scenario/scenarioDataset';
import { explainPosition, type PositionExplanation } from '../engine/roleMapping/positionExplanation';
import type { SelectionConflict } from '../engine/selectionOrder/selectionOrder';
import { formatDatasetIssue } from '../i18n/formatIssue';
import type { Dataset } from '../schema/dataset';
import type { Scenario } from '../schema/scenario';
import { validateDatasetWithScenario } from '../schema/validateDataset';
import type { CliIo } from './command';
import { loadDatasetForCli } from './loadDataset';
import { loadImportedMatrix, loadRoadModel, readJsonFile } from './loadTravelInputs';

/** What the scenario commands need: the dataset and the options of `evaluateScenario`. */
export async function loadScenarioInputs(
  dataDir: string,
  travelMatrixFile: string | undefined,
  io: CliIo,
  t: TFunction,
): Promise<{ dataset: Dataset; options: EvaluateOptions } | null> {
  const loaded = await loadDatasetForCli(dataDir, io, t);
  if (!loaded) return null;
  const roads = await loadRoadModel(dataDir, io, t);
  if (!roads) return null;
  const options: EvaluateOptions = { travelModel: roads.model, cache: createEvaluationCache() };
  if (travelMatrixFile !== undefined) {
    const matrix = await loadImportedMatrix(travelMatrixFile, io, t);
    if (!matrix) return null;
    options.importedMatrix = matrix;
  }
  return { dataset: loaded.dataset, options };
}

/** A scenario of the dataset by id; null after saying which ids exist. */
export function scenarioById(dataset: Dataset, id: string, io: CliIo, t: TFunction): Scenario | null {
  const scenario = dataset.scenarios.find((s) => s.id === id);
  if (!scenario)
    io.err(t('engine.error.unknownScenario', { id, known: dataset.scenarios.map((s) => s.id).join(', ') }));
  return scenario ?? null;
}

/**
 * A scenario from a JSON file, validated against the dataset like the dataset's own
 * scenarios (shape and references); every problem is reported with the file's name.
 */
export async function scenarioFromFile(
  dataset: Dataset,
  file: string,
  io: CliIo,
  t: TFunction,
): Promise<Scenario | null> {
  const raw = await readJsonFile(file, io, t);
  if (raw === undefined) return null;
  const validation = validateDatasetWithScenario(dataset, raw);
  if (!validation.ok) {
    for (const issue of validation.errors)
      io.err(t('engine.error.scenarioFile', { file, line: formatDatasetIssue(issue, t) }));
    return null;
  }
  return validation.dataset.scenarios[validation.dataset.scenarios.length - 1]!;
}

export function reportWarnings(warnings: readonly EvaluationWarning[], io: CliIo, t: TFunction): void {
  const area = (code: string) =>
    code.startsWith('matrix-') || code === 'place-off-graph'
      ? 'travel'
      : code === 'fewDraws' || code === 'cancelled'
        ? 'retention'
        : 'engine';
  for (const w of warnings) io.err(t(`${area(w.code)}.warning.${w.code}`, w.params));
}

/**
 * The one scenario a command is given (`--scenario ID` or `--scenario-file FILE`, exactly one),
 * evaluated over the data folder, its warnings reported; null after saying what is wrong.
 */
export async function evaluatedScenario(
  values: {
    data: string;
    scenario?: string | undefined;
    'scenario-file'?: string | undefined;
    'travel-matrix'?: string | undefined;
  },
  io: CliIo,
  t: TFunction,
): Promise<{
  dataset: Dataset;
  scenario: Scenario;
  evaluation: ScenarioEvaluation;
  /** Explains any position on demand (runner-up, candidates): `evaluate --explain`. */
  explain: (positionId: string) => PositionExplanation;
  /** The unconstrained optimum's conflicts with the order of selection, listed on demand: `evaluate --explain`. */
  unconstrainedConflicts: () => SelectionConflict[];
} | null> {
  if ((values.scenario === undefined) === (values['scenario-file'] === undefined)) {
    io.err(t('engine.error.scenarioRequired'));
    return null;
  }
  const inputs = await loadScenarioInputs(values.data, values['travel-matrix'], io, t);
  if (!inputs) return null;
  const scenario =
    values.scenario !== undefined
      ? scenarioById(inputs.dataset, values.scenario, io, t)
      : await scenarioFromFile(inputs.dataset, values['scenario-file']!, io, t);
  if (!scenario) return null;
  const { options } = inputs;
  const { evaluation, basis } = evaluateScenarioWithBasis(inputs.dataset, scenario, options);
  reportWarnings(evaluation.warnings, io, t);
  // The basis indexes the scenario's view of the dataset: its members', with what they retain.
  const members = membershipDataset(inputs.dataset, scenario);
  const scoped = scenarioDataset(members, scenario);
  const explain = (positionId: string): PositionExplanation =>
    basis
      ? explainPosition(
          { dataset: scoped, scenario, travel: cachedTravelMatrices(members, scenario, options, scoped) },
          basis,
          positionId,
        )
      : { positionId, runnerUp: null, candidates: null };
  const unconstrainedConflicts = () => basis?.unconstrainedConflicts ?? [];
  return { dataset: inputs.dataset, scenario, evaluation, explain, unconstrainedConflicts };
}
