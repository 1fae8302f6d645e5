import type { Dataset } from '../../schema/dataset';
import type { Person } from '../../schema/person';
import type { ReportTopic } from '../../schema/anonymisedReport';
import type { Scenario } from '../../schema/scenario';
import type { CountTable, TableLink } from '../anonymisation';
import type { ScenarioEvaluation } from '../evaluateScenario';
import type { FixedAreaCounts } from './fixedHomeAreas';
import { bandOf, commuteChangeBands, noticeMonthBands } from './reportBands';
import { homeRows, municipalityRows, rowOfMunicipality } from './reportRows';

/** One scenario of a report, with its evaluation. */
export interface ReportScenario {
  readonly scenario: Scenario;
  readonly evaluation: ScenarioEvaluation;
}

export interface TopicTable extends CountTable {
  readonly topic: ReportTopic;
  readonly scenarioId: string | null;
}

/** Column and row ids of the tables; the bands' ids are in reportBands.ts. */
export const statusIds = {
  placed: 'placed',
  bench: 'bench',
  declined: 'declined',
  leaving: 'leaving',
  outside: 'outside',
  inConflict: 'in-conflict',
  noConflict: 'no-conflict',
  benchRow: 'bench',
  people: 'people',
} as const;

export const tableId = (scenarioId: string, topic: ReportTopic): string => `${scenarioId}.${topic}`;
export const HOMES_TABLE_ID = 'homes';
export { homeAreaRowId } from './reportRows';

