import type { PublishedReport } from './countTable';
import type { CellRef, ReaderKnowledge } from './readerKnowledge';
import { buildReaderSystem, refOf, type ReaderSystem } from './readerSystem';

/** A group of hidden cells the audit bounds, and the interval of its size. */
export interface DisclosedGroup {
  /** The hidden cells whose sum is bounded (one, or several along a row, column or relation). */
  readonly cells: readonly CellRef[];
  readonly min: number;
  readonly max: number;
}

export interface DisclosureAudit {
  readonly ok: boolean;
  readonly exposed: readonly DisclosedGroup[];
  /** How many groups were audited (cells and sums). */
  readonly groups: number;
}

interface Group {
  readonly unknowns: readonly number[];
  readonly cells: readonly number[];
}

/** Every hidden cell and every sum of hidden cells along one side of an equation, once each. */
export function disclosureGroups(system: ReaderSystem): Group[] {
  const { layout, unknownIndex } = system;
  const groups = new Map<string, Group>();
  const add = (cells: readonly number[]): void => {
    const byUnknown = new Map<number, number>();
    for (const cell of cells) {
      const v = unknownIndex[layout.classOf[cell]!]!;
      if (v >= 0 && !byUnknown.has(v)) byUnknown.set(v, cell);
    }
    if (byUnknown.size === 0) return;
    const unknowns = [...byUnknown.keys()].sort((a, b) => a - b);
    const key = unknowns.join(',');
    if (!groups.has(key)) groups.set(key, { unknowns, cells: unknowns.map((v) => byUnknown.get(v)!) });
  };
  for (let cell = 0; cell < layout.cellCount; cell++) add([cell]);
  for (const equation of system.equations) {
    for (const sign of [1, -1]) {
      const side = equation.cells.filter((_, i) => equation.coefficients[i] === sign);
      if (side.length > 1) add(side);
    }
  }
  return [...groups.values()];
}

/**
 * The audit against what a reader knows (see docs/anonymisation.md): no group of 1 … k − 1
 * people may be derivable. A group is a hidden cell, or the sum of the hidden cells on one side
 * of one of the reader's equations: the hidden inner cells of a table's row or column (what a
 * published total minus the published cells leaves), or the hidden terms of a relation
 * between tables (a linked relation, a public position plan, an earlier release).
 *
 * For each group the exact integer interval [min, max] of its size over everything consistent
 * with the reader's knowledge is computed; the group is exposed when 1 ≤ min and max ≤ k − 1
 * (the reader learns that someone, but fewer than k, is in it). A group the reader can pin to
 * 0, or bound to at least k, is not (nobody, or a group as large as a published cell). A bound
 * that branch and bound could not settle counts as exposed.
 */
export function auditDisclosure(report: PublishedReport, knowledge: ReaderKnowledge, k: number): DisclosureAudit {
  const system = buildReaderSystem(report, knowledge);
  const groups = disclosureGroups(system);
  const exposed: DisclosedGroup[] = [];
  for (const group of groups) {
    const terms = new Map(group.unknowns.map((v) => [v, 1]));
    const min = system.bound(terms, 'min');
    if (min.exact && min.value < 1) continue;
    const max = system.bound(terms, 'max');
    if (min.exact && max.exact && max.value >= k) continue;
    exposed.push({ cells: group.cells.map((cell) => refOf(system.layout, cell)), min: min.value, max: max.value });
  }
  return { ok: exposed.length === 0, exposed, groups: groups.length };
}
