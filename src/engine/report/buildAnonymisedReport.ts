import {
  ANONYMISED_REPORT_FORMAT,
  ANONYMISED_REPORT_SCHEMA_VERSION,
  type AnonymisedReport,
  type ReportTable,
} from '../../schema/anonymisedReport';
import type { Dataset } from '../../schema/dataset';
import { membershipDataset } from '../scenario/membershipDataset';
import { scenarioMembers } from '../scenario/scenarioMembers';
import type { FixedAreas } from '../../schema/fixedAreas';
import type { ReleaseRegister } from '../../schema/releaseRegister';
import {
  checkK,
  DEFAULT_K,
  protectDisclosure,
  type CellLowerBound,
  type CellRelation,
  type DisclosedGroup,
  type PublishedTable,
  type TableLink,
} from '../anonymisation';
import { fingerprint } from './fingerprint';
import { fixedAreaCounts, type FixedAreaCounts } from './fixedHomeAreas';
import { overallFigures } from './overallFigures';
import { commuteChangeBands, noticeMonthBands } from './reportBands';
import { homeAreaRowId, reportCountTables, type ReportScenario, type TopicTable } from './reportCountTables';
import { homeRows, municipalityRows, OTHER_MEMBERS_ROW, OUTSIDE_MEMBERS_ROW, type MunicipalityRow } from './reportRows';
import {
  publicStaffLowerBounds,
  publicStaffRelations,
  topicLowerBounds,
  topicRelations,
  type PositionPlan,
  type PublicStaff,
} from './reportRelations';

export interface BuildReportOptions {
  /** The dataset's k: smallest published group; default 5, at least 3. */
  readonly k?: number;
  /** The fixed geography of the home areas (public). */
  readonly areas: FixedAreas;
  /** HR's earlier releases from this dataset; the new report is protected jointly with them. */
  readonly register?: ReleaseRegister;
}

export interface ReportStats {
  /** Figures of the report's tables (cells and totals, linked copies once). */
  readonly cells: number;
  readonly published: number;
  /** Inner cells of the tables, and how many of them are published. */
  readonly innerCells: number;
  readonly innerPublished: number;
}

export type ReportBuild =
  | {
      readonly ok: true;
      readonly report: AnonymisedReport;
      readonly stats: ReportStats;
      /** For the register: hash of each target scenario's count tables. */
      readonly tableFingerprints: Record<string, string>;
      readonly peopleFingerprint: string;
    }
  | { readonly ok: false; readonly reason: 'register-k-differs'; readonly params: { k: number; registerK: number } }
  | { readonly ok: false; readonly reason: 'register-other-data'; readonly params: Record<string, never> }
  | { readonly ok: false; readonly reason: 'mixed-membership'; readonly params: { scenarios: string } }
  | {
      readonly ok: false;
      readonly reason: 'exposed-by-earlier-or-public';
      readonly params: { groups: number };
      readonly exposed: readonly DisclosedGroup[];
    };

/** Hash of who the people are (ids, employers and home areas): the register's data identity. */
export function peopleFingerprint(dataset: Dataset, areas: FixedAreaCounts): string {
  return fingerprint(
    JSON.stringify({
      people: dataset.people.map((p) => [p.id, p.municipalityId]),
      areas: areas.areaIds,
      counts: areas.counts,
      elsewhere: areas.elsewhere,
    }),
  );
}

const scenarioTablesFingerprint = (tables: readonly TopicTable[]): string =>
  fingerprint(JSON.stringify(tables.map((t) => [t.topic, t.rowIds, t.columnIds, t.counts])));

/**
 * The municipalities' published IT staff (`itStaff`), where it is the true headcount: public
 * facts. A row's headcount is known exactly when each of its municipalities' figure is true (a
 * municipality without a figure and without staff counts as known: the safer assumption);
 * otherwise it holds at least the true figures it has.
 */
