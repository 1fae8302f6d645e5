import { membershipDataset } from '../scenario/membershipDataset';
import type { Dataset } from '../../schema/dataset';
import type { Scenario, ServicePoint } from '../../schema/scenario';
import type { ImportedTravelMatrix } from '../../schema/travelMatrix';
import {
  cachedTravelMatrices,
  evaluateMappingAndPresence,
  type EvaluationCache,
  type MappingAndPresence,
} from '../evaluateScenario';
import { MappingReuse } from '../roleMapping/mappingReuse';
import type { TravelMatrices } from '../scenario/travelMatrices';
import type { TravelModel } from '../travel/travelModel';
import { commuteBoundSetup, commuteLowerBound, type CommuteBoundSetup } from './commuteLowerBound';
import { evaluatedHubObjective, hubObjectiveBetter } from './evaluatedHubObjective';
import {
  hubFailure,
  hubPlacementParamsSchema,
  type HubCandidate,
  type HubPlacementControl,
  type HubPlacementIssue,
  type HubPlacementParams,
  type HubPlacementParamsInput,
  type HubPlacementResult,
  type HubPlacementWarningCode,
} from './hubPlacementTypes';
import {
  functionSiteFunctionIds,
  hubCoverageProblem,
  hubMedianProblem,
  localityDemandWeights,
  positionHeadcounts,
  todayPersonFunctions,
  todayTotalMinutes,
} from './hubProblemsFromScenario';
import { hubScenario, hubScenarioId, municipalitiesWithLocalPositions, servicePointsAt } from './hubScenario';
import { createMixedProblem } from './mixedProblem';
import { optimiseSiteSet } from './optimiseSiteSet';
import type { OptimiserResult, SiteSetSolution } from './optimiserTypes';

/** Where `optimiseHubs` evaluates its candidates. */
export interface OptimiseHubsOptions {
  readonly travelModel: TravelModel;
  readonly importedMatrix?: ImportedTravelMatrix;
  readonly cache?: EvaluationCache;
  /**
   * Median: skip the evaluation of a candidate whose commute lower bound shows it cannot enter
   * the answer (`commuteLowerBound`; default true). Off only to check that pruning changes
   * nothing.
   */
  readonly pruneWithBound?: boolean;
}

interface Entry {
  readonly key: string;
  readonly functions: Record<string, string>;
  readonly servicePoints: ServicePoint[];
  readonly sites: string[];
  readonly solverObjective: number;
  readonly evaluation: MappingAndPresence;
  readonly objective: number;
  readonly commuteMinutes: number;
  readonly todayCommuteMinutes: number;
  readonly coverageShare: number;
  readonly feasible: boolean;
  readonly order: number;
}

/** Solver candidates per round beyond the alternatives asked for (the role mapping may reorder them). */
const EXTRA_CANDIDATES = 3;

/**
 * Hub placement on a real scenario (docs/hub-placement.md), sites and staffing chosen together:
 *
 * 1. Costs from people: c_ij = Σ one-way minutes to site j of function i's people (first
 *    round: today's staff of the function), h_i = its positions, K_j = desks less those taken
 *    by the field staff (median); demand = localities of member municipalities × employees.
 * 2. The solver (`optimiseSiteSet`, exact for small candidate sets, else its heuristic) gives
 *    the best site sets and the next best.
 * 3. Each candidate set becomes a scenario (function sites and/or service points, each point
 *    labelled with the municipality it serves) and is evaluated as `evaluateScenario` would
 *    (`evaluateMappingAndPresence`: what the objective reads), whose role mapping re-assigns
 *    people exactly, starting from the previous candidate's (`MappingReuse`); candidates
 *    are re-ranked by the objective of the evaluated scenario (`evaluatedHubObjective`), those
 *    with more placed people than desks at some site are dropped.
 * 4. Median and mixed: the costs are rebuilt from the holders of each function's positions in
 *    the best evaluated scenario and steps 2–3 repeat, until the best placement no longer
 *    changes or `maxRounds` is reached. The answer is the best evaluated candidate of all
 *    rounds, so it is never worse than the first round's best solver candidate.
 *
 * Coverage and mixed: when p is at least the number of member municipalities with local
 * positions, each of them gets a point (a candidate lacking one is repaired by requiring that
 * municipality's best-covering site and solving again); with fewer, the municipalities left
 * without a point are reported (`municipalityWithoutPoint`): their local positions get no site.
 */
