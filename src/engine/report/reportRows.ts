import type { Dataset } from '../../schema/dataset';
import type { FixedAreaCounts } from './fixedHomeAreas';

/**
 * The rows of the report's tables, fixed by public facts only, never by the data (see
 * docs/anonymisation.md, "Table design"):
 * - municipality of employment: a member whose published IT staff (`itStaff`, the pre-study's
 *   figure) is at least OWN_ROW_FACTOR · k has a row of its own; every other municipality is
 *   folded into one row of "other members". A row split over two columns can only be
 *   published whole when it holds at least 2k people, and splits are rarely even: below 3k a
 *   row's figures are almost always hidden (measured on the default data);
 * - homes: each member municipality's area a row of its own; non-member areas and homes
 *   outside every area folded into one row "outside the members".
 */
export const OWN_ROW_FACTOR = 3;
export const OTHER_MEMBERS_ROW = 'other-members';
export const OUTSIDE_MEMBERS_ROW = 'outside-members';

export interface MunicipalityRow {
  readonly rowId: string;
  readonly municipalityIds: readonly string[];
}

/** Every municipality of the dataset in its row (own rows first, in the dataset's order). */
export function municipalityRows(dataset: Dataset, k: number): MunicipalityRow[] {
  const own = dataset.municipalities.filter((m) => m.member && (m.itStaff ?? 0) >= OWN_ROW_FACTOR * k);
  const ownIds = new Set(own.map((m) => m.id));
  const folded = dataset.municipalities.filter((m) => !ownIds.has(m.id)).map((m) => m.id);
  return [
    ...own.map((m) => ({ rowId: m.id, municipalityIds: [m.id] })),
    ...(folded.length > 0 ? [{ rowId: OTHER_MEMBERS_ROW, municipalityIds: folded }] : []),
  ];
}

/** The row of each municipality id. */
export function rowOfMunicipality(rows: readonly MunicipalityRow[]): Map<string, string> {
  return new Map(rows.flatMap((row) => row.municipalityIds.map((id) => [id, row.rowId] as const)));
}

export interface HomeRows {
  /** Row ids: the members' areas, then the folded row. */
  readonly rowIds: readonly string[];
  readonly counts: readonly number[];
  /** The fixed area of each member row (the folded row has none). */
  readonly areaOfRow: ReadonlyMap<string, string>;
}

export const homeAreaRowId = (areaId: string): string => `area-${areaId}`;

/** Homes per member municipality's area, everything else in one row. */
export function homeRows(dataset: Dataset, areas: FixedAreaCounts): HomeRows {
  const memberCodes = new Set(dataset.municipalities.filter((m) => m.member).map((m) => m.scbCode));
  const rowIds: string[] = [];
  const counts: number[] = [];
  const areaOfRow = new Map<string, string>();
  let outside = areas.elsewhere;
  areas.areaIds.forEach((areaId, i) => {
    const count = areas.counts[i]!;
    if (!memberCodes.has(areaId)) {
      outside += count;
      return;
    }
    rowIds.push(homeAreaRowId(areaId));
    counts.push(count);
    areaOfRow.set(homeAreaRowId(areaId), areaId);
  });
  return { rowIds: [...rowIds, OUTSIDE_MEMBERS_ROW], counts: [...counts, outside], areaOfRow };
}
