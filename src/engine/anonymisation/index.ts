/** Anonymisation of the union report (docs/anonymisation.md): cell suppression with an exact audit, home areas. */
export { AnonymisationError, checkK, DEFAULT_K, MIN_K, type AnonymisationErrorCode } from './anonymisationError';
export {
  countTableSchema,
  parseCountTable,
  tableTotals,
  type CountTable,
  type PublishedReport,
  type PublishedTable,
  type TableLink,
  type TableTotals,
} from './countTable';
export {
  suppressReport,
  primarySuppression,
  type SuppressionOptions,
  type SuppressionResult,
  type SuppressionStats,
} from './suppressReport';
export {
  auditPublishedReport,
  type AuditResult,
  type AuditedCell,
  type CellLowerBound,
  type CellRef,
  type CellRelation,
  type ReaderKnowledge,
} from './auditSuppression';
export { homeAreas, type HomeArea, type HomeAreaOptions, type HomeAreasResult } from './homeAreas';
export { scenarioLinks } from './scenarioLinks';
export { protectRelations } from './protectRelations';
export { auditDisclosure, disclosureGroups, type DisclosedGroup, type DisclosureAudit } from './auditDisclosure';
export { protectDisclosure, type DisclosureProtection, type DisclosureProtectionRequest } from './protectDisclosure';
export { buildReaderSystem, type ReaderSystem } from './readerSystem';
