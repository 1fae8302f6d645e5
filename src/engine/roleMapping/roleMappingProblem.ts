import type { Dataset } from '../../schema/dataset';
import type { Position } from '../../schema/position';
import type { Scenario } from '../../schema/scenario';
import { dataCentreSiteId } from '../scenario/scenarioDataset';
import { scenarioSiteIds } from '../scenario/scenarioSites';
import { cell, type TravelMatrices } from '../scenario/travelMatrices';
import { personFactsOf } from '../personFacts/personFacts';
import { attritionProbability, combinedLeaveProbability } from '../retention/attritionProbability';
import { competenceFitValue, competenceGaps } from './competenceFit';
import { memo, type MappingReuse } from './mappingReuse';
import { pinnedSite } from './pinnedSite';
import { positionSite } from './positionSite';

/** Where a person stands before the optimiser: a candidate, or outside the mapping and why. */
export type PersonStatus = 'candidate' | 'not-placed' | 'declined-transfer' | 'leaving';

export type RoleMappingWarningCode =
  'position-without-site' | 'lock-breaks-rule' | 'lock-conflict' | 'stage-without-lock';

export interface RoleMappingWarning {
  code: RoleMappingWarningCode;
  params: Record<string, string>;
}

/**
 * The person–position problem of a scenario: rows are the candidates (people of the new
 * company who may be placed), columns the positions not kept vacant. Per pair: fit, score,
 * the site and one-way minutes the placement brings, and whether hard rules allow it.
 */
export interface RoleMappingProblem {
  /** Dataset index of each row's person. */
  rowPerson: Int32Array;
  /** Dataset index of each column's position. */
  colPosition: Int32Array;
  /**
   * Each column's class (copies of a role under one location rule, alike for every person):
   * score, fit, chance of leaving and the need of a vetting are kept per row and class
   * (`pairScore`, `pairFit`, `pairLeave`, `pairVetting`), not per pair;
   * `classScore[row * classes + class]`.
   */
  colClass: Int32Array;
  classes: number;
  /** Score with the retention weight, as the optimiser maximises it. */
  classScore: Float64Array;
  classFit: Float64Array;
  /** Probability that the row's person leaves within the transition if placed on the class's site. */
  classLeave: Float64Array;
  /** 1 where the class requires clearance and the person must first be vetted (rule `vetting`). */
  classVetting: Uint8Array;
  allowed: Uint8Array;
  /**
   * Each column's location rule: positions of one rule put a given holder at the same site, so
   * the site and trip are kept per row and rule (`pairSite`, `pairMinutes`), not per pair.
   */
  colRule: Int32Array;
  rules: number;
  /** Site index (in dataset.sites) per row and rule, -1 where the rule gives no site. */
  ruleSite: Int32Array;
  /** One-way minutes from the row's home to that site (today's site where none). */
  ruleMinutes: Float64Array;
  /** Per person in dataset order. */
  status: PersonStatus[];
  /**
   * For each column, the first column of its class: copies of a role under one location rule,
   * alike for every person. Exclusions and locks may still set a copy apart (the solver checks).
   */
  copyOf: Int32Array;
  /** Locks in force, as [row, col]. */
  locks: Array<[number, number]>;
  warnings: RoleMappingWarning[];
}

/**
 * Builds the problem: hard rules (clearance, manager, locks, exclusions, vacancies, external
 * recruitment, stages) and scores (docs/role-mapping.md):
 *
 *   score = fitWeight · fit · (1 − r · p_leave) + continuity − commutePenalty · ΔT − vettingCost · [vetting needed]
 *
 * with p_leave the attrition model's probability for the person on the position's site.
 * `reuse`: what does not depend on the scenario's sites (rows, columns, classes, fit, hard
 * rules) is taken from the last problem built for the same people, positions and decisions.
 */
