import type { TableLink } from './countTable';

/**
 * Links for the same table in several scenarios of one report. The people are the same, so the
 * grand total is always equal; margins that describe the people rather than the scenario (e.g.
 * municipality of origin, age band) are equal too and must be declared, or the audit would
 * underestimate what a reader can work out by comparing scenarios.
 */
export function scenarioLinks(
  tableIds: readonly string[],
  equal: { readonly rowTotals?: boolean; readonly columnTotals?: boolean } = {},
): TableLink[] {
  if (tableIds.length < 2) return [];
  const links: TableLink[] = [{ kind: 'grandTotal', tableIds }];
  if (equal.rowTotals === true) links.push({ kind: 'rowTotals', tableIds });
  if (equal.columnTotals === true) links.push({ kind: 'columnTotals', tableIds });
  return links;
}
