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
  return rankedSelection(selectionOrderBasis(dataset, scenario, rankInputs), members, isSufficient, untilFirst);
}

/**
 * What the orders of one scenario share, whoever is placed: every person's group and place in
 * it. The role mapping ranks the order once per round of its solve; this is done once.
 */
export interface SelectionOrderBasis {
  readonly basis: Scenario['parameters']['selectionOrder']['basis'];
  readonly people: Dataset['people'];
  readonly personIndex: ReadonlyMap<string, number>;
  readonly rankInputs: ReadonlyMap<string, RankInput>;
  /** The groups by id (as `localeCompare` orders them), each with its people, most protected first. */
  readonly groups: ReadonlyArray<{ id: string; employer: string; agreementArea: string; people: Int32Array }>;
  readonly companyLeading: ReadonlySet<string>;
  readonly exempt: ReadonlySet<string>;
  /** HR's agreed deviations, by `bench|placed|position`. */
  readonly agreed: ReadonlyMap<string, string>;
}

export function selectionOrderBasis(
  dataset: Dataset,
  scenario: Scenario,
  rankInputs: ReadonlyMap<string, RankInput>,
): SelectionOrderBasis {
  const siteById = new Map(dataset.sites.map((s) => [s.id, s]));
  const byGroup = new Map<string, { id: string; employer: string; agreementArea: string; members: number[] }>();
  dataset.people.forEach((person, i) => {
    const { id, employer } = selectionGroupKey(dataset, scenario, person, siteById);
    let group = byGroup.get(id);
    if (!group) byGroup.set(id, (group = { id, employer, agreementArea: person.agreementArea, members: [] }));
    group.members.push(i);
  });
  const idOf = (i: number) => dataset.people[i]!.id;
  const rankOrder = (a: number, b: number) =>
    rankOrderOf(idOf(a), rankInputs.get(idOf(a))!, idOf(b), rankInputs.get(idOf(b))!);
  const groups = [...byGroup.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ members, ...group }) => ({ ...group, people: Int32Array.from(members.sort(rankOrder)) }));
  return {
    basis: scenario.parameters.selectionOrder.basis,
    people: dataset.people,
    personIndex: new Map(dataset.people.map((p, i) => [p.id, i])),
    rankInputs,
    groups,
    companyLeading: new Set(dataset.positions.filter((p) => p.companyLeading).map((p) => p.id)),
    exempt: new Set(scenario.decisions.lasExemptions),
    agreed: new Map(
      scenario.decisions.agreedDeviations.map((d) => [
        `${d.benchPersonId}|${d.placedPersonId}|${d.positionId}`,
        d.reason,
      ]),
    ),
  };
}

/** The order of `members` (see `selectionOrder`) on a scenario's basis. */
export function rankedSelection(
  basis: SelectionOrderBasis,
  members: readonly SelectionMember[],
  isSufficient: (personId: string, positionId: string) => boolean,
  untilFirst?: (conflict: SelectionConflict) => boolean,
): SelectionOrder {
  const { people, rankInputs, companyLeading, exempt, agreed } = basis;
  // Each member's position (null: on the bench); undefined for people who are not members.
  const positionOf: Array<string | null | undefined> = new Array(people.length);
  const outsideLas: SelectionOrder['outsideLas'] = [];
  for (const member of members) {
    if (member.positionId !== null && companyLeading.has(member.positionId)) {
      outsideLas.push({ personId: member.personId, positionId: member.positionId });
      continue;
    }
    positionOf[basis.personIndex.get(member.personId)!] = member.positionId;
  }

  const groups: SelectionGroup[] = [];
  const conflicts: SelectionConflict[] = [];
  const rankOf: SelectionOrder['rankOf'] = {};
  for (const { id, employer, agreementArea, people: inOrder } of basis.groups) {
    const ranked: Array<{ personId: string; positionId: string | null }> = [];
    const exempted: string[] = [];
    const sites = new Set<string>();
    for (const i of inOrder) {
      const positionId = positionOf[i];
      if (positionId === undefined) continue;
      const person = people[i]!;
      sites.add(person.siteId);
      if (exempt.has(person.id)) exempted.push(person.id);
      else ranked.push({ personId: person.id, positionId });
    }
    if (sites.size === 0) continue;
    const group: SelectionGroup = {
      id,
      employer,
      sites: [...sites].sort(),
      agreementArea,
      ranking: ranked.map((m) => m.personId),
      exempted: exempted.sort(),
      unresolvedTies: [],
    };
    for (let k = 1; k < ranked.length; k++) {
      const [a, b] = [ranked[k - 1]!.personId, ranked[k]!.personId];
      if (compareRank(a, rankInputs.get(a)!, b, rankInputs.get(b)!).decidedBy === 'id')
        group.unresolvedTies.push([a, b]);
    }
    ranked.forEach(
      (m, k) =>
        (rankOf[m.personId] = {
          groupId: id,
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
            groupId: id,
            agreedReason: reason,
          };
          conflicts.push(conflict);
          if (untilFirst?.(conflict)) break;
        }
      }
    });
    groups.push(group);
  }
  return { basis: basis.basis, groups, conflicts, rankOf, outsideLas };
}
