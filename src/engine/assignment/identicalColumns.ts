import type { AssignmentProblem } from './assignmentProblem';

/**
 * Columns of an assignment problem that are copies of each other: the same value on every
 * allowed pair and the same forbidden pairs. A large merger has many (copies of a role at one
 * site), and the assignment can then be solved on the groups (`solveGroupedAssignment`).
 */
export interface ColumnGroups {
  /** Group of each column (0 … count − 1, numbered in order of first column). */
  groupOf: Int32Array;
  /** Columns of each group, ascending: `columns.subarray(start[g], start[g + 1])`. */
  columns: Int32Array;
  start: Int32Array;
  count: number;
}

/**
 * The groups of `problem`'s columns, taking `representative` (an earlier column each column
 * is believed to copy, as `RoleMappingProblem.copyOf` gives) as a hint: every column is
 * compared with its representative on this problem's values and forbidden pairs in one pass
 * in memory order, and one that differs gets a group of its own. The answer is therefore
 * right for any hint; a good hint makes it small. Without `values` only the forbidden pairs
 * are compared: for a caller whose copies have equal values by construction.
 */
export function columnGroupsOf(
  problem: Pick<AssignmentProblem, 'rows' | 'cols' | 'allowed'> & { values?: Float64Array },
  representative: Int32Array,
): ColumnGroups {
  const { rows, cols, values, allowed } = problem;
  const checked = Int32Array.from(representative);
  verifyCopies(rows, cols, values, allowed, checked);
  return groupsOfRepresentatives(checked);
}

/** The same groups with `col` in a group of its own (a pair the caller forces onto it). */
export function withColumnAlone(groups: ColumnGroups, col: number): ColumnGroups {
  const representative = Int32Array.from(groups.groupOf, (g) => groups.columns[groups.start[g]!]!);
  const first = representative[col]!;
  // The group's next column stands for the rest when `col` was its first.
  const next = first === col ? groups.columns.find((c) => c !== col && representative[c] === col) : undefined;
  representative.forEach((rep, c) => {
    if (rep === col) representative[c] = next ?? c;
  });
  representative[col] = col;
  return groupsOfRepresentatives(representative);
}

/** Groups from each column's representative (its group's first column, or itself). */
function groupsOfRepresentatives(checked: Int32Array): ColumnGroups {
  const cols = checked.length;
  const groupOf = new Int32Array(cols);
  const groupOfRepresentative = new Int32Array(cols).fill(-1);
  let count = 0;
  for (let c = 0; c < cols; c++) {
    const rep = checked[c]!;
    if (groupOfRepresentative[rep] === -1) groupOfRepresentative[rep] = count++;
    groupOf[c] = groupOfRepresentative[rep]!;
  }
  const start = new Int32Array(count + 1);
  for (let c = 0; c < cols; c++) start[groupOf[c]! + 1]!++;
  for (let g = 0; g < count; g++) start[g + 1]! += start[g]!;
  const columns = new Int32Array(cols);
  const fill = start.slice(0, count);
  for (let c = 0; c < cols; c++) columns[fill[groupOf[c]!]!++] = c;
  return { groupOf, columns, start, count };
}

/**
 * Points every column that differs from its representative (a value on an allowed pair, or
 * which pairs are forbidden) at itself. A representative is the first column of its group and
 * its own representative, so it is never moved.
 */
function verifyCopies(
  rows: number,
  cols: number,
  values: Float64Array | undefined,
  allowed: Uint8Array | undefined,
  representative: Int32Array,
): void {
  for (let c = 0; c < cols; c++) {
    const rep = representative[c]!;
    if (rep < 0 || rep > c || representative[rep] !== rep) representative[c] = c;
  }
  // Only the copies are compared: a list of them and their representatives, read per row.
  const copies = new Int32Array(cols);
  let count = 0;
  for (let c = 0; c < cols; c++) if (representative[c] !== c) copies[count++] = c;
  const sources = new Int32Array(count);
  for (let t = 0; t < count; t++) sources[t] = representative[copies[t]!]!;
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let t = 0; t < count; t++) {
      const c = base + copies[t]!;
      const rep = base + sources[t]!;
      const same =
        allowed === undefined
          ? values === undefined || values[c] === values[rep]
          : allowed[c] === allowed[rep] && (allowed[c] === 0 || values === undefined || values[c] === values[rep]);
      if (!same) representative[copies[t]!] = copies[t]!;
    }
  }
}
