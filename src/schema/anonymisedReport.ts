import { z } from 'zod';

/**
 * The anonymised report file, version 2 (see docs/anonymisation.md): aggregates and parameters
 * only. Strict at every level (no unknown keys), so nothing personal can ride along in an
 * extra field. Hidden cells are `null`; the reader sees them as "< k". No dates, ids of
 * people, names of people, coordinates or polygons (homes only as counts per fixed area, named
 * by the area's official code), salaries or ages. Shares are whole percents, so that no number
 * in the file looks like a coordinate.
 */
export const ANONYMISED_REPORT_SCHEMA_VERSION = 2;
export const ANONYMISED_REPORT_FORMAT = 'ggvv-anonymised-report';

const labelSchema = z.string().min(1).max(200);
const countSchema = z.number().int().min(0).max(1_000_000);
const cellSchema = countSchema.nullable();
/** Shares as whole percents 0–100. */
const percentSchema = z.number().int().min(0).max(100);

const bilingualSchema = z.strictObject({ sv: labelSchema, en: labelSchema });

/** What a table counts: the topic fixes the meaning of its rows and columns. */
export const reportTopics = [
  'statusByMunicipality',
  'commuteByMunicipality',
  'benchByNotice',
  'benchByConflict',
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
      if (row.length !== table.columnIds.length)
        ctx.addIssue({ code: 'custom', path: ['cells', r], message: 'columns' });
    });
    if (table.rowTotals.length !== table.rowIds.length)
      ctx.addIssue({ code: 'custom', path: ['rowTotals'], message: 'rows' });
    if (table.columnTotals.length !== table.columnIds.length)
      ctx.addIssue({ code: 'custom', path: ['columnTotals'], message: 'columns' });
  });
export type ReportTable = z.infer<typeof reportTableSchema>;

export const reportLinkSchema = z.strictObject({
  kind: z.enum(['rowTotals', 'columnTotals', 'grandTotal']),
  tableIds: z.array(labelSchema).min(2),
});

/** A fact the reader knows across tables: Σ coefficient · cell = 0 (row or column null: a total). */
export const reportRelationSchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        tableId: labelSchema,
        row: labelSchema.nullable(),
        column: labelSchema.nullable(),
        coefficient: z.number().int().min(-1000).max(1000),
      }),
    )
    .min(1),
  /** Right-hand side (default 0): a public figure, e.g. the positions to fill. */
  constant: z.number().int().min(-1_000_000).max(1_000_000).optional(),
});

export const homeAreaSchema = z.strictObject({
  /** The row of the `homeAreas` table that holds this area's count. */
  rowId: labelSchema,
  /** The fixed area (its official code in the published geography, e.g. an SCB municipality code). */
  areaId: labelSchema,
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
  responseMinutes: countSchema,
  overall: z.strictObject({ employeesPercent: percentSchema, pcsPercent: percentSchema }),
  byMunicipality: z.array(
    z.strictObject({ municipalityId: labelSchema, employeesPercent: percentSchema, pcsPercent: percentSchema }),
  ),
});

/** Competences only as risk categories, each resting on at least k holders; the rest only counted. */
const competencesSchema = z.strictObject({
  scenarioId: labelSchema,
  atRiskCount: countSchema,
  atRisk: z.array(labelSchema),
  notAtRisk: z.array(labelSchema),
});

const cellRefSchema = z.strictObject({
  tableId: labelSchema,
  row: labelSchema.nullable(),
  column: labelSchema.nullable(),
});

/**
 * One overall figure of a scenario: a count of people is a cell of a protected table (null:
 * nobody has that status, so the table has no such column); any other figure is a whole
 * number about positions, shares or expectations (see overallFigures.ts).
 */
export const overallFigureSchema = z.discriminatedUnion('unit', [
  z.strictObject({ id: labelSchema, unit: z.literal('people'), cell: cellRefSchema.nullable() }),
  z.strictObject({
    id: labelSchema,
    /** `msek`: million kronor a year (aggregate costs, docs/economics.md). */
    unit: z.enum(['positions', 'percent', 'expected-people', 'competences', 'minutes', 'msek']),
    value: z.number().int().min(0).max(1_000_000),
  }),
]);
export type OverallFigure = z.infer<typeof overallFigureSchema>;

const overallSchema = z.strictObject({ scenarioId: labelSchema, figures: z.array(overallFigureSchema) });

/** The public position plan of a scenario: positions, kept vacant, to recruit (all others filled). */
const positionPlanSchema = z.strictObject({
  scenarioId: labelSchema,
  positions: countSchema,
  vacant: countSchema,
  toRecruit: countSchema,
});

export const anonymisedReportSchema = z.strictObject({
  format: z.literal(ANONYMISED_REPORT_FORMAT),
  schemaVersion: z.literal(ANONYMISED_REPORT_SCHEMA_VERSION),
  parameters: z.strictObject({
    k: z.number().int().min(3).max(1000),
    datasetName: labelSchema,
    scenarios: z.array(scenarioSchema).min(1),
    commuteChangeBands: z.array(bandSchema).min(1),
    noticeMonthBands: z.array(bandSchema).min(1),
    /** Where the fixed areas come from (a public geography). */
    areaSource: labelSchema,
  }),
  /** Display names of the ids used as row and column labels (places, areas, competences). */
  labels: z.record(labelSchema, bilingualSchema),
  tables: z.array(reportTableSchema),
  links: z.array(reportLinkSchema),
  relations: z.array(reportRelationSchema),
  homeAreas: z.array(homeAreaSchema),
  positionPlan: z.array(positionPlanSchema),
  overall: z.array(overallSchema),
  coverage: z.array(coverageSchema),
  competences: z.array(competencesSchema),
});
export type AnonymisedReport = z.infer<typeof anonymisedReportSchema>;
