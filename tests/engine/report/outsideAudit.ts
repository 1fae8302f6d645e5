/**
 * An outside audit of released report files, assembled here from the files alone (not from the
 * builder's code): every table of every release, the same people's margins linked across them,
 * the relations each file's topics imply, its stated position plan as a constant, the public
 * facts it declares (the members' published IT staff), rows that exist holding someone; then the exact disclosure audit (LP with integer branch and bound).
 */
import {
  auditDisclosure,
  type CellLowerBound,
  type CellRelation,
  type PublishedTable,
  type TableLink,
} from '../../../src/engine/anonymisation';
import { topicLowerBounds, topicRelations } from '../../../src/engine/report';
import type { AnonymisedReport } from '../../../src/schema/anonymisedReport';

export function outsideAudit(releases: readonly AnonymisedReport[], sameScenarioCells = true) {
  const tables: PublishedTable[] = [];
  const relations: CellRelation[] = [];
  const lowerBounds: CellLowerBound[] = [];
  const links: TableLink[] = [];
  const prefixed = releases.map((report, i) => report.tables.map((t) => ({ ...t, id: `r${i}:${t.id}` })));
  releases.forEach((report, i) => {
    const own = prefixed[i]!;
    tables.push(...own);
    const withPlan = report.positionPlan;
    relations.push(...topicRelations(own, withPlan));
    for (const r of report.relations)
      relations.push({
        terms: r.terms.map(({ coefficient, ...cell }) => ({
          cell: { ...cell, tableId: `r${i}:${cell.tableId}` },
          coefficient,
        })),
        ...(r.constant === undefined ? {} : { constant: r.constant }),
      });
    lowerBounds.push(...topicLowerBounds(own));
    for (const link of report.links)
      links.push({ kind: link.kind, tableIds: link.tableIds.map((id) => `r${i}:${id}`) });
  });
  const all = prefixed.flat();
  const workforce = all.filter((t) => t.topic !== 'benchByNotice' && t.topic !== 'benchByConflict').map((t) => t.id);
  if (workforce.length > 1) links.push({ kind: 'grandTotal', tableIds: workforce });
  // Tables of the same rows share their row totals (releases of one row design).
  const linkSameRows = (tables: readonly { id: string; rowIds: readonly string[] }[]) => {
    const groups = new Map<string, string[]>();
    for (const t of tables) groups.set(t.rowIds.join('|'), [...(groups.get(t.rowIds.join('|')) ?? []), t.id]);
    for (const ids of groups.values()) if (ids.length > 1) links.push({ kind: 'rowTotals', tableIds: ids });
  };
  linkSameRows(all.filter((t) => t.topic === 'statusByMunicipality' || t.topic === 'commuteByMunicipality'));
  linkSameRows(all.filter((t) => t.topic === 'homeAreas'));
  // A municipality's or an area's row is the same people in every table, whatever the other
  // rows (a release of another row design); folded rows may differ in who they hold.
  const sameRow = (tables: readonly { id: string; rowIds: readonly string[] }[], folded: string) => {
    for (const t of tables) {
      for (const u of tables) {
        if (t.id >= u.id) continue;
        for (const row of t.rowIds) {
          if (row === folded || !u.rowIds.includes(row)) continue;
          relations.push({
            terms: [
              { cell: { tableId: t.id, row, column: null }, coefficient: 1 },
              { cell: { tableId: u.id, row, column: null }, coefficient: -1 },
            ],
          });
        }
      }
    }
  };
  sameRow(
    all.filter((t) => t.topic === 'statusByMunicipality' || t.topic === 'commuteByMunicipality'),
    'other-members',
  );
  sameRow(
    all.filter((t) => t.topic === 'homeAreas'),
    'outside-members',
  );
  if (sameScenarioCells) {
    // The reader may assume a scenario of the same id is the same in every release.
    for (const t of all) {
      for (const u of all) {
        if (t.id >= u.id || t.topic !== u.topic || t.scenarioId === null || t.scenarioId !== u.scenarioId) continue;
        if (
          JSON.stringify(t.rowIds) !== JSON.stringify(u.rowIds) ||
          JSON.stringify(t.columnIds) !== JSON.stringify(u.columnIds)
        )
          continue;
        for (const row of t.rowIds) {
          for (const column of t.columnIds) {
            relations.push({
              terms: [
                { cell: { tableId: t.id, row, column }, coefficient: 1 },
                { cell: { tableId: u.id, row, column }, coefficient: -1 },
              ],
            });
          }
        }
      }
    }
  }
  return auditDisclosure({ tables, links }, { relations, lowerBounds }, releases[0]!.parameters.k);
}
