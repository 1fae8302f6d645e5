/** The anonymised report for union representatives (see docs/anonymisation.md): build, check. */
export {
  buildAnonymisedReport,
  peopleFingerprint,
  positionPlanOf,
  type BuildReportOptions,
  type ReportBuild,
  type ReportStats,
} from './buildAnonymisedReport';
export {
  checkAnonymisedReport,
  publishedReportOf,
  type RegionBox,
  type ReportCheckOptions,
  type ReportCheckResult,
  type ReportProblem,
  type ReportProblemCode,
} from './checkAnonymisedReport';
export { fixedAreaCounts, sphericalFeature, type FixedAreaCounts } from './fixedHomeAreas';
export { overallFigureDefinitions, overallFigures, type OverallFigureDefinition } from './overallFigures';
export { personalBirthYears, personalTokens } from './personalTokens';
export { bandOf, commuteChangeBands, noticeMonthBands } from './reportBands';
export { homeAreaRowId, reportCountTables, statusIds, type ReportScenario, type TopicTable } from './reportCountTables';
export {
  publicStaffRelations,
  topicLowerBounds,
  topicRelations,
  type PositionPlan,
  type PublicStaff,
} from './reportRelations';
