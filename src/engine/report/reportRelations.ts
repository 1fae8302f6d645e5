import type { CellLowerBound, CellRelation } from '../anonymisation';

interface TableIds {
  readonly id: string;
  readonly topic: string;
  readonly scenarioId: string | null;
  readonly rowIds: readonly string[];
  readonly columnIds: readonly string[];
}

const term = (tableId: string, row: string | null, column: string | null, coefficient: number) => ({ cell: { tableId, row, column }, coefficient });

/**
 * The facts a reader can equate between a scenario's tables from what they count alone (no
 * data needed): people who declined or leave are the same in the commute and retention
 * tables; the bench is two columns of the groups and one column of retention; the placed are
 * the unit columns of the groups and the leave-band columns of retention. Derived from the
 * tables' topics and ids, so a check derives them itself whatever the file declares.
 */
export function topicRelations(tables: readonly TableIds[]): CellRelation[] {
  const relations: CellRelation[] = [];
  const scenarioIds = [...new Set(tables.map((t) => t.scenarioId).filter((s): s is string => s !== null))];
  for (const s of scenarioIds) {
    const of = (topic: string) => tables.find((t) => t.scenarioId === s && t.topic === topic);
    const commute = of('commuteByOrigin');
    const groups = of('selectionGroups');
    const retention = of('retentionByOrigin');
    if (!commute || !groups || !retention) continue;
    const outside = ['declined', 'leaving'].filter((status) => retention.columnIds.includes(status) && commute.columnIds.includes(status));
    for (const status of outside) {
      relations.push({ terms: [term(commute.id, null, status, 1), term(retention.id, null, status, -1)] });
    }
    relations.push({
      terms: [term(groups.id, null, 'bench-in-conflict', 1), term(groups.id, null, 'bench-other', 1), term(retention.id, null, 'bench', -1)],
    });
    const units = groups.columnIds.filter((c) => c !== 'bench-in-conflict' && c !== 'bench-other');
    const bands = retention.columnIds.filter((c) => c.startsWith('leave-'));
    relations.push({ terms: [...units.map((unit) => term(groups.id, null, unit, 1)), ...bands.map((band) => term(retention.id, null, band, -1))] });
    // Implied by the others; stated so that protection sees the company's size as a partner.
    relations.push({
      terms: [term(groups.id, null, null, 1), term(retention.id, null, null, -1), ...outside.map((status) => term(retention.id, null, status, 1))],
    });
  }
  return relations;
}

/**
 * What the report itself tells a reader about hidden counts beyond the tables: every home area
 * holds at least k people of the workforce (that is how the areas are drawn), so each area's
 * count, hidden or not, is ≥ k. The pooled "elsewhere" row has no such bound.
 */
export function topicLowerBounds(tables: readonly TableIds[], k: number): CellLowerBound[] {
  const bounds: CellLowerBound[] = [];
  for (const table of tables) {
    if (table.topic !== 'homeAreas') continue;
    for (const row of table.rowIds) {
      if (row === 'elsewhere') continue;
      bounds.push({ cell: { tableId: table.id, row, column: null }, atLeast: k });
    }
  }
  return bounds;
}
