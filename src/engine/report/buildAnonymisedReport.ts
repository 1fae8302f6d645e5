import {
  ANONYMISED_REPORT_FORMAT,
  ANONYMISED_REPORT_SCHEMA_VERSION,
  type AnonymisedReport,
  type ReportTable,
} from '../../schema/anonymisedReport';
import type { Dataset } from '../../schema/dataset';
import { DEFAULT_K, homeAreas, protectRelations, suppressReport, type HomeAreaOptions } from '../anonymisation';
import { ageBands } from '../ageBand';
import { selectionGroupName } from '../selectionOrder/selectionGroupName';
import { commuteChangeBands, leaveProbabilityBands } from './reportBands';
import { topicLowerBounds } from './reportRelations';
import { homeAreaRowId, reportCountTables, statusIds, type ReportScenario } from './reportCountTables';

export interface BuildReportOptions {
  /** Smallest published group; default 5, at least 3. */
  readonly k?: number;
  readonly homeAreas?: HomeAreaOptions;
}

/** Shares in the file carry three decimals: enough to read, too few to look like a coordinate. */
const roundShare = (share: number): number => Math.round(share * 1000) / 1000;

/**
 * The anonymised report (SPEC §8) of one or several evaluated scenarios: pure.
 *
 * Person tables (see reportCountTables.ts) are suppressed together in ONE call with every
 * margin a reader can equate linked, so neither a table's own totals nor comparing
 * scenarios reveals a hidden cell; the audit must pass or suppressReport does not return.
 * Then the relations between a scenario's tables that are not equal margins (the bench in
 * three tables, sites and selection groups, ...) are audited too and protected by further
 * suppression (protectRelations); the relations are written into the file for the check.
 * Homes appear only as areas of ≥ k people of the whole workforce; their counts are a table
 * of the same suppression, so the people left off the map cannot be worked out either, and
 * the audit knows what any reader knows: each area holds at least k.
 * Coverage (shares of the organisation's demand) and competences at risk (needed and expected
 * holders, rounded) are not about persons and are published as they are.
 *
 * Published: counts, bands, names of places, units, competences and scenarios, and k. Never
 * a person's id, name, home, salary, birth year or employment date, and no date at all (not
 * even the reference date: age bands are what it is used for).
 */
export function buildAnonymisedReport(
  dataset: Dataset,
  scenarios: readonly ReportScenario[],
  options: BuildReportOptions = {},
): AnonymisedReport {
  const k = options.k ?? DEFAULT_K;
  const homes = homeAreas(
    dataset.people.map((p) => p.home),
    k,
    options.homeAreas,
  );
  const mapped = homes.areas.reduce((sum, a) => sum + a.count, 0);
  const { tables, links, relations } = reportCountTables(dataset, scenarios, homes.areas, dataset.people.length - mapped);
  const suppressed = protectRelations(suppressReport(tables, { k, links }).report, relations, topicLowerBounds(tables, k));
  const topicOf = new Map(tables.map((t) => [t.id, t]));
  const published: ReportTable[] = suppressed.report.tables.map((t) => ({
    id: t.id,
    topic: topicOf.get(t.id)!.topic,
    scenarioId: topicOf.get(t.id)!.scenarioId,
    rowIds: [...t.rowIds],
    columnIds: [...t.columnIds],
    cells: t.cells.map((row) => [...row]),
    rowTotals: [...t.rowTotals],
    columnTotals: [...t.columnTotals],
    grandTotal: t.grandTotal,
  }));

  const labels: AnonymisedReport['labels'] = {};
  for (const m of dataset.municipalities) labels[m.id] = { sv: m.name, en: m.name };
  for (const s of dataset.sites) labels[s.id] = { sv: s.name, en: s.name };
  for (const u of dataset.units) labels[u.id] = { sv: u.name, en: u.nameEn };
  for (const c of dataset.competences) labels[c.id] = { sv: c.name, en: c.nameEn };
  const siteNames = new Map(dataset.sites.map((s) => [s.id, s.name]));
  const siteName = (id: string) => siteNames.get(id) ?? id;
  for (const { evaluation } of scenarios) {
    for (const group of evaluation.assignment?.selectionOrder.groups ?? []) labels[group.id] = selectionGroupName(group, siteName);
    if ((evaluation.assignment?.selectionOrder.outsideLas.length ?? 0) > 0) {
      labels[statusIds.outsideLas] = { sv: 'Utanför LAS (företagsledande befattning)', en: 'Outside LAS (company-leading position)' };
    }
  }

  return {
    format: ANONYMISED_REPORT_FORMAT,
    schemaVersion: ANONYMISED_REPORT_SCHEMA_VERSION,
    parameters: {
      k,
      datasetName: dataset.name,
      scenarios: scenarios.map(({ scenario }) => ({ id: scenario.id, name: scenario.name, kind: scenario.kind })),
      commuteChangeBands: commuteChangeBands.map((b) => ({ ...b })),
      leaveProbabilityBands: leaveProbabilityBands.map((b) => ({ ...b })),
      ageBands: [...ageBands],
    },
    labels,
    tables: published,
    links: suppressed.report.links.map((l) => ({ kind: l.kind, tableIds: [...l.tableIds] })),
    relations: relations.map((r) => ({ terms: r.terms.map((term) => ({ ...term.cell, coefficient: term.coefficient })) })),
    homeAreas: homes.areas.map((area, i) => ({
      rowId: homeAreaRowId(i),
      polygon: area.polygon.map((p) => ({ lat: p.lat, lon: p.lon })),
    })),
    coverage: scenarios.map(({ scenario, evaluation }) => ({
      scenarioId: scenario.id,
      responseMinutes: evaluation.coverage.responseMinutes,
      overall: { employees: roundShare(evaluation.coverage.overall.employees), pcs: roundShare(evaluation.coverage.overall.pcs) },
      byMunicipality: Object.entries(evaluation.coverage.byMunicipality).map(([municipalityId, share]) => ({
        municipalityId,
        employees: roundShare(share.employees),
        pcs: roundShare(share.pcs),
      })),
    })),
    competences: scenarios.flatMap(({ scenario, evaluation }) =>
      evaluation.retention === null
        ? []
        : [
            {
              scenarioId: scenario.id,
              atRiskCount: evaluation.retention.competencesAtRisk.length,
              byCompetence: evaluation.retention.competences.map((c) => ({
                competenceId: c.competenceId,
                needed: c.needed,
                expectedRounded: Math.round(c.expected),
                atRisk: c.atRisk,
              })),
            },
          ],
    ),
  };
}