export function optimiseHubs(
  fullDataset: Dataset,
  base: Scenario,
  paramsInput: Partial<HubPlacementParamsInput>,
  options: OptimiseHubsOptions,
  control: HubPlacementControl = {},
): HubPlacementResult {
  // Candidates, people and demand of the base scenario's members only (docs/membership.md).
  const dataset = membershipDataset(fullDataset, base);
  const parsed = hubPlacementParamsSchema.safeParse({ ...base.parameters.optimiser, ...paramsInput });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return hubFailure('invalidParams', { path: issue?.path.join('.') ?? '', reason: issue?.code ?? 'invalid' });
  }
  const params = parsed.data;
  const invalid = checkParams(dataset, params);
  if (invalid) return invalid;
  const functionIds = functionSiteFunctionIds(dataset);
  if (params.objective !== 'coverage' && functionIds.length === 0) return hubFailure('noFunctionSites');
  const responseMinutes = params.responseMinutes ?? base.parameters.coverage.responseMinutes;
  const travel = cachedTravelMatrices(dataset, base, options);
  const siteIndex = new Map(dataset.sites.map((s, j) => [s.id, j]));
  const requiredSites = params.requiredSiteIds.map((id) => siteIndex.get(id)!);
  const excludedSites = params.excludedSiteIds.map((id) => siteIndex.get(id)!);
  const localMunicipalities = municipalitiesWithLocalPositions(dataset, base.decisions.vacancies);
  const headcounts = positionHeadcounts(dataset, functionIds, base.decisions.vacancies);
  const warnings: HubPlacementIssue<HubPlacementWarningCode>[] = [];
  const entries = new Map<string, Entry>();
  const evalOptions = {
    travelModel: options.travelModel,
    importedMatrix: options.importedMatrix,
    cache: options.cache,
    mappingReuse: new MappingReuse(),
  };
  const optimiserSettings = {
    objective: params.objective,
    hubs: params.hubs,
    mixedWeight: params.mixedWeight,
    requiredSiteIds: params.requiredSiteIds,
    excludedSiteIds: params.excludedSiteIds,
  };
  const draft = (
    id: string,
    functionSites: Record<string, string> | undefined,
    servicePoints: ServicePoint[] | undefined,
  ) =>
    hubScenario(base, {
      id,
      functionSites,
      servicePoints,
      responseMinutes,
      optimiser: optimiserSettings,
    });

  // Median: the commute lower bound of each candidate, against the answer so far (set up once
  // the base is evaluated, below).
  let bound: CommuteBoundSetup | null = null;
  const prunedKeys = new Set<string>();
  /**
   * A candidate whose lower bound is no better than this cannot enter the answer: the
   * (alternatives + 1)-th best feasible entry with sites, so that many are already no worse
   * than the bound and it would be neither the best (it would not beat them) nor among the
   * alternatives (it would sort after them, ties going to the earlier entry). Entries only get
   * added, so it never could later either. Null while fewer are known: nothing can be pruned
   * yet, and the bound is not worth computing.
   */
  const pruningThreshold = (): number | null => {
    const known = [...entries.values()]
      .filter((entry) => entry.feasible && entry.sites.length > 0)
      .map((entry) => entry.objective)
      .sort((a, b) =>
        hubObjectiveBetter(params.objective, a, b) ? -1 : hubObjectiveBetter(params.objective, b, a) ? 1 : 0,
      );
    return known[params.alternatives] ?? null;
  };
  const evaluateCandidate = (
    functionSites: Record<string, string> | undefined,
    points: ServicePoint[] | undefined,
    sites: string[],
    solverObjective: number,
  ): Entry | null => {
    const scenario = draft(base.id, functionSites, points);
    const key = JSON.stringify([sites, scenario.functionSites, scenario.servicePoints]);
    const known = entries.get(key);
    if (known) return known;
    const threshold = bound ? pruningThreshold() : null;
    if (
      bound &&
      threshold !== null &&
      !hubObjectiveBetter(params.objective, commuteLowerBound(bound, dataset, scenario, travel), threshold)
    ) {
      prunedKeys.add(key);
      return null;
    }
    const evaluation = evaluateMappingAndPresence(dataset, scenario, evalOptions);
    const figures = evaluatedHubObjective(dataset, evaluation, params.objective, params.mixedWeight);
    const entry: Entry = {
      key,
      functions: scenario.functionSites,
      servicePoints: scenario.servicePoints,
      sites,
      solverObjective,
      evaluation,
      objective: figures.objective,
      commuteMinutes: figures.commuteMinutes,
      todayCommuteMinutes: figures.todayCommuteMinutes,
      coverageShare: figures.coverageShare,
      feasible: figures.overCapacity.length === 0,
      order: entries.size,
    };
    entries.set(key, entry);
    return entry;
  };
  const bestEntry = (): Entry | null => {
    let best: Entry | null = null;
    for (const entry of entries.values()) {
      if (entry.feasible && (best === null || hubObjectiveBetter(params.objective, entry.objective, best.objective)))
        best = entry;
    }
    return best;
  };

  // Who belongs to each function, and the desks the others take: today's staff first.
  let personFunctions: Int32Array = todayPersonFunctions(dataset, functionIds);
  let reservedDesks: Float64Array = new Float64Array(dataset.sites.length);
  if (params.objective === 'median') {
    // The base's service points stay: the desks its field staff take are not the functions'.
    const baseEvaluation = evaluateMappingAndPresence(dataset, draft(base.id, undefined, undefined), evalOptions);
    reservedDesks = desksOfOthers(dataset, baseEvaluation);
    // Every candidate's role mapping places as many people as this one (see commuteLowerBound).
    if (options.pruneWithBound !== false && baseEvaluation.assignment)
      bound = commuteBoundSetup(dataset, base, travel, baseEvaluation.assignment.placements.length);
  }

  const rounds = params.objective === 'coverage' ? 1 : params.maxRounds;
  let method: 'exact' | 'heuristic' | 'greedy' = 'exact';
  let roundsRun = 0;
  let previousBest: string | null = null;
  let reported = 0;
  for (let round = 0; round < rounds; round++) {
    // Monotone: a repair re-solve restarts the solver's own fraction.
    const progressOf = (fraction: number) => {
      const done = Math.min(1, (round + fraction) / rounds);
      if (done <= reported) return;
      reported = done;
      control.onProgress?.(done);
    };
    const solve = (required: number[]): OptimiserResult =>
      solveRound(dataset, travel, params, {
        personFunctions,
        headcounts,
        reservedDesks,
        responseMinutes,
        required,
        excludedSites,
        pool: params.alternatives + EXTRA_CANDIDATES,
        control: { signal: control.signal, onProgress: (f) => progressOf(0.5 * f) },
      });
    const result = solve(requiredSites);
    if (!result.ok) {
      if (result.error.code === 'cancelled' && bestEntry()) break;
      return { ok: false, error: result.error };
    }
    roundsRun++;
    method = result.method;
    for (const w of result.warnings) if (!warnings.some((x) => x.code === w.code)) warnings.push(w);
    let solutions = [result.best, ...result.alternatives];
    if (params.objective !== 'median') {
      const repaired = repairMunicipalities(
        dataset,
        travel,
        solutions,
        requiredSites,
        excludedSites,
        params.hubs,
        localMunicipalities,
        responseMinutes,
      );
      if (repaired.length > requiredSites.length) {
        const again = solve(repaired);
        if (again.ok) solutions = [again.best, ...again.alternatives];
      }
    }
    solutions.forEach((solution, k) => {
      if (control.signal?.aborted) return;
      const sites = solution.sites.map((j) => dataset.sites[j]!.id);
      const functionSites = solution.functionSites
        ? Object.fromEntries(functionIds.map((id, i) => [id, dataset.sites[solution.functionSites![i]!]!.id]))
        : undefined;
      const points =
        params.objective === 'median'
          ? undefined
          : servicePointsAt(dataset, travel, solution.sites, localMunicipalities, responseMinutes);
      evaluateCandidate(functionSites, points, sites, solution.value);
      progressOf(0.5 + (0.5 * (k + 1)) / solutions.length);
    });
    const best = bestEntry();
    if (!best || control.signal?.aborted) break;
    if (best.key === previousBest) break;
    previousBest = best.key;
    if (round + 1 === rounds) {
      if (rounds > 1) warnings.push({ code: 'roundLimit', params: { rounds } });
      break;
    }
    personFunctions = holderFunctions(dataset, functionIds, best.evaluation);
    if (params.objective === 'median') reservedDesks = desksOfOthers(dataset, best.evaluation);
  }

  const best = bestEntry();
  if (control.signal?.aborted) {
    if (!best) return hubFailure('cancelled');
    warnings.push({ code: 'cancelled', params: {} });
  }
  if (!best) return hubFailure('noCapacityFeasibleCandidate', { candidates: entries.size });
  const missing = localMunicipalities.filter((m) => !best.servicePoints.some((p) => p.municipalityId === m));
  if (params.objective !== 'median') {
    for (const municipalityId of missing)
      warnings.push({ code: 'municipalityWithoutPoint', params: { municipalityId } });
  }

  const bestId = hubScenarioId(dataset, base.id, params.objective, params.hubs);
  const ranked = [...entries.values()]
    .filter((e) => e.feasible && e !== best && e.sites.length > 0)
    .sort((a, b) =>
      hubObjectiveBetter(params.objective, a.objective, b.objective)
        ? -1
        : hubObjectiveBetter(params.objective, b.objective, a.objective)
          ? 1
          : a.order - b.order,
    )
    .slice(0, params.alternatives);
  const candidate = (entry: Entry, id: string): HubCandidate => ({
    sites: entry.sites,
    functions: entry.functions,
    servicePoints: entry.servicePoints.map((p) => p.siteId),
    objective: entry.objective,
    solverObjective: entry.solverObjective,
    commuteMinutes: entry.commuteMinutes,
    todayCommuteMinutes: entry.todayCommuteMinutes,
    coverageShare: entry.coverageShare,
    scenario: draft(id, entry.functions, entry.servicePoints),
  });
  control.onProgress?.(1);
  return {
    ok: true,
    ...candidate(best, bestId),
    objectiveKind: params.objective,
    unit: params.objective === 'median' ? 'minutes' : params.objective === 'coverage' ? 'share' : 'score',
    alternatives: ranked.map((entry, k) => candidate(entry, `${bestId}-alt-${k + 1}`)),
    method,
    rounds: roundsRun,
    evaluatedCandidates: entries.size,
    prunedCandidates: prunedKeys.size,
    warnings,
  };
}

