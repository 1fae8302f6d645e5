import type { Dataset } from '../../schema/dataset';
import { defaultMemberIds, scenarioMemberSet } from '../../schema/membership';
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
  return scenarioMemberSet(dataset.municipalities, scenario);
}

/** The dataset's default membership: the municipalities with `member: true`. */
export function defaultMembers(dataset: Pick<Dataset, 'municipalities'>): ReadonlySet<string> {
  return defaultMemberIds(dataset.municipalities);
}

/**
 * The baseline a scenario is measured against: the baseline scenario with that scenario's
 * members, so that a difference to "today" counts the same people on both sides (with Hylte,
 * today's figures include Hylte's staff). The baseline itself when the members agree; else a
 * copy whose id names the members (`today@gislaved+…`).
 */
export function baselineForMembers(
  dataset: Pick<Dataset, 'municipalities'>,
  baseline: Scenario,
  scenario: Pick<Scenario, 'members'>,
): Scenario {
  const wanted = scenarioMembers(dataset, scenario);
  const present = scenarioMembers(dataset, baseline);
  if (wanted.size === present.size && [...wanted].every((id) => present.has(id))) return baseline;
  // In the dataset's order, so that the same members always give the same id.
  const members = dataset.municipalities.filter((m) => wanted.has(m.id)).map((m) => m.id);
  return { ...baseline, id: `${baseline.id}@${members.join('+')}`, members };
}

/** The id of the baseline a `baselineForMembers` copy was made from; any other id unchanged. */
export function baselineSourceId(scenarioId: string): string {
  const at = scenarioId.indexOf('@');
  return at < 0 ? scenarioId : scenarioId.slice(0, at);
}
