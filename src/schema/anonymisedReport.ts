import { z } from 'zod';

/**
 * The anonymised report file (SPEC §8), version 1: aggregates and parameters only. Strict at
 * every level (no unknown keys), so nothing personal can ride along in an extra field.
 * Suppressed cells are `null`; the reader sees them as "< k". No dates, ids of people, names
 * of people, homes (only areas of ≥ k people), salaries or ages (only bands).
 */
export const ANONYMISED_REPORT_SCHEMA_VERSION = 1;
export const ANONYMISED_REPORT_FORMAT = 'ggvv-anonymised-report';

const labelSchema = z.string().min(1).max(200);
const countSchema = z.number().int().min(0).max(1_000_000);
const cellSchema = countSchema.nullable();
/** Shares are rounded to three decimals in the file (see buildAnonymisedReport). */
const shareSchema = z.number().min(0).max(1);

const bilingualSchema = z.strictObject({ sv: labelSchema, en: labelSchema });

/** What a table counts: the topic fixes the meaning of its rows and columns. */
export const reportTopics = [
  'commuteByOrigin',
  'commuteByAge',
  'selectionGroups',
  'retentionByOrigin',
  'homeAreas',
] as const;
export type ReportTopic = (typeof reportTopics)[number];

export const reportTableSchema = z
  .strictObject({
    id: labelSchema,
    topic: z.enum(reportTopics),
    /** The scenario the table belongs to; null for tables of the whole workforce (homes). */
    scenarioId: labelSchema.nullable(),
    rowIds: z.array(labelSchema).min(1),
    columnIds: z.array(labelSchema).min(1),
    cells: z.array(z.array(cellSchema)),
    rowTotals: z.array(cellSchema),
    columnTotals: z.array(cellSchema),
    grandTotal: cellSchema,
  })
  .superRefine((table, ctx) => {
    if (table.cells.length !== table.rowIds.length) ctx.addIssue({ code: 'custom', path: ['cells'], message: 'rows' });
    table.cells.forEach((row, r) => {
      if (row.length !== table.columnIds.length) ctx.addIssue({ code: 'custom', path: ['cells', r], message: 'columns' });
    });
    if (table.rowTotals.length !== table.rowIds.length) ctx.addIssue({ code: 'custom', path: ['rowTotals'], message: 'rows' });
    if (table.columnTotals.length !== table.columnIds.length) ctx.addIssue({ code: 'custom', path: ['columnTotals'], message: 'columns' });
  });
export type ReportTable = z.infer<typeof reportTableSchema>;

export const reportLinkSchema = z.strictObject({
  kind: z.enum(['rowTotals', 'columnTotals', 'grandTotal']),
  tableIds: z.array(labelSchema).min(2),
});

/** A fact the reader knows across tables: Σ coefficient · cell = 0 (row or column null: a total). */
export const reportRelationSchema = z.strictObject({
  terms: z
    .array(z.strictObject({ tableId: labelSchema, row: labelSchema.nullable(), column: labelSchema.nullable(), coefficient: z.number().int().min(-1000).max(1000) }))
    .min(2),
});

const pointSchema = z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

export const homeAreaSchema = z.strictObject({
  /** The row of the `homeAreas` table that holds this area's count. */
  rowId: labelSchema,
  /** Corners south-west, south-east, north-east, north-west. */
  polygon: z.array(pointSchema).length(4),
});

const bandSchema = z.strictObject({
  id: labelSchema,
  /** Lower bound (exclusive unless `minInclusive`); null: unbounded. */
  min: z.number().nullable(),
  max: z.number().nullable(),
  minInclusive: z.boolean(),
  maxInclusive: z.boolean(),
});
export type ReportBand = z.infer<typeof bandSchema>;

const scenarioSchema = z.strictObject({
  id: labelSchema,
  name: labelSchema,
  kind: z.enum(['baseline', 'target']),
});

const coverageSchema = z.strictObject({
  scenarioId: labelSchema,
  responseMinutes: z.number().min(0).max(10_000),
  overall: z.strictObject({ employees: shareSchema, pcs: shareSchema }),
  byMunicipality: z.array(z.strictObject({ municipalityId: labelSchema, employees: shareSchema, pcs: shareSchema })),
});

const competencesSchema = z.strictObject({
  scenarioId: labelSchema,
  atRiskCount: countSchema,
  byCompetence: z.array(
    z.strictObject({ competenceId: labelSchema, needed: countSchema, expectedRounded: countSchema, atRisk: z.boolean() }),
  ),
});

export const anonymisedReportSchema = z.strictObject({
  format: z.literal(ANONYMISED_REPORT_FORMAT),
  schemaVersion: z.literal(ANONYMISED_REPORT_SCHEMA_VERSION),
  parameters: z.strictObject({
    k: z.number().int().min(3).max(1000),
    datasetName: labelSchema,
    scenarios: z.array(scenarioSchema).min(1),
    commuteChangeBands: z.array(bandSchema).min(1),
    leaveProbabilityBands: z.array(bandSchema).min(1),
    ageBands: z.array(labelSchema).min(1),
  }),
  /** Display names of the ids used as row and column labels (places, units, competences, groups). */
  labels: z.record(labelSchema, bilingualSchema),
  tables: z.array(reportTableSchema),
  links: z.array(reportLinkSchema),
  relations: z.array(reportRelationSchema),
  homeAreas: z.array(homeAreaSchema),
  coverage: z.array(coverageSchema),
  competences: z.array(competencesSchema),
});
export type AnonymisedReport = z.infer<typeof anonymisedReportSchema>;