function counter(
  id: string,
  topic: ReportTopic,
  scenarioId: string | null,
  rowIds: readonly string[],
  columnIds: readonly string[],
) {
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

/**
 * The count tables of a report before protection (see docs/anonymisation.md), per target
 * scenario: people by municipality of employment × status (placed, bench, and declined or
 * leaving when someone is), and × commute change band (or outside the company); the bench by
 * notice-month band, and by conflict with the order of selection (two one-way tables: their
 * cross-table is not published); and, once, homes per member municipality's area. Baselines
 * add no person tables (everyone is unchanged). The municipality rows are fixed by public
 * figures (reportRows.ts: small members folded into "other members"). A row appears only when
 * someone works there, and the outside columns only when someone is outside: the reader knows
 * each such row or column holds at least one person.
 */
export function reportCountTables(
  dataset: Dataset,
  scenarios: readonly ReportScenario[],
  areas: FixedAreaCounts,
  k: number,
  /**
   * Each scenario's members, where the scenarios differ in membership (docs/membership.md):
   * a scenario's tables count only its members' people, and totals are linked only between
   * scenarios of the same membership. Absent: every person in every scenario.
   */
  membersOf?: (scenarioId: string) => ReadonlySet<string>,
): { tables: TopicTable[]; links: TableLink[] } {
  const rows = municipalityRows(dataset, k);
  const rowOf = rowOfMunicipality(rows);
  const rowOfPerson = (municipalityId: string): string => rowOf.get(municipalityId) ?? municipalityId;
  /** The rows someone of `people` works in, in the rows' order. */
  const rowIdsOf = (people: readonly Person[]) =>
    rows.map((row) => row.rowId).filter((rowId) => people.some((p) => rowOfPerson(p.municipalityId) === rowId));
  const membershipOf = (people: readonly Person[]) =>
    [...new Set(people.map((p) => p.municipalityId))].sort().join(',');
  const everyone = membershipOf(dataset.people);
  const tables: TopicTable[] = [];
  // Tables whose totals are equal, by membership (the homes table counts everyone).
  const workforceTables = new Map<string, string[]>([[everyone, []]]);
  const municipalityTables = new Map<string, string[]>();
  const push = (groups: Map<string, string[]>, key: string, ...ids: string[]) =>
    groups.set(key, [...(groups.get(key) ?? []), ...ids]);

  for (const { scenario, evaluation } of scenarios) {
    const assignment = evaluation.assignment;
    if (scenario.kind === 'baseline' || assignment === null) continue;
    const s = scenario.id;
    const members = membersOf?.(s);
    const people = members ? dataset.people.filter((p) => members.has(p.municipalityId)) : dataset.people;
    const municipalityIds = rowIdsOf(people);
    const membership = membershipOf(people);
    const declined = new Set(assignment.declined);
    const leaving = new Set(assignment.leaving);
    const placed = new Set(assignment.placements.map((p) => p.personId));
    const outsideColumns = [
      ...(declined.size > 0 ? [statusIds.declined] : []),
      ...(leaving.size > 0 ? [statusIds.leaving] : []),
    ];
    const statusOf = (id: string): string =>
      declined.has(id)
        ? statusIds.declined
        : leaving.has(id)
          ? statusIds.leaving
          : placed.has(id)
            ? statusIds.placed
            : statusIds.bench;

    const status = counter(tableId(s, 'statusByMunicipality'), 'statusByMunicipality', s, municipalityIds, [
      statusIds.placed,
      statusIds.bench,
      ...outsideColumns,
    ]);
    const commute = counter(tableId(s, 'commuteByMunicipality'), 'commuteByMunicipality', s, municipalityIds, [
      ...commuteChangeBands.map((b) => b.id),
      ...(outsideColumns.length > 0 ? [statusIds.outside] : []),
    ]);
    const notice = counter(
      tableId(s, 'benchByNotice'),
      'benchByNotice',
      s,
      [statusIds.benchRow],
      noticeMonthBands.map((b) => b.id),
    );
    const conflict = counter(
      tableId(s, 'benchByConflict'),
      'benchByConflict',
      s,
      [statusIds.benchRow],
      [statusIds.inConflict, statusIds.noConflict],
    );

    const delta = new Map(evaluation.commute.people.map((c) => [c.personId, c.deltaMinutes]));
    const inConflict = new Set(assignment.selectionOrder.conflicts.map((c) => c.benchPersonId));
    // Notice months as the role mapping gives them (LAS 11 §, on every period of employment).
    const noticeOf = new Map(assignment.bench.map((b) => [b.personId, b.noticeMonths]));
    for (const person of people) {
      const st = statusOf(person.id);
      status.add(rowOfPerson(person.municipalityId), st);
      const outside = st === statusIds.declined || st === statusIds.leaving;
      commute.add(
        rowOfPerson(person.municipalityId),
        outside ? statusIds.outside : bandOf(commuteChangeBands, delta.get(person.id) ?? 0),
      );
      if (st === statusIds.bench) {
        notice.add(statusIds.benchRow, bandOf(noticeMonthBands, noticeOf.get(person.id) ?? 1));
        conflict.add(statusIds.benchRow, inConflict.has(person.id) ? statusIds.inConflict : statusIds.noConflict);
      }
    }
    tables.push(status.table(), commute.table(), notice.table(), conflict.table());
    push(workforceTables, membership, tableId(s, 'statusByMunicipality'), tableId(s, 'commuteByMunicipality'));
    push(municipalityTables, membership, tableId(s, 'statusByMunicipality'), tableId(s, 'commuteByMunicipality'));
  }

  const homes = homeRows(dataset, areas);
  tables.push({
    id: HOMES_TABLE_ID,
    topic: 'homeAreas',
    scenarioId: null,
    rowIds: [...homes.rowIds],
    columnIds: [statusIds.people],
    counts: homes.counts.map((count) => [count]),
  });
  push(workforceTables, everyone, HOMES_TABLE_ID);

  const links: TableLink[] = [];
  for (const tableIds of workforceTables.values())
    if (tableIds.length > 1) links.push({ kind: 'grandTotal', tableIds });
  for (const tableIds of municipalityTables.values())
    if (tableIds.length > 1) links.push({ kind: 'rowTotals', tableIds });
  return { tables, links };
}
