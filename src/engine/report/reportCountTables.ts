import type { Dataset } from '../../schema/dataset';
import type { ReportTopic } from '../../schema/anonymisedReport';
import type { Scenario } from '../../schema/scenario';
import type { CountTable, HomeArea, TableLink } from '../anonymisation';
import { ageBand, ageBands } from '../ageBand';
import type { ScenarioEvaluation } from '../evaluateScenario';
import { bandOf, commuteChangeBands, leaveProbabilityBands } from './reportBands';

/** One scenario of a report, with its evaluation. */
export interface ReportScenario {
  readonly scenario: Scenario;
  readonly evaluation: ScenarioEvaluation;
}

export interface TopicTable extends CountTable {
  readonly topic: ReportTopic;
  readonly scenarioId: string | null;
}

/** Column ids of the tables (statuses); the bands' ids are in reportBands.ts. */
export const statusIds = {
  declined: 'declined',
  leaving: 'leaving',
  bench: 'bench',
  placed: 'placed',
  benchInConflict: 'bench-in-conflict',
  benchOther: 'bench-other',
  noSite: 'no-site',
  homes: 'people',
  elsewhere: 'elsewhere',
} as const;

function counter(id: string, topic: ReportTopic, scenarioId: string | null, rowIds: readonly string[], columnIds: readonly string[]) {
  const rows = new Map(rowIds.map((r, i) => [r, i]));
  const columns = new Map(columnIds.map((c, i) => [c, i]));
  const counts = rowIds.map(() => new Array<number>(columnIds.length).fill(0));
  return {
    add(row: string, column: string): void {
      const r = rows.get(row);
      const c = columns.get(column);
      if (r === undefined || c === undefined) throw new Error(`table ${id}: no cell ${row} × ${column}`);
      counts[r]![c]! += 1;
    },
    table(): TopicTable {
      return { id, topic, scenarioId, rowIds: [...rowIds], columnIds: [...columnIds], counts };
    },
  };
}

export const tableId = (scenarioId: string, topic: ReportTopic): string => `${scenarioId}.${topic}`;
export const HOMES_TABLE_ID = 'homes';
export const homeAreaRowId = (index: number): string => `area-${index + 1}`;

/**
 * The count tables of a report before suppression, and the links a reader can equate.
 * Every table of a target scenario counts people; baselines add coverage only (everyone is
 * "unchanged" there, so person tables would tell nothing and suppress everything).
 *
 * Populations: commute by origin and by age, retention by origin and the homes: the whole
 * workforce (grand totals linked across everything; origin and age row totals linked across
 * scenarios; commute tables' column totals linked within a scenario). Placement by unit and
 * site and the selection groups: the new company (placed + bench), linked with each other.
 */