function checkParams(dataset: Dataset, params: HubPlacementParams): HubPlacementResult | null {
  if (!Number.isInteger(params.hubs) || params.hubs < 1) return hubFailure('invalidP', { p: params.hubs });
  const known = new Set(dataset.sites.map((s) => s.id));
  for (const [field, ids] of [
    ['requiredSiteIds', params.requiredSiteIds],
    ['excludedSiteIds', params.excludedSiteIds],
  ] as const) {
    for (const siteId of ids) if (!known.has(siteId)) return hubFailure('unknownSite', { field, siteId });
  }
  const both = params.requiredSiteIds.find((id) => params.excludedSiteIds.includes(id));
  if (both !== undefined) return hubFailure('requiredSiteExcluded', { siteId: both });
  const required = new Set(params.requiredSiteIds).size;
  if (required > params.hubs) return hubFailure('tooManyRequiredSites', { required, p: params.hubs });
  return null;
}

interface RoundInput {
  readonly personFunctions: Int32Array;
  readonly headcounts: Float64Array;
  readonly reservedDesks: Float64Array;
  readonly responseMinutes: number;
  readonly required: number[];
  readonly excludedSites: number[];
  readonly pool: number;
  readonly control: HubPlacementControl;
}

/** One solver run on the round's costs. */
function solveRound(
  dataset: Dataset,
  travel: TravelMatrices,
  params: HubPlacementParams,
  input: RoundInput,
): OptimiserResult {
  const solverOptions = {
    p: params.hubs,
    requiredSites: input.required,
    excludedSites: input.excludedSites,
    alternatives: input.pool,
    method: 'auto' as const,
  };
  const coverage = () => hubCoverageProblem(dataset, travel, input.responseMinutes);
  if (params.objective === 'coverage') {
    const problem = coverage();
    return problem.ok ? optimiseSiteSet(problem.problem, solverOptions, input.control) : problem;
  }
  const median = hubMedianProblem(dataset, travel, input.personFunctions, input.headcounts, input.reservedDesks);
  if (!median.ok) return median;
  if (params.objective === 'median') return optimiseSiteSet(median.problem, solverOptions, input.control);
  const cover = coverage();
  if (!cover.ok) return cover;
  const mixed = createMixedProblem({
    median: median.problem,
    coverage: cover.problem,
    todayTotalMinutes: Math.max(1, todayTotalMinutes(dataset, travel, input.personFunctions)),
    coverageWeight: params.mixedWeight,
  });
  return mixed.ok ? optimiseSiteSet(mixed.problem, solverOptions, input.control) : mixed;
}

