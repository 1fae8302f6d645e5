/**
 * What a reader knows about a report beyond its published figures, their tables' additive
 * equations and the links between tables (see docs/anonymisation.md): the input of the reader's
 * system (readerSystem.ts), of the audit (auditDisclosure.ts) and of the protection
 * (protectDisclosure.ts).
 */

/** A cell of a report's table; null row or column: the totals row or column. */
export interface CellRef {
  readonly tableId: string;
  readonly row: string | null;
  readonly column: string | null;
}

/**
 * A linear fact the reader knows across tables beyond equal margins: Σ coefficient · value = 0
 * (e.g. the bench row of one table equals the two bench columns of another).
 */
export interface CellRelation {
  readonly terms: readonly { readonly cell: CellRef; readonly coefficient: number }[];
  /** Right-hand side (default 0): Σ coefficient · value = constant, e.g. a public position plan. */
  readonly constant?: number;
}

/** A fact the reader knows about one cell's value whether it is published or not: ≥ atLeast. */
export interface CellLowerBound {
  readonly cell: CellRef;
  readonly atLeast: number;
}

/** What the reader knows beyond the tables, their totals and their links. */
export interface ReaderKnowledge {
  readonly relations?: readonly CellRelation[];
  readonly lowerBounds?: readonly CellLowerBound[];
}
