import { hasManualDecisions, optimiserProposal } from '../engine/scenario/optimiserProposal';
import { baselineForMembers } from '../engine/scenario/scenarioMembers';
import type { Dataset } from '../schema/dataset';
import type { Scenario } from '../schema/scenario';
import { evaluationKey } from './scenarioVersion';
import type { AppState } from './store';

/** Results of the dataset's presets (used as the baseline when the user has none) carry this prefix. */
export const PRESET_RESULT_PREFIX = 'preset:';
/** Results of a scenario's optimiser proposal (without its manual decisions) carry this prefix. */
export const PROPOSAL_RESULT_PREFIX = 'proposal:';
/** Results of the baseline with other members carry this prefix, then the members joined by '+'. */
export const MEMBERS_BASELINE_PREFIX = 'baseline-members:';

// One proposal object per scenario object, so that selectors return a stable value.
const proposals = new WeakMap<Scenario, Scenario>();
const proposalOf = (scenario: Scenario): Scenario => {
  let proposal = proposals.get(scenario);
  if (!proposal) proposals.set(scenario, (proposal = optimiserProposal(scenario)));
  return proposal;
};
// Likewise one baseline object per baseline object and members.
const memberBaselines = new WeakMap<Scenario, Map<string, Scenario>>();
const baselineWithMembers = (dataset: Dataset, baseline: Scenario, members: string[]): Scenario => {
  let byMembers = memberBaselines.get(baseline);
  if (!byMembers) memberBaselines.set(baseline, (byMembers = new Map()));
  const key = members.join('+');
  let scenario = byMembers.get(key);
  if (!scenario) byMembers.set(key, (scenario = baselineForMembers(dataset, baseline, { members })));
  return scenario;
};

export const readyDataset = (state: AppState): Dataset | null =>
  state.datasetStatus.kind === 'ready' ? state.datasetStatus.dataset : null;

/** The active scenario: the chosen one, or the first of the list when that one is gone. */
export const activeScenario = (state: AppState): Scenario | null =>
  state.scenarios.find((s) => s.id === state.activeScenarioId) ?? state.scenarios[0] ?? null;

/**
 * The baseline for comparisons: the user's first scenario of kind `baseline`, else the dataset's
 * baseline preset (evaluated under `preset:<id>`).
 */
export function baselineResultId(state: AppState): string | null {
  const own = state.scenarios.find((s) => s.kind === 'baseline');
  if (own) return own.id;
  const preset = readyDataset(state)?.scenarios.find((s) => s.kind === 'baseline');
  return preset ? PRESET_RESULT_PREFIX + preset.id : null;
}

/**
 * The baseline result a scenario is measured against: the baseline with the scenario's members
 * (`baselineForMembers`, docs/membership.md), so that a difference to today counts the same
 * people on both sides.
 */
export function baselineResultIdFor(state: AppState, scenario: Scenario | null): string | null {
  const id = baselineResultId(state);
  const dataset = readyDataset(state);
  const baseline = id === null ? null : scenarioOfResult(state, id);
  if (!scenario || !dataset || !baseline) return id;
  const measured = baselineForMembers(dataset, baseline, scenario);
  return measured === baseline ? id : MEMBERS_BASELINE_PREFIX + measured.members!.join('+');
}

/**
 * The scenario a result id stands for: one of the user's, a preset, a user's scenario's
 * proposal, or the baseline with other members.
 */
export function scenarioOfResult(state: AppState, resultId: string): Scenario | null {
  if (resultId.startsWith(MEMBERS_BASELINE_PREFIX)) {
    const dataset = readyDataset(state);
    const baselineId = baselineResultId(state);
    const baseline = baselineId === null ? null : scenarioOfResult(state, baselineId);
    if (!dataset || !baseline) return null;
    return baselineWithMembers(dataset, baseline, resultId.slice(MEMBERS_BASELINE_PREFIX.length).split('+'));
  }
  if (resultId.startsWith(PRESET_RESULT_PREFIX)) {
    const id = resultId.slice(PRESET_RESULT_PREFIX.length);
    return readyDataset(state)?.scenarios.find((s) => s.id === id) ?? null;
  }
  if (resultId.startsWith(PROPOSAL_RESULT_PREFIX)) {
    const scenario = state.scenarios.find((s) => s.id === resultId.slice(PROPOSAL_RESULT_PREFIX.length));
    return scenario ? proposalOf(scenario) : null;
  }
  return state.scenarios.find((s) => s.id === resultId) ?? null;
}

/** The version a result must have to be current, or null when there is nothing to evaluate. */
export function currentResultKey(state: AppState, resultId: string): string | null {
  const scenario = scenarioOfResult(state, resultId);
  return scenario && readyDataset(state) ? evaluationKey(state.datasetVersion, scenario) : null;
}

/**
 * What the open view needs evaluated: the active scenario and its baseline; every scenario when
 * comparing (with each one's baseline), and when HR builds the report (a manager's report view
 * shows only a note); the active scenario's optimiser proposal in the decision log, when it has
 * decisions.
 */
export function neededResultIds(state: AppState): string[] {
  const ids = new Set<string>();
  const active = activeScenario(state);
  if (active) ids.add(active.id);
  const baseline = baselineResultIdFor(state, active);
  if (baseline) ids.add(baseline);
  if (state.view === 'compare' || (state.view === 'report' && state.role === 'hr'))
    for (const s of state.scenarios) {
      ids.add(s.id);
      const baselineOfScenario = state.view === 'compare' ? baselineResultIdFor(state, s) : null;
      if (baselineOfScenario) ids.add(baselineOfScenario);
    }
  if (state.view === 'log' && active && hasManualDecisions(active)) ids.add(PROPOSAL_RESULT_PREFIX + active.id);
  return [...ids];
}