/**
 * Required sites that give every municipality with local positions a point of its own, when
 * p allows: for each one the best solver set lacks, its allowed site covering the most demand
 * within T. Returns the user's required sites unchanged when nothing is to add.
 */
function repairMunicipalities(
  dataset: Dataset,
  travel: TravelMatrices,
  solutions: readonly SiteSetSolution[],
  required: readonly number[],
  excluded: readonly number[],
  p: number,
  localMunicipalities: readonly string[],
  responseMinutes: number,
): number[] {
  const best = solutions[0];
  if (!best || localMunicipalities.length === 0 || p < localMunicipalities.length) return [...required];
  const served = new Set(
    servicePointsAt(dataset, travel, best.sites, localMunicipalities, responseMinutes).map((sp) => sp.municipalityId),
  );
  const missing = localMunicipalities.filter((m) => !served.has(m));
  if (missing.length === 0) return [...required];
  const result = [...required];
  const weights = localityDemandWeights(dataset);
  const siteCount = dataset.sites.length;
  const coveredWeight = (j: number) => {
    let total = 0;
    for (let i = 0; i < dataset.localities.length; i++) {
      if (travel.localityToSite.minutes[i * siteCount + j]! <= responseMinutes) total += weights[i]!;
    }
    return total;
  };
  // Keep the user's required sites; then each missing municipality's best site; then the
  // solver's own sites in municipalities already served, while room is left.
  for (const municipalityId of missing) {
    let pick = -1;
    let pickWeight = -1;
    dataset.sites.forEach((site, j) => {
      if (site.municipalityId !== municipalityId || excluded.includes(j) || result.includes(j)) return;
      const w = coveredWeight(j);
      if (w > pickWeight) {
        pick = j;
        pickWeight = w;
      }
    });
    if (pick >= 0 && result.length < p) result.push(pick);
  }
  return result;
}