export function roleMappingProblem(
  dataset: Dataset,
  scenario: Scenario,
  travel: TravelMatrices,
  reuse?: MappingReuse,
): RoleMappingProblem {
  const fixed = memo(reuse, 'siteFreeProblem', [dataset, siteFreeKey(scenario)], () =>
    siteFreeProblem(dataset, scenario),
  );
  const { rows, colPositions, ruleHolder, classPositions, classRule, classes, classFit, classVetting } = fixed;
  const params = scenario.parameters.assignment;
  const attrition = scenario.parameters.attrition;
  const retentionWeight = params.retentionWeight;
  const n = rows.length;
  const usedSites = scenarioSiteIds(dataset, scenario);
  const sitelessRules = new Set<number>();
  const classLeave = new Float64Array(n * classes);
  const classScore = new Float64Array(n * classes);
  const rules = ruleHolder.length;
  const ruleSite = new Int32Array(n * rules);
  const ruleMinutes = new Float64Array(n * rules);
  const ruleLeave = new Float64Array(rules);
  // Retirement is derived from the birth year through the one seam to the private fields.
  const facts = personFactsOf(dataset, attrition);
  for (let row = 0; row < n; row++) {
    const i = rows[row]!;
    const person = dataset.people[i]!;
    const today = cell(travel.homeToSite, i, travel.siteIndex.get(person.siteId)!);
    const retiring = facts.get(person.id)!.reachesRetirementAge;
    const ruleBase = row * rules;
    ruleHolder.forEach((position, rule) => {
      const siteId = positionSite(dataset, scenario, position, i, travel, usedSites);
      const siteIndex = siteId === null ? undefined : travel.siteIndex.get(siteId);
      const trip = siteIndex === undefined ? today : cell(travel.homeToSite, i, siteIndex);
      ruleSite[ruleBase + rule] = siteIndex ?? -1;
      ruleMinutes[ruleBase + rule] = trip.minutes;
      ruleLeave[rule] = combinedLeaveProbability(
        attritionProbability(trip.minutes, trip.minutes - today.minutes, attrition),
        retiring,
        attrition,
      );
    });
    classPositions.forEach((position, q) => {
      const rule = classRule[q]!;
      const at = row * classes + q;
      const p = ruleLeave[rule]!;
      classLeave[at] = p;
      classScore[at] =
        params.fitWeight * classFit[at]! * (1 - retentionWeight * p) +
        (position.functionId === person.functionId ? params.continuityBonus : 0) -
        params.commutePenaltyPerMinute * (ruleMinutes[ruleBase + rule]! - today.minutes) -
        (classVetting[at] === 1 ? params.vettingCost : 0);
    });
    if (row === 0) for (let rule = 0; rule < rules; rule++) if (ruleSite[rule]! < 0) sitelessRules.add(rule);
  }
  const sitelessPositions = colPositions.filter((_, c) => sitelessRules.has(fixed.colRule[c]!)).map((p) => p.id);
  return {
    rowPerson: rows,
    colPosition: fixed.cols,
    classScore,
    colClass: fixed.colClass,
    classes,
    classFit,
    classLeave,
    classVetting,
    allowed: fixed.allowed,
    colRule: fixed.colRule,
    rules,
    ruleSite,
    ruleMinutes,
    copyOf: fixed.copyOf,
    status: fixed.status,
    locks: fixed.locks,
    warnings: [
      ...sitelessPositions.map((positionId) => ({ code: 'position-without-site' as const, params: { positionId } })),
      ...fixed.warnings,
    ],
  };
}

/** What a scenario's site-free part depends on besides the dataset (its sites excepted). */
function siteFreeKey(scenario: Scenario): string {
  return JSON.stringify([
    scenario.decisions,
    scenario.stages,
    scenario.parameters.assignment,
    dataCentreSiteId(scenario),
  ]);
}

