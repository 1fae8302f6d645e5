import type { Dataset } from '../../schema/dataset';
import type { Position } from '../../schema/position';
import type { Scenario } from '../../schema/scenario';
import { positionSite } from '../roleMapping/positionSite';
import { roleMappingProblem } from '../roleMapping/roleMappingProblem';
import { scenarioSiteIds } from '../scenario/scenarioSites';
import { cell, type TravelMatrices } from '../scenario/travelMatrices';

/**
 * A lower bound on the median objective an evaluation would give a candidate placement
 * (docs/hub-placement.md, "Pruning candidates"), cheap enough to compute before the full
 * evaluation:
 *
 *   M = Σ one-way minutes of the placed people whose position belongs to a function-site
 *       function (`evaluatedHubObjective`).
 *
 * What holds for every candidate of one optimiser run (the hard rules do not depend on sites):
 * - the role mapping places exactly k* people, the most the hard rules allow (the order of
 *   selection only adds bonuses; the retention guard falls back to the plain mapping if it
 *   would place fewer). So at least q = k* − (open positions of the other functions) of them
 *   hold a function-site function's position;
 * - group those positions by location rule ρ (a function's site, a municipality's service
 *   point, any scenario site), n_ρ open positions each. A holder k of a ρ position travels
 *   c_kρ, the minutes to the site the rule gives k in the candidate (today's trip where it
 *   gives none), exactly as the role mapping prices it; k can hold one only if the hard rules
 *   allow k some position of ρ.
 *
 * So M ≥ the least cost of choosing q distinct people, each on a rule ρ they are allowed,
 * at most n_ρ per rule. Relaxing the limits n_ρ with multipliers μ_ρ ≥ 0 (Lagrange) gives,
 * for every μ,
 *
 *   L(μ) = Σ of the q smallest a_k(μ) − Σ_ρ μ_ρ · n_ρ,   a_k(μ) = min over allowed ρ of (c_kρ + μ_ρ),
 *
 * a valid lower bound. μ = 0 is the plain "everyone at their nearest allowed rule"; a few
 * subgradient steps (raise μ_ρ where more than n_ρ people chose ρ) tighten it, and the best
 * value seen is returned. It ignores fit and score (which decide who is placed), so it is not
 * tight; it spares the evaluation of candidates that could not enter the answer anyway.
 */
export interface CommuteBoundSetup {
  /** q: placements that must be in function-site functions' positions. */
  readonly functionSitePlacements: number;
  /** One position per location rule ρ among the open positions of function-site functions. */
  readonly rulePositions: readonly Position[];
  /** n_ρ: open positions per rule. */
  readonly ruleCapacity: Float64Array;
  /** Person indices of the people the role mapping may place. */
  readonly people: Int32Array;
  /** `allowedRule[a * rules + ρ]`: the hard rules allow person a (index into `people`) some position of ρ. */
  readonly allowedRule: Uint8Array;
}

const SUBGRADIENT_STEPS = 25;

function ruleKey(position: Position): string {
  return position.location.rule === 'function-site'
    ? `f:${position.functionId}`
    : position.location.rule === 'local'
      ? `l:${position.location.municipalityId}`
      : 'any';
}

/**
 * `placed` is k*: the placements of any evaluation of a scenario with the same decisions (the
 * optimiser's evaluation of the base). The hard rules come from the base's role-mapping problem.
 */
