import { describe, expect, it } from 'vitest';
import { createCoverageProblem } from '../../../src/engine/optimiser/coverageProblem';
import { createMedianProblem, type MedianProblem } from '../../../src/engine/optimiser/medianProblem';
import { createMixedProblem } from '../../../src/engine/optimiser/mixedProblem';
import { optimiseCoverage, optimiseMedian, optimiseMixed } from '../../../src/engine/optimiser/optimiseSiteSet';
import type {
  OptimiserErrorCode,
  OptimiserResult,
  OptimiserWarningCode,
} from '../../../src/engine/optimiser/optimiserTypes';
import { coverageOf, medianOf, mixedOf, randomInstance } from './bruteForce';

function median(
  costMinutes: number[],
  functionCount: number,
  headcounts: number[],
  siteCapacities?: number[],
): MedianProblem {
  const siteCount = costMinutes.length / functionCount;
  const result = createMedianProblem({
    costMinutes,
    functionCount,
    siteCount,
    headcounts,
    ...(siteCapacities ? { siteCapacities } : {}),
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.problem;
}

function errorCode(result: OptimiserResult | { ok: false; error: { code: string } } | { ok: true }): string {
  return result.ok ? 'ok' : result.error.code;
}

/** A signal that turns aborted after it has been read `reads` times. */
function abortAfter(reads: number): { readonly aborted: boolean } {
  let count = 0;
  return {
    get aborted() {
      count += 1;
      return count > reads;
    },
  };
}

describe('optimiseMedian', () => {
  // Three sites; two functions; function 0 is cheapest at site 0, function 1 at site 2.
  const twoFunctions = median([1, 5, 9, 9, 5, 1], 2, [3, 3]);

  it('uses at most p sites and never more sites than functions need', () => {
    const result = optimiseMedian(twoFunctions, { p: 3 });
    expect(result.ok && result.best.sites).toEqual([0, 2]);
    expect(result.ok && result.best.value).toBe(2);
    expect(result.ok && [...result.best.functionSites!]).toEqual([0, 2]);
  });

  it('keeps a required site in the answer even when no function goes there', () => {
    const result = optimiseMedian(twoFunctions, { p: 3, requiredSites: [1] });
    expect(result.ok && result.best.sites).toEqual([0, 1, 2]);
    expect(result.ok && result.best.value).toBe(2);
  });

  it('never uses an excluded site', () => {
    const result = optimiseMedian(twoFunctions, { p: 2, excludedSites: [0] });
    expect(result.ok && result.best.sites).toEqual([1, 2]);
    expect(result.ok && result.best.value).toBe(6);
  });

  it('splits functions over sites when one site lacks the desks', () => {
    // Both functions are cheapest at site 0, which has 4 desks for 6 people.
    const problem = median([1, 2, 1, 3], 2, [3, 3], [4, 10]);
    const result = optimiseMedian(problem, { p: 1 });
    expect(result.ok && result.best.sites).toEqual([1]);
    const two = optimiseMedian(problem, { p: 2 });
    expect(two.ok && two.best.value).toBe(3);
    expect(two.ok && [...two.best.functionSites!]).toEqual([1, 0]); // moving function 0 costs 1, function 1 costs 2
  });

  it('reports capacity too small when no set of p sites can hold everyone', () => {
    expect(errorCode(optimiseMedian(median([1, 2], 1, [8], [5, 5]), { p: 2 }))).toBe('capacityTooSmall');
    expect(errorCode(optimiseMedian(median([1, 2, 1, 2], 2, [4, 4], [5, 5]), { p: 1 }))).toBe('capacityTooSmall');
    // Enough desks in total (10 ≥ 9) yet three groups of 3 do not pack into 5 + 5.
    const packing = median([1, 2, 1, 2, 1, 2], 3, [3, 3, 3], [5, 5]);
    expect(errorCode(optimiseMedian(packing, { p: 2, method: 'exact' }))).toBe('capacityTooSmall');
    expect(errorCode(optimiseMedian(packing, { p: 2, method: 'heuristic' }))).toBe('noFeasibleSetFound');
  });
});

describe('optimiseCoverage', () => {
  // Demand 0 and 1 near site 0, demand 2 near site 1, demand 3 reachable from nowhere.
  const coverage = createCoverageProblem({
    travelMinutes: [10, 50, 20, 40, 60, 5, 99, 99],
    demandCount: 4,
    siteCount: 2,
    demandWeights: [1, 2, 4, 3],
    thresholdMinutes: 30,
  });

  it('covers the most weight and reports the covered share', () => {
    if (!coverage.ok) throw new Error(coverage.error.code);
    const one = optimiseCoverage(coverage.problem, { p: 1, alternatives: 3 });
    expect(one.ok && one.best.sites).toEqual([1]);
    expect(one.ok && one.best.coveredWeight).toBe(4);
    expect(one.ok && one.best.value).toBeCloseTo(0.4, 12);
    expect(one.ok && one.alternatives.map((solution) => solution.sites)).toEqual([[0]]);
    const two = optimiseCoverage(coverage.problem, { p: 2 });
    expect(two.ok && two.best.value).toBeCloseTo(0.7, 12);
  });

  it('chooses every allowed site, with a warning, when p exceeds them', () => {
    if (!coverage.ok) throw new Error(coverage.error.code);
    const result = optimiseCoverage(coverage.problem, { p: 5 });
    expect(result.ok && result.best.sites).toEqual([0, 1]);
    expect(result.ok && result.setSize).toBe(2);
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual(['fewerAllowedSitesThanP']);
  });
});

describe('optimiseMixed', () => {
  it('trades coverage against commute by the weight w', () => {
    // Site 0 covers all demand but is far for the function; site 1 covers nothing but is close.
    const medianPart = median([100, 10], 1, [5]);
    const coveragePart = createCoverageProblem({
      travelMinutes: [5, 90],
      demandCount: 1,
      siteCount: 2,
      demandWeights: [1],
      thresholdMinutes: 30,
    });
    if (!coveragePart.ok) throw new Error('coverage');
    const solve = (coverageWeight: number) => {
      const mixed = createMixedProblem({
        median: medianPart,
        coverage: coveragePart.problem,
        todayTotalMinutes: 50,
        coverageWeight,
      });
      if (!mixed.ok) throw new Error(mixed.error.code);
      return optimiseMixed(mixed.problem, { p: 1 });
    };
    const coverageFirst = solve(0.9); // 0.9 · 1 + 0.1 · 0.5 = 0.95 against 0 + 0.1 · 5 = 0.5
    expect(coverageFirst.ok && coverageFirst.best.sites).toEqual([0]);
    expect(coverageFirst.ok && coverageFirst.best.value).toBeCloseTo(0.95, 12);
    const commuteFirst = solve(0.5); // 0.5 + 0.25 = 0.75 against 0 + 2.5
    expect(commuteFirst.ok && commuteFirst.best.sites).toEqual([1]);
    expect(commuteFirst.ok && commuteFirst.best.commuteRatio).toBe(5);
  });
});

describe('method choice', () => {
  it('enumerates when the sets are few enough and searches otherwise', () => {
    const problem = coverageOf(randomInstance(21, { sites: 30, functions: 3, demand: 40 }));
    const auto = optimiseCoverage(problem, { p: 3 }); // C(30, 3) = 4 060 sets
    const limited = optimiseCoverage(problem, { p: 3, exactCombinationLimit: 1000 });
    expect(auto.ok && auto.method).toBe('exact');
    expect(limited.ok && limited.method).toBe('heuristic');
    expect(auto.ok && auto.evaluatedSets).toBeLessThanOrEqual(4060);
  });
});

describe('infeasible and invalid input', () => {
  const instance = randomInstance(3, { sites: 6, functions: 3, demand: 10 });
  const problem = coverageOf(instance);

  it.each([
    [{ p: 0 }, 'invalidP'],
    [{ p: 2.5 }, 'invalidP'],
    [{ p: -1 }, 'invalidP'],
    [{ p: 1, requiredSites: [0, 1] }, 'tooManyRequiredSites'],
    [{ p: 2, requiredSites: [1], excludedSites: [1] }, 'requiredSiteExcluded'],
    [{ p: 2, requiredSites: [6] }, 'siteOutOfRange'],
    [{ p: 2, excludedSites: [-1] }, 'siteOutOfRange'],
    [{ p: 2, excludedSites: [0, 1, 2, 3, 4, 5] }, 'noAllowedSite'],
    [{ p: 2, alternatives: -1 }, 'invalidOptions'],
  ])('%j gives %s', (options, code) => {
    expect(errorCode(optimiseCoverage(problem, options))).toBe(code);
    expect(errorCode(optimiseMedian(medianOf(instance, false), options))).toBe(code);
  });

  it('rejects malformed matrices and numbers in the constructors', () => {
    const base = { functionCount: 2, siteCount: 2, headcounts: [1, 1] };
    expect(errorCode(createMedianProblem({ ...base, costMinutes: [1, 2, 3] }))).toBe('matrixSize');
    expect(errorCode(createMedianProblem({ ...base, costMinutes: [1, 2, 3, -4] }))).toBe('invalidNumber');
    expect(errorCode(createMedianProblem({ ...base, costMinutes: [1, 2, 3, NaN] }))).toBe('invalidNumber');
    expect(errorCode(createMedianProblem({ ...base, costMinutes: [1, 2, 3, 4], siteCapacities: [1] }))).toBe(
      'matrixSize',
    );
    const coverageInput = { travelMinutes: [1, 2], demandCount: 1, siteCount: 2, thresholdMinutes: 30 };
    expect(errorCode(createCoverageProblem({ ...coverageInput, demandWeights: [0] }))).toBe('noDemandWeight');
    expect(errorCode(createCoverageProblem({ ...coverageInput, demandWeights: [1], thresholdMinutes: -1 }))).toBe(
      'invalidNumber',
    );
    const medianPart = median([1, 2, 3], 1, [1]);
    expect(errorCode(createMixedProblem({ median: medianPart, coverage: problem, todayTotalMinutes: 10 }))).toBe(
      'siteCountMismatch',
    );
    const matching = medianOf(instance);
    expect(errorCode(createMixedProblem({ median: matching, coverage: problem, todayTotalMinutes: 0 }))).toBe(
      'invalidNumber',
    );
    expect(
      errorCode(createMixedProblem({ median: matching, coverage: problem, todayTotalMinutes: 9, coverageWeight: 1.5 })),
    ).toBe('invalidNumber');
  });

  it("leaves the caller's arrays untouched", () => {
    const costMinutes = [3, 1, 2, 5];
    const copy = [...costMinutes];
    const built = createMedianProblem({ costMinutes, functionCount: 2, siteCount: 2, headcounts: [1, 1] });
    if (built.ok) optimiseMedian(built.problem, { p: 1 });
    expect(costMinutes).toEqual(copy);
  });
});

describe('progress and cancellation', () => {
  const instance = randomInstance(11, { sites: 30, functions: 6, demand: 40, capacities: true });

  it.each(['exact', 'heuristic'] as const)('%s: reports rising progress ending at 1', (method) => {
    const fractions: number[] = [];
    const result = optimiseMixed(
      mixedOf(instance, 2000, 0.5),
      { p: 4, method },
      { onProgress: (f) => fractions.push(f) },
    );
    expect(result.ok && result.complete).toBe(true);
    expect(fractions.length).toBeGreaterThan(1);
    for (let k = 1; k < fractions.length; k++) expect(fractions[k]).toBeGreaterThanOrEqual(fractions[k - 1]!);
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });

  it.each(['exact', 'heuristic'] as const)('%s: stops when the signal aborts and returns the best so far', (method) => {
    const problem = coverageOf(instance);
    const full = optimiseCoverage(problem, { p: 4, method });
    const stopped = optimiseCoverage(problem, { p: 4, method }, { signal: abortAfter(4) });
    expect(full.ok && full.complete).toBe(true);
    if (!stopped.ok) {
      expect(stopped.error.code).toBe('cancelled');
      return;
    }
    expect(stopped.complete).toBe(false);
    expect(stopped.warnings.map((warning) => warning.code)).toContain('cancelled');
    expect(stopped.evaluatedSets).toBeLessThan(full.ok ? full.evaluatedSets : Infinity);
    expect(stopped.best.value).toBeLessThanOrEqual(full.ok ? full.best.value + 1e-12 : Infinity);
  });

  it('does not start when the signal is already aborted', () => {
    expect(errorCode(optimiseCoverage(coverageOf(instance), { p: 2 }, { signal: { aborted: true } }))).toBe(
      'cancelled',
    );
  });
});

describe('optimiser messages', () => {
  it('has an English and a Swedish text for every error and warning code', async () => {
    const { optimiserMessages } = await import('../../../src/i18n/optimiser');
    // Records over the code unions: the type check fails when a new code is not listed here.
    const errorCodes: Record<OptimiserErrorCode, true> = {
      invalidOptions: true,
      invalidP: true,
      siteOutOfRange: true,
      requiredSiteExcluded: true,
      tooManyRequiredSites: true,
      noAllowedSite: true,
      matrixSize: true,
      invalidNumber: true,
      siteCountMismatch: true,
      noDemandWeight: true,
      capacityTooSmall: true,
      noFeasibleSetFound: true,
      cancelled: true,
    };
    const warningCodes: Record<OptimiserWarningCode, true> = {
      fewerAllowedSitesThanP: true,
      allocationNodeLimit: true,
      cancelled: true,
    };
    const codes = [
      ...Object.keys(errorCodes).map((code) => `error.${code}`),
      ...Object.keys(warningCodes).map((code) => `warning.${code}`),
    ];
    expect(Object.keys(optimiserMessages.sv).sort()).toEqual(Object.keys(optimiserMessages.en).sort());
    for (const code of codes) expect(Object.keys(optimiserMessages.en)).toContain(code);
  });
});