/** The part of the problem its sites do not change: rows, columns, rules, classes, fit, vetting and hard rules. */
function siteFreeProblem(dataset: Dataset, scenario: Scenario) {
  const params = scenario.parameters.assignment;
  const { decisions, stages } = scenario;
  const warnings: RoleMappingWarning[] = [];
  const excludedEntirely = new Set(
    decisions.exclusions.filter((e) => e.positionId === undefined).map((e) => e.personId),
  );
  const status = dataset.people.map((person): PersonStatus => {
    const stage = stages[person.id] ?? 'proposed';
    if (stage === 'declined-transfer') return 'declined-transfer';
    if (stage === 'leaving') return 'leaving';
    if (stage === 'not-selected' || excludedEntirely.has(person.id)) return 'not-placed';
    return 'candidate';
  });
  const rows: number[] = [];
  // People who declined the transfer stay with their municipality, which may redeploy them to
  // a position it retains (LAS 7 §): rows of their own, allowed only there (below).
  const retainedMembers = new Set(dataset.positions.flatMap((p) => (p.retainedBy === undefined ? [] : [p.retainedBy])));
  status.forEach(
    (s, i) =>
      (s === 'candidate' || (s === 'declined-transfer' && retainedMembers.has(dataset.people[i]!.municipalityId))) &&
      rows.push(i),
  );
  const vacant = new Set([...decisions.vacancies, ...decisions.externalRecruitment]);
  const cols: number[] = [];
  dataset.positions.forEach((p, j) => !vacant.has(p.id) && cols.push(j));

  const n = rows.length;
  const m = cols.length;
  const allowed = new Uint8Array(n * m);
  const rowOf = new Map(rows.map((i, r) => [dataset.people[i]!.id, r]));
  const colOf = new Map(cols.map((j, c) => [dataset.positions[j]!.id, c]));

  // Positions with the same location rule put a given holder at the same site: per holder,
  // the site, trip and chance of leaving are found once per rule, not once per position.
  const ruleKey = (p: Position) => {
    const pinned = pinnedSite(p, scenario);
    if (pinned !== null) return `s:${pinned}`;
    const { location } = p;
    return location.rule === 'function-site'
      ? `f:${p.functionId}`
      : location.rule === 'local'
        ? `l:${location.municipalityId}`
        : 'any';
  };
  const colPositions = cols.map((j) => dataset.positions[j]!);
  // `ruleHolder`: a position of each rule, to ask for the site.
  const { group: colRule, first: ruleHolder } = groupByKey(colPositions, ruleKey);
  // Columns of one class (copies of a role under one location rule) are alike for every
  // person: each pair's figures are computed once per class and copied to its columns. In a
  // large merger that is some 30 classes for 1 600 positions (docs/performance.md).
  const {
    group: colClass,
    first: classPositions,
    firstIndex: classColumns,
  } = groupByKey(colPositions, (p, c) =>
    JSON.stringify([colRule[c], p.requirements, p.functionId, p.clearanceRequired, p.manager, p.retainedBy ?? null]),
  );
  const classes = classPositions.length;
  const classRule = Int32Array.from(classColumns, (c) => colRule[c]!);
  const classFit = new Float64Array(n * classes);
  const classVetting = new Uint8Array(n * classes);
  const classAllowed = new Uint8Array(classes);
  const spreadRows = new Map<string, Uint8Array>();
  for (let row = 0; row < n; row++) {
    const i = rows[row]!;
    const person = dataset.people[i]!;
    classPositions.forEach((position, q) => {
      classFit[row * classes + q] = competenceFitValue(person, position, params);
      classVetting[row * classes + q] = position.clearanceRequired && !person.securityClearance ? 1 : 0;
      // The gaps are listed only for a manager position (the only rule that needs them).
      classAllowed[q] =
        meetsHardRules(person, position, params.clearanceRule) &&
        (!position.manager ||
          managerGapAllowed(position, competenceGaps(person, position, params), params.managerMaxGapLevels)) &&
        retainedRuleAllows(person.municipalityId, status[i]!, position)
          ? 1
          : 0;
    });
    // People alike in the hard rules share a row of them: spread once, then copied.
    const pattern = classAllowed.join('');
    let spread = spreadRows.get(pattern);
    if (!spread) spreadRows.set(pattern, (spread = spreadClasses(colClass, classAllowed)));
    allowed.set(spread, row * m);
  }

  for (const exclusion of decisions.exclusions) {
    if (exclusion.positionId === undefined) continue;
    const r = rowOf.get(exclusion.personId);
    const c = colOf.get(exclusion.positionId);
    if (r !== undefined && c !== undefined) allowed[r * m + c] = 0;
  }

  // A lock fixes a row to a column: nothing else for either. A lock that breaks a hard rule,
  // or clashes with an earlier lock on the same person or position, is not applied and said.
  const locks: Array<[number, number]> = [];
  const lockedRows = new Set<number>();
  const lockedCols = new Set<number>();
  for (const lock of decisions.locks) {
    const r = rowOf.get(lock.personId);
    const c = colOf.get(lock.positionId);
    if (r === undefined || c === undefined) continue; // person outside the mapping or position vacant
    if (lockedRows.has(r) || lockedCols.has(c)) {
      warnings.push({ code: 'lock-conflict', params: { personId: lock.personId, positionId: lock.positionId } });
      continue;
    }
    if (!allowed[r * m + c]) {
      warnings.push({ code: 'lock-breaks-rule', params: { personId: lock.personId, positionId: lock.positionId } });
      continue;
    }
    lockedRows.add(r);
    lockedCols.add(c);
    locks.push([r, c]);
  }
  for (const [r, c] of locks) {
    for (let k = 0; k < m; k++) if (k !== c) allowed[r * m + k] = 0;
    for (let k = 0; k < n; k++) if (k !== r) allowed[k * m + c] = 0;
  }
  for (const [personId, stage] of Object.entries(stages)) {
    if ((stage === 'slated' || stage === 'confirmed') && !decisions.locks.some((l) => l.personId === personId)) {
      warnings.push({ code: 'stage-without-lock', params: { personId, stage } });
    }
  }
  return {
    status,
    rows: Int32Array.from(rows),
    cols: Int32Array.from(cols),
    colPositions,
    colRule,
    ruleHolder,
    colClass,
    classPositions,
    classRule,
    classes,
    classFit,
    classVetting,
    allowed,
    copyOf: Int32Array.from(colClass, (q) => classColumns[q]!),
    locks,
    warnings,
  };
}

