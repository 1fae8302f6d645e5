/** Retained competence (docs/retention.md): the attrition curve, exact holder counts, the Monte Carlo, sensitivity. */
export {
  attritionProbability,
  attritionProbabilities,
  combinedLeaveProbability,
  reachesRetirementAge,
  transitionBaseRate,
  type AttritionCurve,
  type RetirementParameters,
} from './attritionProbability';
export {
  expectedHolders,
  exactHolderQuantile,
  holderCountDistribution,
  holderCountVariance,
  probabilityFewerHolders,
} from './holderCountDistribution';
export { holderLists, type HolderLists } from './holderLists';
export { heldCompetenceLists, type HeldCompetenceLists } from './heldCompetenceLists';
export { countMean, countQuantile, countShareBelow } from './countQuantile';
export {
  RetentionInputError,
  checkRetentionInput,
  checkRetentionCommuteInput,
  type RetentionCommuteInput,
  type RetentionCompetences,
  type RetentionInput,
  type RetentionInputErrorCode,
} from './retentionInput';
export { simulateRetention, type RetentionParameters } from './simulateRetention';
export { retentionSensitivity } from './retentionSensitivity';
export * from './retentionTypes';
