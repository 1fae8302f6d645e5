/**
 * Anonymisation of the union report (docs/anonymisation.md): cell suppression against what a
 * reader knows (protectDisclosure), the exact audit of every hidden figure and sum of hidden
 * figures (auditDisclosure over the reader's system of equations), and home areas for the map.
 */
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
export { type CellLowerBound, type CellRef, type CellRelation, type ReaderKnowledge } from './readerKnowledge';
export { homeAreas, type HomeArea, type HomeAreaOptions, type HomeAreasResult } from './homeAreas';
export { auditDisclosure, disclosureGroups, type DisclosedGroup, type DisclosureAudit } from './auditDisclosure';
export { protectDisclosure, type DisclosureProtection, type DisclosureProtectionRequest } from './protectDisclosure';
export { buildReaderSystem, type ReaderSystem } from './readerSystem';
