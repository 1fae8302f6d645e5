import type { TFunction } from 'i18next';
import type { HubCandidate } from '../../engine/optimiser/hubPlacementTypes';
import type { Scenario } from '../../schema/scenario';
import type { Objective } from './hubPlacementForm';

/**
 * A suggestion (alternative 0) or an alternative as the scenario to keep, named and described
 * in the UI's language. The engine's drafts carry the base's name; the base's preset texts,
 * which would rename it on a change of language, are dropped.
 */
export function keptHubScenario(
  t: TFunction,
  baseName: string,
  candidate: HubCandidate,
  alternative: number,
  objectiveKind: Objective,
): Scenario {
  const words = {
    base: baseName,
    objective: t(`hubs.objectiveShort.${objectiveKind}`),
    hubs: candidate.scenario.parameters.optimiser.hubs,
    n: alternative,
  };
  const name = alternative === 0 ? t('hubs.panel.keptName', words) : t('hubs.panel.keptNameAlternative', words);
  const { localised: _baseTexts, ...draft } = candidate.scenario;
  return { ...draft, name, description: t('hubs.panel.keptDescription', words) };
}
