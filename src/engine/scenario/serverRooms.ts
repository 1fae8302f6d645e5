import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { dataCentreSiteId, scenarioMemberIds } from './scenarioDataset';

/** The infrastructure's rooms in a scenario (docs/economics.md, the data centre). */
export interface ServerRooms {
  /** The data centre's site; null when the scenario names none. */
  dataCentreSiteId: string | null;
  /** Whether the data centre is a new site the scenario adds. */
  newSite: boolean;
  /** The members' server rooms today (server-room sites). */
  today: string[];
  /** The rooms that remain after the migration, the data centre included (once). */
  remaining: string[];
}

/**
 * Today's server rooms are the members' `server-room` sites; after the migration the rooms the
 * scenario keeps (all of today's when it says nothing) and the data centre, counted once.
 */
export function serverRooms(dataset: Dataset, scenario: Scenario): ServerRooms {
  const members = new Set(scenarioMemberIds(dataset, scenario));
  const today = dataset.sites.filter((s) => s.kind === 'server-room' && members.has(s.municipalityId)).map((s) => s.id);
  const centre = dataCentreSiteId(scenario);
  const kept = scenario.dataCentre?.serverRooms ?? today;
  const remaining = [...new Set(centre === null ? kept : [...kept, centre])];
  return { dataCentreSiteId: centre, newSite: scenario.dataCentre?.site.kind === 'new', today, remaining };
}
