import type { Dataset } from '../../schema/dataset';
import type { ReportTopic } from '../../schema/anonymisedReport';
import type { Scenario } from '../../schema/scenario';
import type { CellRelation, CountTable, HomeArea, TableLink } from '../anonymisation';
import { ageBand, ageBands } from '../ageBand';
import type { ScenarioEvaluation } from '../evaluateScenario';
import { bandOf, commuteChangeBands, leaveProbabilityBands } from './reportBands';
import { topicRelations } from './reportRelations';

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
  benchInConflict: 'bench-in-conflict',
  benchOther: 'bench-other',
  outsideLas: 'outside-las',
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
 * scenarios; commute tables' column totals linked within a scenario). Selection groups: the
 * new company (placed by unit of position, bench in or out of conflict).
 * What a reader can equate beyond margins is returned as relations (reportRelations.ts).
 */
export function reportCountTables(
  dataset: Dataset,
  scenarios: readonly ReportScenario[],
  areas: readonly HomeArea[],
  otherCount: number,
): { tables: TopicTable[]; links: TableLink[]; relations: CellRelation[] } {
  const people = dataset.people;
  const municipalityIds = dataset.municipalities.map((m) => m.id).filter((id) => people.some((p) => p.municipalityId === id));
  const tables: TopicTable[] = [];
  const workforceTables: string[] = [];
  const originTables: string[] = [];
  const ageTables: string[] = [];
  const links: TableLink[] = [];
  const relations: CellRelation[] = [];

  for (const { scenario, evaluation } of scenarios) {
    const assignment = evaluation.assignment;
    if (scenario.kind === 'baseline' || assignment === null) continue;
    const s = scenario.id;
    const declined = new Set(assignment.declined);
    const leaving = new Set(assignment.leaving);
    const outsideStatus = (id: string): string | null => (declined.has(id) ? statusIds.declined : leaving.has(id) ? statusIds.leaving : null);

    // Statuses outside the new company get a column only when someone has them: a column
    // that is zero in a whole-workforce table would force the company's size to be hidden
    // everywhere (it equals the workforce then). Saying "nobody declined" describes all the
    // workforce, a group of at least k, so it is published by leaving the column out.
    const outsideColumns = [
      ...(assignment.declined.length > 0 ? [statusIds.declined] : []),
      ...(assignment.leaving.length > 0 ? [statusIds.leaving] : []),
    ];

    // Commute change by origin and by age band.
    const commuteColumns = [...commuteChangeBands.map((b) => b.id), ...outsideColumns];
    const byOrigin = counter(tableId(s, 'commuteByOrigin'), 'commuteByOrigin', s, municipalityIds, commuteColumns);
    const byAge = counter(tableId(s, 'commuteByAge'), 'commuteByAge', s, ageBands, commuteColumns);
    const delta = new Map(evaluation.commute.people.map((c) => [c.personId, c.deltaMinutes]));
    for (const person of people) {
      const column = outsideStatus(person.id) ?? bandOf(commuteChangeBands, delta.get(person.id) ?? 0);
      byOrigin.add(person.municipalityId, column);
      byAge.add(ageBand(person.birthYear, dataset.referenceDate), column);
    }

    // Selection groups (LAS 22 §: a group is a scenario site, or a town's sites, and an
    // agreement area): the placed by the unit of their position, and the bench split by
    // whether they are in conflict with the order. One table, so that the sites, units, groups
    // and the bench are tied by its own margins rather than by facts across tables.
    const positions = new Map(dataset.positions.map((p) => [p.id, p]));
    const unitOf = new Map(assignment.placements.map((p) => [p.personId, positions.get(p.positionId)!.unitId]));
    const unitIds = dataset.units.map((u) => u.id).filter((u) => assignment.placements.some((p) => unitOf.get(p.personId) === u));
    const inConflict = new Set(assignment.selectionOrder.conflicts.map((c) => c.benchPersonId));
    const groups = assignment.selectionOrder.groups;
    // The holder of a company-leading post is outside LAS (1 §) and every group: a row of its own.
    const outsideLas = assignment.selectionOrder.outsideLas.map((o) => o.personId);
    const groupRows = [...groups.map((g) => g.id), ...(outsideLas.length > 0 ? [statusIds.outsideLas] : [])];
    const groupTable = counter(tableId(s, 'selectionGroups'), 'selectionGroups', s, groupRows.length > 0 ? groupRows : ['none'], [
      ...unitIds,
      statusIds.benchInConflict,
      statusIds.benchOther,
    ]);
    for (const group of groups) {
      for (const id of [...group.ranking, ...group.exempted]) {
        groupTable.add(group.id, unitOf.get(id) ?? (inConflict.has(id) ? statusIds.benchInConflict : statusIds.benchOther));
      }
    }
    for (const id of outsideLas) {
      const unit = unitOf.get(id);
      if (unit !== undefined) groupTable.add(statusIds.outsideLas, unit);
    }
    const placed = new Set(unitOf.keys());

    // Retention: each placed person's leave probability band; the rest by status.
    const retentionColumns = [...leaveProbabilityBands.map((b) => b.id), statusIds.bench, ...outsideColumns];
    const retention = counter(tableId(s, 'retentionByOrigin'), 'retentionByOrigin', s, municipalityIds, retentionColumns);
    const leave = new Map<string, number>();
    evaluation.retention?.personIds?.forEach((id, i) => leave.set(id, evaluation.retention!.leaveProbabilities[i]!));
    for (const person of people) {
      const outside = outsideStatus(person.id);
      const probability = leave.get(person.id);
      const column = outside ?? (placed.has(person.id) && probability !== undefined ? bandOf(leaveProbabilityBands, probability) : statusIds.bench);
      retention.add(person.municipalityId, column);
    }

    const scenarioTables = [byOrigin.table(), byAge.table(), groupTable.table(), retention.table()];
    tables.push(...scenarioTables);
    workforceTables.push(tableId(s, 'commuteByOrigin'), tableId(s, 'commuteByAge'), tableId(s, 'retentionByOrigin'));
    originTables.push(tableId(s, 'commuteByOrigin'), tableId(s, 'retentionByOrigin'));
    ageTables.push(tableId(s, 'commuteByAge'));
    links.push({ kind: 'columnTotals', tableIds: [tableId(s, 'commuteByOrigin'), tableId(s, 'commuteByAge')] });
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
  relations.push(...topicRelations(tables));
  return { tables, links, relations };
}
