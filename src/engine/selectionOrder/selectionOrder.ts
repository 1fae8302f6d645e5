import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { compareRank, rankOrderOf, type RankInput } from './rankInputs';

/** A person of the new company as the order of selection sees them. */
export interface SelectionMember {
  personId: string;
  /** Their position in the scenario, or null on the bench. */
  positionId: string | null;
}

export interface SelectionGroup {
  id: string;
  /** Who gives notice: `company` after the transfer, the municipality's id before it. */
  employer: string;
  /** The operating units: today's workplaces (several when merged per town). */
  sites: string[];
  agreementArea: string;
  /** Most protected first (longest employment); the last is the first to go. Exempted people are apart. */
  ranking: string[];
  exempted: string[];
  /** Neighbours in the ranking whose order only their ids decided: the data cannot resolve the tie. */
  unresolvedTies: Array<[string, string]>;
}

export interface SelectionConflict {
  benchPersonId: string;
  placedPersonId: string;
  positionId: string;
  groupId: string;
  /** HR recorded it as a deviation to negotiate (agreed list), with this reason; null otherwise. */
  agreedReason: string | null;
}

export interface SelectionOrder {
  basis: Scenario['parameters']['selectionOrder']['basis'];
  groups: SelectionGroup[];
  /** Every conflict in the proposal, agreed deviations included (marked). */
  conflicts: SelectionConflict[];
  /** Each ranked person's group, place (1 = most protected) and total employment days. */
  rankOf: Record<string, { groupId: string; rank: number; employmentYears: number }>;
  /** Holders of a company-leading position: outside LAS (1 §), in no group. */
  outsideLas: Array<{ personId: string; positionId: string }>;
}

/** The key of a person's selection group and the employer and unit it stands for. */
export function selectionGroupKey(
  dataset: Dataset,
  scenario: Scenario,
  person: Dataset['people'][number],
  siteById?: ReadonlyMap<string, Dataset['sites'][number]>,
): { id: string; employer: string } {
  const { basis, mergeUnitsInSameTown } = scenario.parameters.selectionOrder;
  const site = siteById ? siteById.get(person.siteId) : dataset.sites.find((s) => s.id === person.siteId);
  const unit = mergeUnitsInSameTown ? `town-${site?.localityId ?? person.siteId}` : person.siteId;
  const employer = basis === 'before-transfer' ? person.municipalityId : 'company';
  const prefix = basis === 'before-transfer' ? `${person.municipalityId}--` : '';
  return { id: `${prefix}${unit}--${person.agreementArea}`, employer };
}

/**
 * Order of selection (turordning, LAS 22 §, as amended 2022), set as at notice: one order per
 * operating unit and collective-agreement area, the units being today's workplaces (they move
 * over as they stand in a transfer, LAS 6 b §), merged per town when the scenario says so;
 * per municipality when the order is made before the transfer. Within a group: longer total
 * employment first, then older, then id (`compareRank`). Exempted people (LAS 22 §: up to three
 * per employer) stand apart; the holder of a company-leading position is outside the act (1 §).
 * A *conflict* is a person on the bench who ranks above a placed person of the same group and
 * has sufficient qualifications for that person's position (`isSufficient`).
 * See docs/selection-order.md.
 *
 * `untilFirst`: a bench person's conflicts are listed up to the first one it accepts, and the
 * rest of theirs left out. The rounds that make a proposal follow the order only ask who has a
 * conflict to act on; at 2 000 people an order has some 20 000 conflicts. Where it accepts
 * none, the list is the whole one.
 */
export function selectionOrder(
  dataset: Dataset,
  scenario: Scenario,
  members: readonly SelectionMember[],
  isSufficient: (personId: string, positionId: string) => boolean,
  rankInputs: ReadonlyMap<string, RankInput>,
  untilFirst?: (conflict: SelectionConflict) => boolean,
): SelectionOrder {
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const siteById = new Map(dataset.sites.map((s) => [s.id, s]));
  const companyLeading = new Set(dataset.positions.filter((p) => p.companyLeading).map((p) => p.id));
  const exempt = new Set(scenario.decisions.lasExemptions);
  const agreed = new Map(
    scenario.decisions.agreedDeviations.map((d) => [
      `${d.benchPersonId}|${d.placedPersonId}|${d.positionId}`,
      d.reason,
    ]),
  );

  const outsideLas: SelectionOrder['outsideLas'] = [];
  const byGroup = new Map<string, { group: SelectionGroup; members: SelectionMember[] }>();
  for (const member of members) {
    if (member.positionId !== null && companyLeading.has(member.positionId)) {
      outsideLas.push({ personId: member.personId, positionId: member.positionId });
      continue;
    }
    const person = people.get(member.personId)!;
    const { id, employer } = selectionGroupKey(dataset, scenario, person, siteById);
    const entry = byGroup.get(id) ?? {
      group: {
        id,
        employer,
        sites: [],
        agreementArea: person.agreementArea,
        ranking: [],
        exempted: [],
        unresolvedTies: [],
      },
      members: [],
    };
    if (!entry.group.sites.includes(person.siteId)) entry.group.sites.push(person.siteId);
    entry.members.push(member);
    byGroup.set(id, entry);
  }

  const groups: SelectionGroup[] = [];
  const conflicts: SelectionConflict[] = [];
  const rankOf: SelectionOrder['rankOf'] = {};
  const compare = (a: SelectionMember, b: SelectionMember) =>
    compareRank(a.personId, rankInputs.get(a.personId)!, b.personId, rankInputs.get(b.personId)!);
  // The same order as a number, for the sort (no object per comparison).
  const rankOrder = (a: SelectionMember, b: SelectionMember) =>
    rankOrderOf(a.personId, rankInputs.get(a.personId)!, b.personId, rankInputs.get(b.personId)!);
  for (const { group, members: inGroup } of [...byGroup.values()].sort((a, b) =>
    a.group.id.localeCompare(b.group.id),
  )) {
    group.sites.sort();
    const ranked = inGroup.filter((m) => !exempt.has(m.personId)).sort(rankOrder);
    group.ranking = ranked.map((m) => m.personId);
    group.exempted = inGroup
      .filter((m) => exempt.has(m.personId))
      .map((m) => m.personId)
      .sort();
    for (let k = 1; k < ranked.length; k++) {
      if (compare(ranked[k - 1]!, ranked[k]!).decidedBy === 'id')
        group.unresolvedTies.push([ranked[k - 1]!.personId, ranked[k]!.personId]);
    }
    ranked.forEach(
      (m, k) =>
        (rankOf[m.personId] = {
          groupId: group.id,
          rank: k + 1,
          employmentYears: rankInputs.get(m.personId)!.employmentYears,
        }),
    );
    // Anyone on the bench who outranks a placed person and could do their job is a conflict.
    ranked.forEach((bench, k) => {
      if (bench.positionId !== null) return;
      for (let below = k + 1; below < ranked.length; below++) {
        const placed = ranked[below]!;
        if (placed.positionId !== null && isSufficient(bench.personId, placed.positionId)) {
          const reason =
            agreed.size === 0
              ? null
              : (agreed.get(`${bench.personId}|${placed.personId}|${placed.positionId}`) ?? null);
          const conflict = {
            benchPersonId: bench.personId,
            placedPersonId: placed.personId,
            positionId: placed.positionId,
            groupId: group.id,
            agreedReason: reason,
          };
          conflicts.push(conflict);
          if (untilFirst?.(conflict)) break;
        }
      }
    });
    groups.push(group);
  }
  return { basis: scenario.parameters.selectionOrder.basis, groups, conflicts, rankOf, outsideLas };
}
