/** Economics and the transition plan (docs/economics.md). */
export { economicsOfScenario, transitionYears, type EconomicsEvaluation } from './economicsOfScenario';
export { unionCostFigures, type UnionCostFigure, type UnionCostFigures } from './unionCostFigures';
export { economicsJson, roundToTotal } from './economicsJson';
export { defaultEconomics, economicsOf } from './defaultEconomics';
export { positionsToRecruit } from './positionsToRecruit';
export * from './economicsTypes';
