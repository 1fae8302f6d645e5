import type { Dataset } from '../../schema/dataset';
import type { Person } from '../../schema/person';
import type { PersonFacts } from '../../schema/personFacts';
import type { Scenario } from '../../schema/scenario';
import { personFactsOf } from '../personFacts/personFacts';

/** A person of the new company as the order of selection sees them. */
export interface SelectionMember {
  personId: string;
  /** The operating unit: the site where they work in the scenario (bench: their function's site). */
  siteId: string;
  /** Their position, or null on the bench. */
  positionId: string | null;
}

export interface SelectionGroup {
  id: string;
  sites: string[];
  agreementArea: string;
  /** Most protected first (longest service); the last is the first to go. Exempted people are apart. */
  ranking: string[];
  exempted: string[];
}

export interface SelectionConflict {
  benchPersonId: string;
  placedPersonId: string;
  positionId: string;
  groupId: string;
}

export interface SelectionOrder {
  groups: SelectionGroup[];
  conflicts: SelectionConflict[];
  /** Each ranked person's group and place (1 = most protected). */
  rankOf: Record<string, { groupId: string; rank: number }>;
}

/**
 * Order of selection (turordning, LAS 22 §, as amended 2022): one order per operating unit and
 * collective-agreement area (units in the same town merged when the scenario says so); within
 * it, longer total employment first, then older first, then id. At most three people are
 * exempted (the scenario's `lasExemptions`). A *conflict* is a person on the bench who ranks
 * above a placed person of the same group and has sufficient qualifications for that
 * person's position (`isSufficient`).
 */
export function selectionOrder(
  dataset: Dataset,
  scenario: Scenario,
  members: readonly SelectionMember[],
  isSufficient: (personId: string, positionId: string) => boolean,
): SelectionOrder {
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  // Employment and age come as ranks through the one seam to the private fields.
  const facts = personFactsOf(dataset);
  const sites = new Map(dataset.sites.map((s) => [s.id, s]));
  const exempt = new Set(scenario.decisions.lasExemptions);
  const merge = scenario.parameters.selectionOrder.mergeUnitsInSameTown;

  const byGroup = new Map<string, { group: SelectionGroup; members: SelectionMember[] }>();
  for (const member of members) {
    const person = people.get(member.personId)!;
    const unit = merge ? `town-${sites.get(member.siteId)?.localityId ?? member.siteId}` : member.siteId;
    const id = `${unit}--${person.agreementArea}`;
    const entry = byGroup.get(id) ?? {
      group: { id, sites: [], agreementArea: person.agreementArea, ranking: [], exempted: [] },
      members: [],
    };
    if (!entry.group.sites.includes(member.siteId)) entry.group.sites.push(member.siteId);
    entry.members.push(member);
    byGroup.set(id, entry);
  }

  const groups: SelectionGroup[] = [];
  const conflicts: SelectionConflict[] = [];
  const rankOf: SelectionOrder['rankOf'] = {};
  for (const { group, members: inGroup } of [...byGroup.values()].sort((a, b) => a.group.id.localeCompare(b.group.id))) {
    group.sites.sort();
    const ranked = inGroup
      .filter((m) => !exempt.has(m.personId))
      .sort((a, b) => compareProtectionFacts(facts.get(a.personId)!, facts.get(b.personId)!));
    group.ranking = ranked.map((m) => m.personId);
    group.exempted = inGroup.filter((m) => exempt.has(m.personId)).map((m) => m.personId).sort();
    ranked.forEach((m, k) => (rankOf[m.personId] = { groupId: group.id, rank: k + 1 }));
    // Anyone on the bench who outranks a placed person and could do their job is a conflict.
    ranked.forEach((bench, k) => {
      if (bench.positionId !== null) return;
      for (const placed of ranked.slice(k + 1)) {
        if (placed.positionId !== null && isSufficient(bench.personId, placed.positionId)) {
          conflicts.push({ benchPersonId: bench.personId, placedPersonId: placed.personId, positionId: placed.positionId, groupId: group.id });
        }
      }
    });
    groups.push(group);
  }
  return { groups, conflicts, rankOf };
}

/** Negative when a is more protected than b: longer employment, then older, then id (by precomputed ranks). */
export function compareProtectionFacts(a: PersonFacts, b: PersonFacts): number {
  if (a.employmentRank !== b.employmentRank) return a.employmentRank - b.employmentRank;
  if (a.ageRank !== b.ageRank) return a.ageRank - b.ageRank;
  return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
}

/** Negative when a is more protected than b: longer employment, then older, then id. */
export function compareProtection(a: Person, b: Person): number {
  if (a.employmentStart !== b.employmentStart) return a.employmentStart < b.employmentStart ? -1 : 1;
  if (a.birthYear !== b.birthYear) return a.birthYear - b.birthYear;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
