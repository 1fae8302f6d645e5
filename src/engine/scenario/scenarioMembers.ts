import type { Dataset } from '../../schema/dataset';
import { defaultMemberIds } from '../../schema/membership';
import type { Scenario } from '../../schema/scenario';

/**
 * The member municipalities of a scenario (docs/membership.md): its own `members` when it
 * lists them, otherwise the dataset's default membership (`municipality.member`). Every
 * figure that counts a municipality's people, demand, sites or pre-study figures asks this.
 */
export function scenarioMembers(
  dataset: Pick<Dataset, 'municipalities'>,
  scenario: Pick<Scenario, 'members'> | null | undefined,
): ReadonlySet<string> {
  const listed = scenario?.members;
  if (listed !== undefined) return new Set(listed);
  return defaultMembers(dataset);
}

/** The dataset's default membership: the municipalities with `member: true`. */
export function defaultMembers(dataset: Pick<Dataset, 'municipalities'>): ReadonlySet<string> {
  return defaultMemberIds(dataset.municipalities);
}
