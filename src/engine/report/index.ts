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
  homeRows,
  municipalityRows,
  OTHER_MEMBERS_ROW,
  OUTSIDE_MEMBERS_ROW,
  OWN_ROW_FACTOR,
  type HomeRows,
  type MunicipalityRow,
} from './reportRows';
export {
  publicStaffLowerBounds,
  publicStaffRelations,
  topicLowerBounds,
  topicRelations,
  type PositionPlan,
  type PublicStaff,
} from './reportRelations';
