/**
 * Bring your own data: the public API of import and export (no DOM, no Node: runs in a Web
 * Worker, the app and the CLI). Message texts and formatters are in `src/i18n/importExport.ts`.
 */
export {
  importCollections,
  entityOfFileName,
  type ImportFile,
  type ImportResult,
  type ImportSummary,
} from './importCollections';
export {
  importEntities,
  hasErrors,
  type ImportEntity,
  type ImportProblem,
  type ImportProblemCode,
} from './importProblem';
export { MAX_IMPORT_BYTES, decodeText } from './decodeText';
export { exportCollectionCsv, exportDatasetCsv } from './exportCollectionCsv';
export { rowsCsv, type ExportColumn } from './rowsCsv';
export { personImpactCsv, personImpactColumns, type PersonImpactRow } from './personImpactCsv';
export { decisionLogCsv, type DecisionLogLabels } from './decisionLogCsv';
export { writeCsv, escapeFormula, csvFormats, type CsvCell } from './writeCsv';
export { csvTemplate } from '../templates/csvTemplate';
export { importFormatMarkdown } from '../templates/importFormatMarkdown';
export { entityColumns } from '../templates/entityColumns';
export type { ColumnDefinition, EntityColumns, CompetenceColumns, Localised } from '../templates/columnDefinition';
export { exportDatasetJson, importDatasetJson, type DatasetJsonImport } from '../datasetJson';
export {
  exportScenariosJson,
  importScenarios,
  scenarioMigrations,
  SCENARIO_FILE_VERSION,
  type ScenarioFileProblem,
  type ScenarioImport,
  type ScenarioMigration,
} from '../scenarioFile';
export { dataFolderFiles } from '../dataFolderFiles';