export function commuteBoundSetup(
  dataset: Dataset,
  scenario: Scenario,
  travel: TravelMatrices,
  placed: number,
): CommuteBoundSetup {
  const functionSited = new Set(dataset.functions.filter((f) => f.siting === 'function-site').map((f) => f.id));
  const problem = roleMappingProblem(dataset, scenario, travel);
  const m = problem.colPosition.length;
  const rules = new Map<string, number>();
  const rulePositions: Position[] = [];
  const columnRule = new Int32Array(m).fill(-1);
  let otherPositions = 0;
  for (let c = 0; c < m; c++) {
    const position = dataset.positions[problem.colPosition[c]!]!;
    if (!functionSited.has(position.functionId)) {
      otherPositions++;
      continue;
    }
    const key = ruleKey(position);
    let rule = rules.get(key);
    if (rule === undefined) {
      rule = rulePositions.length;
      rules.set(key, rule);
      rulePositions.push(position);
    }
    columnRule[c] = rule;
  }
  const ruleCount = rulePositions.length;
  const ruleCapacity = new Float64Array(ruleCount);
  for (let c = 0; c < m; c++) if (columnRule[c]! >= 0) ruleCapacity[columnRule[c]!]! += 1;
  const n = problem.rowPerson.length;
  const allowedRule = new Uint8Array(n * ruleCount);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < m; c++) {
      const rule = columnRule[c]!;
      if (rule >= 0 && problem.allowed[r * m + c]) allowedRule[r * ruleCount + rule] = 1;
    }
  }
  return {
    functionSitePlacements: Math.max(0, placed - otherPositions),
    rulePositions,
    ruleCapacity,
    people: problem.rowPerson,
    allowedRule,
  };
}

/** The bound for one candidate scenario (its function sites and service points). */
export function commuteLowerBound(
  setup: CommuteBoundSetup,
  dataset: Dataset,
  candidate: Scenario,
  travel: TravelMatrices,
): number {
  const q = setup.functionSitePlacements;
  const rules = setup.rulePositions.length;
  const n = setup.people.length;
  if (q === 0 || rules === 0 || n === 0) return 0;
  // c_kρ, Infinity where the hard rules allow k no position of ρ.
  const usedSites = scenarioSiteIds(dataset, candidate);
  const cost = new Float64Array(n * rules).fill(Infinity);
  let scale = 0;
  let finite = 0;
  for (let a = 0; a < n; a++) {
    const k = setup.people[a]!;
    const today = cell(travel.homeToSite, k, travel.siteIndex.get(dataset.people[k]!.siteId)!).minutes;
    for (let rule = 0; rule < rules; rule++) {
      if (!setup.allowedRule[a * rules + rule]) continue;
      const siteId = positionSite(dataset, candidate, setup.rulePositions[rule]!, k, travel, usedSites);
      const j = siteId === null ? undefined : travel.siteIndex.get(siteId);
      const minutes = j === undefined ? today : cell(travel.homeToSite, k, j).minutes;
      cost[a * rules + rule] = minutes;
      scale += minutes;
      finite++;
    }
  }
  scale = finite > 0 ? scale / finite : 1;

  const multiplier = new Float64Array(rules);
  const least = new Float64Array(n);
  const choice = new Int32Array(n);
  const order = new Int32Array(n);
  const chosen = new Float64Array(rules);
  let best = 0;
  for (let step = 0; step < SUBGRADIENT_STEPS; step++) {
    for (let a = 0; a < n; a++) {
      let value = Infinity;
      let pick = -1;
      for (let rule = 0; rule < rules; rule++) {
        const v = cost[a * rules + rule]! + multiplier[rule]!;
        if (v < value) {
          value = v;
          pick = rule;
        }
      }
      least[a] = value;
      choice[a] = pick;
      order[a] = a;
    }
    order.sort((x, y) => least[x]! - least[y]! || x - y);
    let value = 0;
    chosen.fill(0);
    let taken = 0;
    for (let t = 0; t < n && taken < q; t++) {
      const a = order[t]!;
      if (least[a] === Infinity) break;
      value += least[a]!;
      chosen[choice[a]!]! += 1;
      taken++;
    }
    for (let rule = 0; rule < rules; rule++) value -= multiplier[rule]! * setup.ruleCapacity[rule]!;
    if (value > best) best = value;
    // Subgradient: people chosen beyond a rule's positions raise its multiplier.
    let over = false;
    let raised = false;
    const size = scale / (step + 1);
    for (let rule = 0; rule < rules; rule++) {
      const excess = chosen[rule]! - setup.ruleCapacity[rule]!;
      if (excess > 0) over = true;
      multiplier[rule] = Math.max(0, multiplier[rule]! + (size * excess) / Math.max(1, setup.ruleCapacity[rule]!));
      if (multiplier[rule]! > 0) raised = true;
    }
    // Within every limit at μ = 0: the relaxation is exact, nothing to tighten.
    if (!over && !raised) break;
  }
  return best;
}
