/** What `functionCostMinutes` reads: each person's function and one-way minutes to every site. */
export interface FunctionCostInput {
  /** Function index of each person (0..functionCount−1), −1 for people outside the median. */
  readonly personFunctions: ArrayLike<number>;
  /** `personTravelMinutes[k * siteCount + j]`: person k's one-way commute to site j. */
  readonly personTravelMinutes: ArrayLike<number>;
  readonly functionCount: number;
  readonly siteCount: number;
}

export interface FunctionCosts {
  /** `costMinutes[i * siteCount + j]`, for `createMedianProblem`. */
  readonly costMinutes: Float64Array;
  /** People per function, for `createMedianProblem`'s headcounts. */
  readonly headcounts: Float64Array;
}

/**
 * The median's cost matrix from people: c_ij = Σ_{k ∈ function i} t_kj, the summed one-way
 * commute minutes of function i's people if the function sits at site j. People with no
 * function (function index −1, e.g. field technicians, who work at service points) are left out.
 */
export function functionCostMinutes(input: FunctionCostInput): FunctionCosts {
  const { personFunctions, personTravelMinutes, functionCount, siteCount } = input;
  const costMinutes = new Float64Array(functionCount * siteCount);
  const headcounts = new Float64Array(functionCount);
  for (let k = 0; k < personFunctions.length; k++) {
    const i = personFunctions[k]!;
    if (i < 0 || i >= functionCount) continue;
    headcounts[i] = headcounts[i]! + 1;
    for (let j = 0; j < siteCount; j++) {
      costMinutes[i * siteCount + j] = costMinutes[i * siteCount + j]! + personTravelMinutes[k * siteCount + j]!;
    }
  }
  return { costMinutes, headcounts };
}
