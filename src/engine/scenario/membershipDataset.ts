import type { Dataset } from '../../schema/dataset';
import { positionInMembership } from '../../schema/membership';
import type { Scenario } from '../../schema/scenario';
import { scenarioMembers } from './scenarioMembers';

/**
 * The dataset as a scenario sees it (docs/membership.md): `member` set by the scenario's
 * membership; the people employed by a non-member, the positions that exist only with a
 * non-member (`memberId`, or `local` to it) and a non-member's sites left out (a site a
 * member's person works at today or the scenario uses stays). Localities all stay: a
 * non-member's carry no demand, and homes may lie there.
 *
 * Returns the dataset itself when nothing differs, and the same object for the same dataset
 * and membership (so caches keyed by the dataset's identity, such as the travel matrices,
 * keep working). Idempotent: the view of a view is itself.
 */
export function membershipDataset(dataset: Dataset, scenario: Pick<Scenario, 'members'> & ScenarioSiteRefs): Dataset {
  const members = scenarioMembers(dataset, scenario);
  const usedSites = new Set<string>([
    ...Object.values(scenario.functionSites ?? {}),
    ...(scenario.servicePoints ?? []).map((sp) => sp.siteId),
  ]);
  const key = `${[...members].sort().join(',')}|${[...usedSites].sort().join(',')}`;
  let byKey = views.get(dataset);
  const cached = byKey?.get(key);
  if (cached) return cached;
  const view = computeView(dataset, members, usedSites);
  if (!byKey) views.set(dataset, (byKey = new Map()));
  byKey.set(key, view);
  // The view of the view is the view itself.
  if (view !== dataset) {
    const ofView = new Map([[key, view]]);
    views.set(view, ofView);
  }
  return view;
}

type ScenarioSiteRefs = Partial<Pick<Scenario, 'functionSites' | 'servicePoints'>>;

// A memo, not state: the same inputs always give the same view; it only keeps the identity
// stable so that the per-dataset caches of the callers hit.
const views = new WeakMap<Dataset, Map<string, Dataset>>();

function computeView(dataset: Dataset, members: ReadonlySet<string>, usedSites: ReadonlySet<string>): Dataset {
  const flagsDiffer = dataset.municipalities.some((m) => m.member !== members.has(m.id));
  const people = dataset.people.filter((p) => members.has(p.municipalityId));
  const positions = dataset.positions.filter((p) => positionInMembership(p, members));
  const peopleSites = new Set(people.map((p) => p.siteId));
  const sites = dataset.sites.filter(
    (s) => members.has(s.municipalityId) || peopleSites.has(s.id) || usedSites.has(s.id),
  );
  if (
    !flagsDiffer &&
    people.length === dataset.people.length &&
    positions.length === dataset.positions.length &&
    sites.length === dataset.sites.length
  )
    return dataset;
  return {
    ...dataset,
    municipalities: flagsDiffer
      ? dataset.municipalities.map((m) => (m.member === members.has(m.id) ? m : { ...m, member: members.has(m.id) }))
      : dataset.municipalities,
    people: people.length === dataset.people.length ? dataset.people : people,
    positions: positions.length === dataset.positions.length ? dataset.positions : positions,
    sites: sites.length === dataset.sites.length ? dataset.sites : sites,
  };
}