/** Person index → the function of the function-site position they hold in the evaluation (−1: none). */
function holderFunctions(dataset: Dataset, functionIds: readonly string[], evaluation: MappingAndPresence): Int32Array {
  const functionIndex = new Map(functionIds.map((id, i) => [id, i]));
  const personIndex = new Map(dataset.people.map((p, k) => [p.id, k]));
  const positions = new Map(dataset.positions.map((p) => [p.id, p]));
  const result = new Int32Array(dataset.people.length).fill(-1);
  for (const placement of evaluation.assignment?.placements ?? []) {
    const position = positions.get(placement.positionId)!;
    const i = functionIndex.get(position.functionId);
    if (i !== undefined && position.location.rule === 'function-site') result[personIndex.get(placement.personId)!] = i;
  }
  return result;
}

/** Desks each site gives to placed people outside the function-site positions (the field staff). */
function desksOfOthers(dataset: Dataset, evaluation: MappingAndPresence): Float64Array {
  const siteIndex = new Map(dataset.sites.map((s, j) => [s.id, j]));
  const positions = new Map(dataset.positions.map((p) => [p.id, p]));
  const reserved = new Float64Array(dataset.sites.length);
  for (const placement of evaluation.assignment?.placements ?? []) {
    if (placement.siteId === null || positions.get(placement.positionId)!.location.rule === 'function-site') continue;
    const j = siteIndex.get(placement.siteId)!;
    reserved[j] = reserved[j]! + 1;
  }
  return reserved;
}