/** One row's hard rules from its classes' to every column. */
function spreadClasses(colClass: Int32Array, classAllowed: Uint8Array): Uint8Array {
  return Uint8Array.from(colClass, (q) => classAllowed[q]!);
}

/** A pair's score with the retention weight (its column's class's, for the row's person). */
export function pairScore(problem: RoleMappingProblem, row: number, col: number): number {
  return problem.classScore[row * problem.classes + problem.colClass[col]!]!;
}

/** A pair's fit (its column's class's, for the row's person). */
export function pairFit(problem: RoleMappingProblem, row: number, col: number): number {
  return problem.classFit[row * problem.classes + problem.colClass[col]!]!;
}

/** A pair's probability that the person leaves within the transition. */
export function pairLeave(problem: RoleMappingProblem, row: number, col: number): number {
  return problem.classLeave[row * problem.classes + problem.colClass[col]!]!;
}

/** Whether the pair's person must first be vetted for the position (rule `vetting`). */
export function pairVetting(problem: RoleMappingProblem, row: number, col: number): boolean {
  return problem.classVetting[row * problem.classes + problem.colClass[col]!] === 1;
}

/** The site index of a pair's placement (-1: the position has no site in this scenario). */
export function pairSite(problem: RoleMappingProblem, row: number, col: number): number {
  return problem.ruleSite[row * problem.rules + problem.colRule[col]!]!;
}

/** One-way minutes from a pair's person's home to the pair's site (today's site where none). */
export function pairMinutes(problem: RoleMappingProblem, row: number, col: number): number {
  return problem.ruleMinutes[row * problem.rules + problem.colRule[col]!]!;
}

/** Each item's group (equal keys share one, numbered by first appearance) and each group's first item and its index. */
function groupByKey<T>(
  items: readonly T[],
  key: (item: T, index: number) => string,
): { group: Int32Array; first: T[]; firstIndex: number[] } {
  const groupOf = new Map<string, number>();
  const first: T[] = [];
  const firstIndex: number[] = [];
  const group = Int32Array.from(items, (item, index) => {
    const k = key(item, index);
    let g = groupOf.get(k);
    if (g === undefined) {
      g = first.push(item) - 1;
      firstIndex.push(index);
      groupOf.set(k, g);
    }
    return g;
  });
  return { group, first, firstIndex };
}

/**
 * A position a member retains only for that municipality's people; someone who declined the
 * transfer only for a position their municipality retains (docs/retained-positions.md).
 */
export function retainedRuleAllows(
  municipalityId: string,
  status: PersonStatus,
  position: { retainedBy?: string | undefined },
): boolean {
  if (position.retainedBy !== undefined) return position.retainedBy === municipalityId;
  return status === 'candidate';
}

/** A manager position only for someone without a gap wider than `maxGapLevels` in its requirements. */
export function managerGapAllowed(
  position: { manager: boolean },
  gaps: readonly { gap: number }[],
  maxGapLevels: number,
): boolean {
  return !position.manager || gaps.every((g) => g.gap <= maxGapLevels);
}

/**
 * Manager positions only for manager-eligible people; clearance where the position requires it,
 * unless the rule is `vetting` (an uncleared person may be vetted for the position).
 */
export function meetsHardRules(
  person: { securityClearance: boolean; managerEligible: boolean },
  position: { clearanceRequired: boolean; manager: boolean },
  clearanceRule: 'vetting' | 'hard' = 'hard',
): boolean {
  const cleared = !position.clearanceRequired || person.securityClearance || clearanceRule === 'vetting';
  return cleared && (!position.manager || person.managerEligible);
}
