/** Hub placement solvers (docs/hub-placement.md): problems from matrices, solvers, result types. */
export { createMedianProblem, type MedianProblem, type MedianProblemInput } from './medianProblem';
export { createCoverageProblem, type CoverageProblem, type CoverageProblemInput } from './coverageProblem';
export { createMixedProblem, type MixedProblem, type MixedProblemInput } from './mixedProblem';
export { optimiseMedian, optimiseCoverage, optimiseMixed, optimiseSiteSet } from './optimiseSiteSet';
export { evaluateSiteSet } from './evaluateSiteSet';
export { optimiserOptionsSchema, type OptimiserOptions, type OptimiserOptionsInput } from './optimiserOptions';
export { functionCostMinutes, type FunctionCostInput, type FunctionCosts } from './functionCostMinutes';
export { allocateCapacitated, type CapacitatedAllocation } from './capacitatedAllocation';
export type * from './optimiserTypes';
