/** The anonymised report for union representatives (SPEC §8): build, check. */
export { buildAnonymisedReport, type BuildReportOptions } from './buildAnonymisedReport';
export {
  checkAnonymisedReport,
  publishedReportOf,
  type ReportCheckOptions,
  type ReportCheckResult,
  type ReportProblem,
  type ReportProblemCode,
} from './checkAnonymisedReport';
export { personalTokens } from './personalTokens';
export { bandOf, commuteChangeBands, leaveProbabilityBands } from './reportBands';
export { reportCountTables, statusIds, type ReportScenario, type TopicTable } from './reportCountTables';
export { topicLowerBounds, topicRelations } from './reportRelations';
