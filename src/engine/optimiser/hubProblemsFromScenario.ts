import type { Dataset } from '../../schema/dataset';
import type { TravelMatrices } from '../scenario/travelMatrices';
import { cell } from '../scenario/travelMatrices';
import { createCoverageProblem, type CoverageProblem } from './coverageProblem';
import { functionCostMinutes } from './functionCostMinutes';
import { createMedianProblem, type MedianProblem } from './medianProblem';
import type { ProblemResult } from './optimiserTypes';

/**
 * The solvers' matrices from a dataset and its travel matrices (candidate sites = the
 * dataset's sites, in order; functions = those with `siting: 'function-site'`, in order):
 *
 *   c_ij = Σ_{k ∈ people of function i} t_kj     homes × sites minutes (`homeToSite`)
 *   h_i  = the function's positions not kept vacant (the people it will seat)
 *   K_j  = max(0, deskCapacity_j − r_j)           r_j: desks already taken by others (field staff)
 *   d_ij = localities × sites minutes (`localityToSite`), w_i = employees_m × employeeShare_i
 *          for localities of member municipalities (0 elsewhere)
 *
 * Which people belong to a function is the caller's choice: today's staff of the function in a
 * first pass, the holders of its positions once the role mapping has run.
 */
export function functionSiteFunctionIds(dataset: Dataset): string[] {
  return dataset.functions.filter((f) => f.siting === 'function-site').map((f) => f.id);
}

/** Person index → function index (−1: outside the median), from today's function of each person. */
export function todayPersonFunctions(dataset: Dataset, functionIds: readonly string[]): Int32Array {
  const index = new Map(functionIds.map((id, i) => [id, i]));
  return Int32Array.from(dataset.people, (p) => index.get(p.functionId) ?? -1);
}

/** Positions per function that the role mapping may fill (vacancies left out). */
export function positionHeadcounts(
  dataset: Dataset,
  functionIds: readonly string[],
  vacancies: readonly string[],
): Float64Array {
  const index = new Map(functionIds.map((id, i) => [id, i]));
  const vacant = new Set(vacancies);
  const headcounts = new Float64Array(functionIds.length);
  for (const position of dataset.positions) {
    const i = index.get(position.functionId);
    if (i !== undefined && !vacant.has(position.id) && position.location.rule === 'function-site')
      headcounts[i] = headcounts[i]! + 1;
  }
  return headcounts;
}

/** Σ over the people with a function (index ≥ 0) of today's one-way minutes: T₀ of the mixed score. */
export function todayTotalMinutes(
  dataset: Dataset,
  travel: TravelMatrices,
  personFunctions: ArrayLike<number>,
): number {
  let total = 0;
  dataset.people.forEach((person, k) => {
    if (personFunctions[k]! < 0) return;
    total += cell(travel.homeToSite, k, travel.siteIndex.get(person.siteId)!).minutes;
  });
  return total;
}

export function hubMedianProblem(
  dataset: Dataset,
  travel: TravelMatrices,
  personFunctions: ArrayLike<number>,
  headcounts: ArrayLike<number>,
  reservedDesks: ArrayLike<number>,
): ProblemResult<MedianProblem> {
  const siteCount = dataset.sites.length;
  const functionCount = headcounts.length;
  const { costMinutes } = functionCostMinutes({
    personFunctions,
    personTravelMinutes: travel.homeToSite.minutes,
    functionCount,
    siteCount,
  });
  const siteCapacities = Float64Array.from(dataset.sites, (s, j) => Math.max(0, s.deskCapacity - reservedDesks[j]!));
  return createMedianProblem({ costMinutes, functionCount, siteCount, headcounts, siteCapacities });
}

/** Demand weight of each locality: its share of its member municipality's employees. */
export function localityDemandWeights(dataset: Dataset): Float64Array {
  const members = new Map(dataset.municipalities.filter((m) => m.member).map((m) => [m.id, m]));
  return Float64Array.from(dataset.localities, (l) => {
    const municipality = members.get(l.municipalityId);
    return municipality ? (municipality.employees ?? 0) * l.employeeShare : 0;
  });
}

export function hubCoverageProblem(
  dataset: Dataset,
  travel: TravelMatrices,
  responseMinutes: number,
): ProblemResult<CoverageProblem> {
  return createCoverageProblem({
    travelMinutes: travel.localityToSite.minutes,
    demandCount: dataset.localities.length,
    siteCount: dataset.sites.length,
    demandWeights: localityDemandWeights(dataset),
    thresholdMinutes: responseMinutes,
  });
}