function publicStaff(dataset: Dataset, rows: readonly MunicipalityRow[], members: ReadonlySet<string>): PublicStaff[] {
  const headcount = new Map<string, number>();
  for (const p of dataset.people) headcount.set(p.municipalityId, (headcount.get(p.municipalityId) ?? 0) + 1);
  return rows.map((row) => {
    // A scenario's tables count its own members' people only; the reader knows its members.
    const inRow = dataset.municipalities.filter((m) => row.municipalityIds.includes(m.id) && members.has(m.id));
    const count = (id: string) => headcount.get(id) ?? 0;
    const exact = inRow.every((m) => (m.itStaff ?? 0) === count(m.id));
    const known = inRow.filter((m) => m.itStaff !== null && m.itStaff === count(m.id));
    return {
      rowId: row.rowId,
      people: exact ? inRow.reduce((sum, m) => sum + count(m.id), 0) : known.reduce((sum, m) => sum + count(m.id), 0),
      exact,
    };
  });
}

export function positionPlanOf(dataset: Dataset, { scenario, evaluation }: ReportScenario): PositionPlan | null {
  const a = evaluation.assignment;
  if (scenario.kind === 'baseline' || a === null) return null;
  // The scenario's positions: the company's and those its members retain (docs/retained-positions.md).
  const positions = evaluation.organisation
    ? evaluation.organisation.companyPositions + evaluation.organisation.retainedPositions
    : dataset.positions.length;
  return {
    scenarioId: scenario.id,
    positions,
    vacant: a.vacant.length,
    toRecruit: positions - a.vacant.length - a.placements.length,
  };
}

interface Knowledge {
  readonly tables: PublishedTable[];
  readonly links: TableLink[];
  readonly relations: CellRelation[];
  readonly lowerBounds: CellLowerBound[];
}

/** A released report's tables and what a reader knows from it, ids prefixed to stay apart. */
function releaseKnowledge(
  report: AnonymisedReport,
  prefix: string,
): Knowledge & { topics: (TopicTable | ReportTable)[] } {
  const rename = (id: string) => `${prefix}${id}`;
  const topics = report.tables.map((t) => ({ ...t, id: rename(t.id) }));
  const renameRelation = (r: CellRelation): CellRelation => ({
    ...r,
    terms: r.terms.map((term) => ({ ...term, cell: { ...term.cell, tableId: rename(term.cell.tableId) } })),
  });
  return {
    topics,
    tables: topics.map((t) => ({
      id: t.id,
      rowIds: t.rowIds,
      columnIds: t.columnIds,
      cells: t.cells,
      rowTotals: t.rowTotals,
      columnTotals: t.columnTotals,
      grandTotal: t.grandTotal,
    })),
    links: report.links.map((l) => ({ kind: l.kind, tableIds: l.tableIds.map(rename) })),
    relations: topicRelations(report.tables, report.positionPlan).map(renameRelation),
    lowerBounds: topicLowerBounds(report.tables).map((b) => ({
      ...b,
      cell: { ...b.cell, tableId: rename(b.cell.tableId) },
    })),
  };
}

