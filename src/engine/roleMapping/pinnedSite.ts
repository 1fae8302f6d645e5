import type { Position } from '../../schema/position';
import type { Scenario } from '../../schema/scenario';
import { dataCentreSiteId } from '../scenario/scenarioDataset';

/**
 * A site that overrides a position's location rule in a scenario: a retained position's own
 * site, or the scenario's data centre for positions worked there (docs/retained-positions.md).
 * Null: the location rule applies.
 */
export function pinnedSite(position: Position, scenario: Scenario): string | null {
  if (position.fixedSiteId !== undefined) return position.fixedSiteId;
  if (position.dataCentre === true) return dataCentreSiteId(scenario);
  return null;
}