export function reportCountTables(
  dataset: Dataset,
  scenarios: readonly ReportScenario[],
  areas: readonly HomeArea[],
  otherCount: number,
): { tables: TopicTable[]; links: TableLink[] } {
  const people = dataset.people;
  const municipalityIds = dataset.municipalities.map((m) => m.id).filter((id) => people.some((p) => p.municipalityId === id));
  const tables: TopicTable[] = [];
  const workforceTables: string[] = [];
  const originTables: string[] = [];
  const ageTables: string[] = [];
  const links: TableLink[] = [];

  for (const { scenario, evaluation } of scenarios) {
    const assignment = evaluation.assignment;
    if (scenario.kind === 'baseline' || assignment === null) continue;
    const s = scenario.id;
    const declined = new Set(assignment.declined);
    const leaving = new Set(assignment.leaving);
    const outsideStatus = (id: string): string | null => (declined.has(id) ? statusIds.declined : leaving.has(id) ? statusIds.leaving : null);

    // Commute change by origin and by age band.
    const commuteColumns = [...commuteChangeBands.map((b) => b.id), statusIds.declined, statusIds.leaving];
    const byOrigin = counter(tableId(s, 'commuteByOrigin'), 'commuteByOrigin', s, municipalityIds, commuteColumns);
    const byAge = counter(tableId(s, 'commuteByAge'), 'commuteByAge', s, ageBands, commuteColumns);
    const delta = new Map(evaluation.commute.people.map((c) => [c.personId, c.deltaMinutes]));
    for (const person of people) {
      const column = outsideStatus(person.id) ?? bandOf(commuteChangeBands, delta.get(person.id) ?? 0);
      byOrigin.add(person.municipalityId, column);
      byAge.add(ageBand(person.birthYear, dataset.referenceDate), column);
    }

    // Placement by the unit of the position and its site; the bench as its own row.
    const positions = new Map(dataset.positions.map((p) => [p.id, p]));
    const unitIds = dataset.units.map((u) => u.id);
    const benchSite = new Map(evaluation.placements.map((p) => [p.personId, p.siteId]));
    const siteOf = (siteId: string | null | undefined): string => siteId ?? statusIds.noSite;
    const placementRows: Array<[string, string]> = [
      ...assignment.placements.map((p): [string, string] => [positions.get(p.positionId)!.unitId, siteOf(p.siteId)]),
      ...assignment.bench.map((id): [string, string] => [statusIds.bench, siteOf(benchSite.get(id))]),
    ];
    const siteIds = [...new Set(placementRows.map(([, site]) => site))].sort();
    const rowIds = [...unitIds.filter((u) => placementRows.some(([unit]) => unit === u)), statusIds.bench];
    const byUnit = counter(tableId(s, 'placementByUnitAndSite'), 'placementByUnitAndSite', s, rowIds, siteIds.length > 0 ? siteIds : [statusIds.noSite]);
    for (const [unit, site] of placementRows) byUnit.add(unit, site);

    // Selection groups (LAS 22 §): placed, and the bench split by whether they are in conflict.
    const placed = new Set(assignment.placements.map((p) => p.personId));
    const inConflict = new Set(assignment.selectionOrder.conflicts.map((c) => c.benchPersonId));
    const groups = assignment.selectionOrder.groups;
    const groupTable = counter(tableId(s, 'selectionGroups'), 'selectionGroups', s, groups.length > 0 ? groups.map((g) => g.id) : ['none'], [
      statusIds.placed,
      statusIds.benchInConflict,
      statusIds.benchOther,
    ]);
    for (const group of groups) {
      for (const id of [...group.ranking, ...group.exempted]) {
        groupTable.add(group.id, placed.has(id) ? statusIds.placed : inConflict.has(id) ? statusIds.benchInConflict : statusIds.benchOther);
      }
    }

    // Retention: each placed person's leave probability band; the rest by status.
    const retentionColumns = [...leaveProbabilityBands.map((b) => b.id), statusIds.bench, statusIds.declined, statusIds.leaving];
    const retention = counter(tableId(s, 'retentionByOrigin'), 'retentionByOrigin', s, municipalityIds, retentionColumns);
    const leave = new Map<string, number>();
    evaluation.retention?.personIds?.forEach((id, i) => leave.set(id, evaluation.retention!.leaveProbabilities[i]!));
    for (const person of people) {
      const outside = outsideStatus(person.id);
      const probability = leave.get(person.id);
      const column = outside ?? (placed.has(person.id) && probability !== undefined ? bandOf(leaveProbabilityBands, probability) : statusIds.bench);
      retention.add(person.municipalityId, column);
    }

    const scenarioTables = [byOrigin.table(), byAge.table(), byUnit.table(), groupTable.table(), retention.table()];
    tables.push(...scenarioTables);
    workforceTables.push(tableId(s, 'commuteByOrigin'), tableId(s, 'commuteByAge'), tableId(s, 'retentionByOrigin'));
    originTables.push(tableId(s, 'commuteByOrigin'), tableId(s, 'retentionByOrigin'));
    ageTables.push(tableId(s, 'commuteByAge'));
    links.push({ kind: 'columnTotals', tableIds: [tableId(s, 'commuteByOrigin'), tableId(s, 'commuteByAge')] });
    links.push({ kind: 'grandTotal', tableIds: [tableId(s, 'placementByUnitAndSite'), tableId(s, 'selectionGroups')] });
    // Not expressible as a margin link (a caveat of the audit): the bench row of the placement
    // table equals the two bench columns of the groups and the bench column of retention.
  }

  // Homes of the whole workforce as areas of ≥ k; the rest pooled as "elsewhere".
  const homeRows = [...areas.map((_, i) => homeAreaRowId(i)), statusIds.elsewhere];
  tables.push({
    id: HOMES_TABLE_ID,
    topic: 'homeAreas',
    scenarioId: null,
    rowIds: homeRows,
    columnIds: [statusIds.homes],
    counts: [...areas.map((a) => [a.count]), [otherCount]],
  });
  workforceTables.push(HOMES_TABLE_ID);

  if (workforceTables.length > 1) links.push({ kind: 'grandTotal', tableIds: workforceTables });
  if (originTables.length > 1) links.push({ kind: 'rowTotals', tableIds: originTables });
  if (ageTables.length > 1) links.push({ kind: 'rowTotals', tableIds: ageTables });
  return { tables, links };
}