/** Margins and cells a reader can equate across releases of the same people. */
function crossReleaseFacts(
  all: readonly { tables: readonly (TopicTable | ReportTable)[]; fingerprints: Readonly<Record<string, string>> }[],
): { links: TableLink[]; relations: CellRelation[] } {
  const flat = all.flatMap((r) => r.tables);
  const byMunicipality = flat.filter((t) => t.topic === 'statusByMunicipality' || t.topic === 'commuteByMunicipality');
  const homes = flat.filter((t) => t.topic === 'homeAreas');
  const links: TableLink[] = [];
  // Equal grand totals: the tables of one membership (the same municipality rows,
  // docs/membership.md), the homes with the membership of everyone in the report.
  const membershipOf = (t: TopicTable | ReportTable) => JSON.stringify([...t.rowIds].sort());
  const everyone = JSON.stringify([...new Set(byMunicipality.flatMap((t) => t.rowIds))].sort());
  const workforce = new Map<string, string[]>();
  for (const t of flat) {
    if (t.topic !== 'statusByMunicipality' && t.topic !== 'commuteByMunicipality' && t.topic !== 'homeAreas') continue;
    const key = t.topic === 'homeAreas' ? everyone : membershipOf(t);
    workforce.set(key, [...(workforce.get(key) ?? []), t.id]);
  }
  for (const ids of workforce.values()) if (ids.length > 1) links.push({ kind: 'grandTotal', tableIds: ids });
  const sameRows = (tables: readonly (TopicTable | ReportTable)[]) => {
    const groups = new Map<string, string[]>();
    for (const t of tables)
      groups.set(JSON.stringify([...t.rowIds].sort()), [
        ...(groups.get(JSON.stringify([...t.rowIds].sort())) ?? []),
        t.id,
      ]);
    for (const ids of groups.values()) if (ids.length > 1) links.push({ kind: 'rowTotals', tableIds: ids });
  };
  sameRows(byMunicipality);
  sameRows(homes);
  const relations: CellRelation[] = [];
  // Tables of other rows (an earlier release of another row design): a municipality or area
  // row is the same people in every table. A folded row is not equated: its members may differ
  // (it follows from the grand total and the rows of its own, which are equated).
  const sameRowAcross = (tables: readonly (TopicTable | ReportTable)[], folded: string) => {
    const first = new Map<string, TopicTable | ReportTable>();
    for (const t of tables) {
      for (const row of t.rowIds) {
        if (row === folded) continue;
        const earlier = first.get(row);
        if (!earlier) {
          first.set(row, t);
          continue;
        }
        if (JSON.stringify([...earlier.rowIds].sort()) === JSON.stringify([...t.rowIds].sort())) continue;
        relations.push({
          terms: [
            { cell: { tableId: earlier.id, row, column: null }, coefficient: 1 },
            { cell: { tableId: t.id, row, column: null }, coefficient: -1 },
          ],
        });
      }
    }
  };
  sameRowAcross(byMunicipality, OTHER_MEMBERS_ROW);
  sameRowAcross(homes, OUTSIDE_MEMBERS_ROW);
  // The same scenario with the same counts in two releases: every cell is the same.
  const seen = new Map<string, TopicTable | ReportTable>();
  for (const release of all) {
    for (const t of release.tables) {
      if (t.scenarioId === null) continue;
      const print = release.fingerprints[t.scenarioId];
      if (print === undefined) continue;
      const key = `${print}|${t.topic}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, t);
        continue;
      }
      if (
        JSON.stringify(first.rowIds) !== JSON.stringify(t.rowIds) ||
        JSON.stringify(first.columnIds) !== JSON.stringify(t.columnIds)
      )
        continue;
      t.rowIds.forEach((row) =>
        t.columnIds.forEach((column) =>
          relations.push({
            terms: [
              { cell: { tableId: first.id, row, column }, coefficient: 1 },
              { cell: { tableId: t.id, row, column }, coefficient: -1 },
            ],
          }),
        ),
      );
    }
  }
  return { links, relations };
}

/**
 * The anonymised report (see docs/anonymisation.md) of one or several evaluated scenarios:
 * pure. The count tables (reportCountTables.ts) are protected in ONE call together with every
 * earlier release of the register, every margin a reader can equate linked, the relations
 * between tables, the public position plan and the rows' existence (protectDisclosure): no
 * hidden cell and no sum of hidden cells along a row, column or relation is a derivable group
 * of 1 … k − 1 people. The report is refused with the reason when the register is of another
 * k or other data, or when the earlier releases and public facts alone already give a group
 * away. Published besides: overall figures per scenario, the position plan, coverage as whole
 * percents, competences as risk categories resting on at least k holders, and names of places,
 * areas and competences. Never a person's id, name, home, salary, birth year or any date.
 */
export function buildAnonymisedReport(
  fullDataset: Dataset,
  scenarios: readonly ReportScenario[],
  options: BuildReportOptions,
): ReportBuild {
  // The people of the report: every member of any of its scenarios; each scenario's tables
  // count its own members' people (docs/membership.md).
  const membersById = new Map(scenarios.map(({ scenario }) => [scenario.id, scenarioMembers(fullDataset, scenario)]));
  // Target scenarios of other members share the rows (the folded row holds other people), so
  // the reader could not tell which totals agree: one membership per report (docs/membership.md).
  const targets = scenarios.filter(({ scenario }) => scenario.kind === 'target');
  const membershipKey = (id: string) => [...membersById.get(id)!].sort().join(',');
  if (new Set(targets.map(({ scenario }) => membershipKey(scenario.id))).size > 1)
    return {
      ok: false,
      reason: 'mixed-membership',
      params: { scenarios: targets.map(({ scenario }) => `${scenario.id} (${membershipKey(scenario.id)})`).join('; ') },
    };
  const dataset = membershipDataset(fullDataset, {
    members: [...new Set([...membersById.values()].flatMap((m) => [...m]))].sort(),
  });
  const k = options.k ?? DEFAULT_K;
  checkK(k);
  const areas = fixedAreaCounts(
    dataset.people.map((p) => p.home),
    options.areas,
  );
  const people = peopleFingerprint(dataset, areas);
  const register = options.register;
  if (register && register.releases.length > 0) {
    if (register.k !== k) return { ok: false, reason: 'register-k-differs', params: { k, registerK: register.k } };
    if (register.peopleFingerprint !== people) return { ok: false, reason: 'register-other-data', params: {} };
  }
  const { tables, links } = reportCountTables(dataset, scenarios, areas, k, (id) => membersById.get(id)!);
  const plans = scenarios
    .map((s) => positionPlanOf(membershipDataset(fullDataset, s.scenario), s))
    .filter((p): p is PositionPlan => p !== null);
  const rows = municipalityRows(dataset, k);
  // Published IT staff as facts about each scenario's own tables (its members' people).
  const staffFacts = scenarios.map(({ scenario }) => {
    const own = tables.filter((t) => t.scenarioId === scenario.id);
    const staff = publicStaff(dataset, rows, membersById.get(scenario.id)!);
    return { relations: publicStaffRelations(own, staff), lowerBounds: publicStaffLowerBounds(own, staff) };
  });
  const publicFacts = [...topicRelations(tables, plans), ...staffFacts.flatMap((f) => f.relations)];
  const tableFingerprints: Record<string, string> = {};
  for (const { scenario } of scenarios) {
    const own = tables.filter((t) => t.scenarioId === scenario.id);
    if (own.length > 0) tableFingerprints[scenario.id] = scenarioTablesFingerprint(own);
  }

  const earlier = (register?.releases ?? []).map((release, i) => ({
    ...releaseKnowledge(release.report, `release-${i + 1}/`),
    fingerprints: release.tableFingerprints,
  }));
  const cross = crossReleaseFacts([
    ...earlier.map((e) => ({ tables: e.topics, fingerprints: e.fingerprints })),
    { tables, fingerprints: tableFingerprints },
  ]);
  const protection = protectDisclosure({
    tables,
    fixed: earlier.flatMap((e) => e.tables),
    links: [...earlier.flatMap((e) => e.links), ...links, ...cross.links],
    relations: [...earlier.flatMap((e) => e.relations), ...publicFacts, ...cross.relations],
    lowerBounds: [
      ...earlier.flatMap((e) => e.lowerBounds),
      ...topicLowerBounds(tables),
      ...staffFacts.flatMap((f) => f.lowerBounds),
    ],
    k,
  });
  if (!protection.ok)
    return {
      ok: false,
      reason: 'exposed-by-earlier-or-public',
      params: { groups: protection.exposed.length },
      exposed: protection.exposed,
    };

  const topicOf = new Map(tables.map((t) => [t.id, t]));
  const published: ReportTable[] = protection.report.tables.map((t) => ({
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
  let innerCells = 0;
  let innerPublished = 0;
  for (const t of published) {
    for (const v of t.cells.flat()) {
      innerCells += 1;
      if (v !== null) innerPublished += 1;
    }
  }

  const labels: AnonymisedReport['labels'] = {};
  for (const m of dataset.municipalities) labels[m.id] = { sv: m.name, en: m.name };
  // The folded row is named by its (public, fixed) member municipalities, never by who works where.
  const folded = rows.find((row) => row.rowId === OTHER_MEMBERS_ROW);
  const foldedNames = dataset.municipalities
    .filter((m) => m.member && folded?.municipalityIds.includes(m.id))
    .map((m) => m.name)
    .join(' + ');
  if (foldedNames.length > 0) labels[OTHER_MEMBERS_ROW] = { sv: foldedNames, en: foldedNames };
  const homes = homeRows(dataset, areas);
  for (const feature of options.areas.features) {
    const rowId = homeAreaRowId(feature.properties.id);
    if (homes.areaOfRow.has(rowId)) labels[rowId] = { sv: feature.properties.name, en: feature.properties.name };
  }
  const competencesOut: AnonymisedReport['competences'] = [];
  for (const { scenario, evaluation } of scenarios) {
    const retention = evaluation.retention;
    if (retention === null) continue;
    // Only risk categories resting on at least k holders are named.
    const named = retention.competences.filter((c) => c.current >= k);
    for (const c of named) {
      const competence = dataset.competences.find((x) => x.id === c.competenceId);
      if (competence) labels[c.competenceId] = { sv: competence.name.sv, en: competence.name.en };
    }
    competencesOut.push({
      scenarioId: scenario.id,
      atRiskCount: retention.competencesAtRisk.length,
      atRisk: named.filter((c) => c.atRisk).map((c) => c.competenceId),
      notAtRisk: named.filter((c) => !c.atRisk).map((c) => c.competenceId),
    });
  }
  const whole = (share: number): number => Math.min(100, Math.max(0, Math.round(share * 100)));

  const report: AnonymisedReport = {
    format: ANONYMISED_REPORT_FORMAT,
    schemaVersion: ANONYMISED_REPORT_SCHEMA_VERSION,
    parameters: {
      k,
      datasetName: dataset.name,
      scenarios: scenarios.map(({ scenario }) => ({ id: scenario.id, name: scenario.name, kind: scenario.kind })),
      commuteChangeBands: commuteChangeBands.map((b) => ({ ...b })),
      noticeMonthBands: noticeMonthBands.map((b) => ({ ...b })),
      areaSource: options.areas.source.slice(0, 200),
    },
    labels,
    tables: published,
    links: protection.report.links.map((l) => ({ kind: l.kind, tableIds: [...l.tableIds] })),
    relations: publicFacts.map((r) => ({
      terms: r.terms.map((term) => ({ ...term.cell, coefficient: term.coefficient })),
      ...(r.constant === undefined ? {} : { constant: r.constant }),
    })),
    homeAreas: [...homes.areaOfRow].map(([rowId, areaId]) => ({ rowId, areaId })),
    positionPlan: plans.map((p) => ({ ...p })),
    overall: scenarios
      .filter(({ scenario }) => tables.some((t) => t.scenarioId === scenario.id))
      .map((input) => ({
        scenarioId: input.scenario.id,
        figures: overallFigures({
          dataset: membershipDataset(fullDataset, input.scenario),
          input,
          tables: tables.filter((t) => t.scenarioId === input.scenario.id),
        }),
      })),
    coverage: scenarios.map(({ scenario, evaluation }) => ({
      scenarioId: scenario.id,
      responseMinutes: Math.round(evaluation.coverage.responseMinutes),
      overall: {
        employeesPercent: whole(evaluation.coverage.overall.employees),
        pcsPercent: whole(evaluation.coverage.overall.pcs),
      },
      byMunicipality: Object.entries(evaluation.coverage.byMunicipality).map(([municipalityId, share]) => ({
        municipalityId,
        employeesPercent: whole(share.employees),
        pcsPercent: whole(share.pcs),
      })),
    })),
    competences: competencesOut,
  };
  return {
    ok: true,
    report,
    stats: { cells: protection.stats.cells, published: protection.stats.published, innerCells, innerPublished },
    tableFingerprints,
    peopleFingerprint: people,
  };
}
