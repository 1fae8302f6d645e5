import type { CellLowerBound, CellRelation } from '../anonymisation';

interface TableIds {
  readonly id: string;
  readonly topic: string;
  readonly scenarioId: string | null;
  readonly rowIds: readonly string[];
  readonly columnIds: readonly string[];
}

/** The public position plan of a scenario, as the report states it. */
export interface PositionPlan {
  readonly scenarioId: string;
  readonly positions: number;
  readonly vacant: number;
  readonly toRecruit: number;
}

const term = (tableId: string, row: string | null, column: string | null, coefficient: number) => ({
  cell: { tableId, row, column },
  coefficient,
});

/**
 * What a reader can equate between a scenario's tables from what they count alone, and the
 * public facts (see docs/anonymisation.md). Derived from the tables' topics and ids and the
 * stated position plan, so a check derives them itself whatever the file declares:
 * - the bench is the whole of each bench table;
 * - those who declined or leave are the commute table's "outside" column;
 * - the position plan is public and every position not kept vacant or to be recruited is
 *   filled: the placed number exactly positions − vacant − to recruit.
 */
export function topicRelations(tables: readonly TableIds[], plans: readonly PositionPlan[] = []): CellRelation[] {
  const relations: CellRelation[] = [];
  const scenarioIds = [...new Set(tables.map((t) => t.scenarioId).filter((s): s is string => s !== null))];
  for (const s of scenarioIds) {
    const of = (topic: string) => tables.find((t) => t.scenarioId === s && t.topic === topic);
    const status = of('statusByMunicipality');
    if (!status) continue;
    const commute = of('commuteByMunicipality');
    for (const bench of [of('benchByNotice'), of('benchByConflict')]) {
      if (bench && status.columnIds.includes('bench'))
        relations.push({ terms: [term(status.id, null, 'bench', 1), term(bench.id, null, null, -1)] });
    }
    const outside = status.columnIds.filter((c) => c === 'declined' || c === 'leaving');
    if (commute && commute.columnIds.includes('outside') && outside.length > 0) {
      relations.push({
        terms: [...outside.map((c) => term(status.id, null, c, 1)), term(commute.id, null, 'outside', -1)],
      });
    }
    const plan = plans.find((p) => p.scenarioId === s);
    if (plan && status.columnIds.includes('placed')) {
      relations.push({
        terms: [term(status.id, null, 'placed', 1)],
        constant: plan.positions - plan.vacant - plan.toRecruit,
      });
    }
  }
  return relations;
}

/**
 * What the layout itself tells: a municipality's row appears only when someone works there,
 * and the declined, leaving and outside columns only when someone is: each holds ≥ 1 person.
 * Fixed rows and columns (bands, areas) tell nothing: they are there whatever the data.
 */
export function topicLowerBounds(tables: readonly TableIds[]): CellLowerBound[] {
  const bounds: CellLowerBound[] = [];
  for (const table of tables) {
    if (table.topic !== 'statusByMunicipality' && table.topic !== 'commuteByMunicipality') continue;
    for (const row of table.rowIds) bounds.push({ cell: { tableId: table.id, row, column: null }, atLeast: 1 });
    for (const column of table.columnIds) {
      if (column === 'declined' || column === 'leaving' || column === 'outside')
        bounds.push({ cell: { tableId: table.id, row: null, column }, atLeast: 1 });
    }
  }
  return bounds;
}

/** A public headcount: the IT staff of a row's municipalities as their own published figures state it. */
export interface PublicStaff {
  /** The row of the municipality tables (a municipality, or the folded "other members"). */
  readonly rowId: string;
  readonly people: number;
  /** true: the row's headcount is exactly `people`; false: at least `people`. */
  readonly exact: boolean;
}

/**
 * Public facts outside the report: where the published IT staff (the pre-study's figure,
 * `itStaff` of the dataset) of a row's municipalities is their true headcount, a reader knows
 * each status table's row for it exactly, whatever the report hides.
 */
export function publicStaffRelations(tables: readonly TableIds[], staff: readonly PublicStaff[]): CellRelation[] {
  const relations: CellRelation[] = [];
  for (const table of tables) {
    if (table.topic !== 'statusByMunicipality') continue;
    for (const { rowId, people, exact } of staff) {
      if (exact && table.rowIds.includes(rowId))
        relations.push({ terms: [term(table.id, rowId, null, 1)], constant: people });
    }
  }
  return relations;
}

/** Where only some of a folded row's municipalities publish their true headcount: the row holds at least that. */
export function publicStaffLowerBounds(tables: readonly TableIds[], staff: readonly PublicStaff[]): CellLowerBound[] {
  const bounds: CellLowerBound[] = [];
  for (const table of tables) {
    if (table.topic !== 'statusByMunicipality') continue;
    for (const { rowId, people, exact } of staff) {
      if (!exact && people > 1 && table.rowIds.includes(rowId))
        bounds.push({ cell: { tableId: table.id, row: rowId, column: null }, atLeast: people });
    }
  }
  return bounds;
}
