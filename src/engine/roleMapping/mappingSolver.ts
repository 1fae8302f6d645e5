import type { AssignmentProblem, AssignmentSolution } from '../assignment/assignmentProblem';
import { columnGroupsOf, withColumnAlone, type ColumnGroups } from '../assignment/identicalColumns';
import { hasOptimalityCertificate, resolveWithRowShifts } from '../assignment/resolveWithRowShifts';
import { solveAssignment } from '../assignment/solveAssignment';
import {
  groupedRounds,
  solveGroupedAssignment,
  type GroupedAssignmentProblem,
  type GroupedOptimum,
} from '../assignment/solveGroupedAssignment';
import { memo, type MappingReuse, type ScoreVariant } from './mappingReuse';
import { pairScore, type RoleMappingProblem } from './roleMappingProblem';

export type { ScoreVariant };

/** A (row, column) pair forced: the row takes no other column, the column no other row. */
export type ForcedPair = readonly [row: number, col: number];

/** Rows' bonuses (the order of selection's protection), added to every value of the row. */
export type RowBonus = ReadonlyMap<number, number>;

/**
 * How the role mapping solves its assignments (docs/performance.md). On every column
 * (`fullMappingSolver`): the matrices as they are, the order's rounds warm-started from the
 * previous optimum. On the groups of copied positions (`groupedMappingSolver`), when a large
 * merger has several copies per role on average: the scores of one column per group, the
 * rounds' bonuses as row shifts, and a full matrix only for the problem the proposal solved.
 * Both give an optimum of the same problem; they may differ only in which copy a person gets.
 */
export interface MappingSolver {
  /** An optimum of `variant` with the pairs forced (none: the problem as it is). */
  solve(variant: ScoreVariant, forced: readonly ForcedPair[]): AssignmentSolution;
  /**
   * The order's rounds on `variant` (no pair forced): each call solves it with that round's
   * bonuses, re-optimising the previous optimum (on every column the first call starts from
   * `first`, an optimum of `variant`; on the groups from the variant's flow).
   */
  rounds(variant: ScoreVariant, first: AssignmentSolution): (bonus: RowBonus) => AssignmentSolution;
  /** max − min of `variant`'s allowed values. */
  span(variant: ScoreVariant): number;
  /** The full problem of `variant` with the pairs forced and the bonuses added: what explains a position. */
  problem(variant: ScoreVariant, forced: readonly ForcedPair[], bonus?: RowBonus): AssignmentProblem;
}

/** Copies per group, on average, from which solving on the groups pays. */
const MIN_COPIES_PER_GROUP = 4;

/**
 * Real scores tie often (positions with the same title at the same site). To make the optimum
 * unique and stable — a lock or an exclusion then moves only the people it must — each pair
 * gets a tiny supermodular bonus ε·(r+1)·(c+1): among equally good assignments the one that
 * pairs people and positions in list order wins. ε·rows·cols stays far below any score
 * difference that means something (0.01 score is one minute of commute). On the groups, a
 * copy takes its class's first column's bonus (`copyOf`), and the solver gives a group's
 * people to its copies in list order.
 */
const TIE_BREAK_EPSILON = 1e-12;

/** A pair's score (the plain one, without the retention weight, where a function asks for it). */
export type PairScore = (row: number, col: number) => number;

/** A pair's score with the retention weight, as the problem keeps it per class. */
const weightedScore =
  (problem: RoleMappingProblem): PairScore =>
  (r, c) =>
    pairScore(problem, r, c);

/**
 * The solver for a role mapping: on the groups of copies when its column classes
 * (`problem.copyOf`) give several copies per class on average, else on every column. `plain`
 * gives the score without the retention weight (null without a weight): on the groups it is
 * read for one column per group only.
 */
export function mappingSolver(
  problem: RoleMappingProblem,
  plain: PairScore | null,
  reuse?: MappingReuse,
): MappingSolver {
  const n = problem.rowPerson.length;
  const m = problem.colPosition.length;
  const classes = problem.copyOf.filter((first, c) => first === c).length;
  const grouped = m > 0 && classes * MIN_COPIES_PER_GROUP <= m;
  return grouped ? groupedMappingSolver(problem, n, m, plain, reuse) : fullMappingSolver(problem, n, m, plain);
}

function fullMappingSolver(problem: RoleMappingProblem, n: number, m: number, plain: PairScore | null): MappingSolver {
  const known = new Map<ScoreVariant, Float64Array>();
  const values = (variant: ScoreVariant) => {
    let found = known.get(variant);
    if (!found) {
      found = tieBroken(everyPair(variant === 'weighted' ? weightedScore(problem) : plain!, n, m), n, m, (c) => c);
      known.set(variant, found);
    }
    return found;
  };
  const full = (variant: ScoreVariant, forced: readonly ForcedPair[]): AssignmentProblem => ({
    rows: n,
    cols: m,
    values: values(variant),
    allowed: withForced(problem.allowed, n, m, forced),
    maximise: true,
  });
  return {
    solve: (variant, forced) => solveAssignment(full(variant, forced)),
    rounds(variant, first) {
      const base = full(variant, []);
      // The optimum of the previous round with its certificate, from which the next starts.
      let warm: AssignmentSolution | null = null;
      let lastBonus: RowBonus = new Map();
      return (bonus) => {
        const rowShift = new Float64Array(n);
        for (const [r, b] of bonus) rowShift[r] = b - (lastBonus.get(r) ?? 0);
        for (const [r, b] of lastBonus) if (!bonus.has(r)) rowShift[r] = -b;
        warm ??= hasOptimalityCertificate(base, first) ? first : solveAssignment(base);
        warm = resolveWithRowShifts({ ...base, values: withBonus(base.values, m, bonus) }, warm, rowShift);
        lastBonus = bonus;
        return warm;
      };
    },
    span: (variant) => valueSpan(values(variant), problem.allowed),
    problem: (variant, forced, bonus) => {
      const base = full(variant, forced);
      return bonus && bonus.size > 0 ? { ...base, values: withBonus(base.values, m, bonus) } : base;
    },
  };
}

function groupedMappingSolver(
  problem: RoleMappingProblem,
  n: number,
  m: number,
  plain: PairScore | null,
  reuse: MappingReuse | undefined,
): MappingSolver {
  // The classes' scores are equal by construction; exclusions and locks may set a copy apart.
  const groups = memo(reuse, 'columnGroups', [problem.allowed, problem.copyOf], () =>
    columnGroupsOf({ rows: n, cols: m, allowed: problem.allowed }, problem.copyOf),
  );
  const weighted = weightedScore(problem);
  const known = new Map<string, GroupedAssignmentProblem>();
  const grouped = (variant: ScoreVariant, forced: readonly ForcedPair[]): GroupedAssignmentProblem => {
    const key = `${variant}|${forced.map((p) => p.join(',')).join(';')}`;
    let found = known.get(key);
    if (!found) {
      let g = groups;
      for (const [, col] of forced) g = withColumnAlone(g, col);
      const scoreAt = variant === 'weighted' ? weighted : plain!;
      found = groupedScores(scoreAt, withForced(problem.allowed, n, m, forced), n, m, g, problem.copyOf);
      known.set(key, found);
    }
    return found;
  };
  // One flow per score variant, re-optimised from whatever it last solved: the guard's solve
  // and every round of the order (and the rounds without the agreed deviations) share it. Its
  // first solve starts from the previous mapping's optimum when one is kept (`reuse`), else
  // from the other variant's (the two differ only by r · fit · p_leave).
  const flows = new Map<ScoreVariant, (rowShift: Float64Array) => AssignmentSolution>();
  let lastOptimum: GroupedOptimum | null = null;
  const flowOf = (variant: ScoreVariant) => {
    let solveWith = flows.get(variant);
    if (!solveWith) {
      const rounds = groupedRounds(grouped(variant, []), reuse?.optima.get(variant) ?? lastOptimum);
      solveWith = (rowShift) => {
        const solution = rounds.solve(rowShift);
        const optimum = rounds.unshifted();
        if (optimum) {
          lastOptimum = optimum;
          reuse?.optima.set(variant, optimum);
        }
        return solution;
      };
      flows.set(variant, solveWith);
    }
    return solveWith;
  };
  const rowShiftOf = (bonus: RowBonus) => {
    const shift = new Float64Array(n);
    for (const [r, b] of bonus) shift[r] = b;
    return shift;
  };
  return {
    solve: (variant, forced) =>
      forced.length === 0 ? flowOf(variant)(new Float64Array(n)) : solveGroupedAssignment(grouped(variant, forced)),
    rounds: (variant) => (bonus) => flowOf(variant)(rowShiftOf(bonus)),
    span: (variant) => {
      const { values, allowed } = grouped(variant, []);
      return valueSpan(values, allowed);
    },
    problem: (variant, forced, bonus) => {
      const { values, groups: g } = grouped(variant, forced);
      const k = g.count;
      const full = new Float64Array(n * m);
      for (let r = 0; r < n; r++) {
        const b = bonus?.get(r);
        // Added as the full solver adds it, so that both give the same values.
        for (let c = 0; c < m; c++) {
          const v = values[r * k + g.groupOf[c]!]!;
          full[r * m + c] = b === undefined ? v : v + b;
        }
      }
      return { rows: n, cols: m, values: full, allowed: withForced(problem.allowed, n, m, forced), maximise: true };
    },
  };
}

/** The tie-broken scores of each group's first column, and which pairs are allowed there. */
function groupedScores(
  scoreAt: PairScore,
  allowed: Uint8Array,
  n: number,
  m: number,
  groups: ColumnGroups,
  copyOf: Int32Array,
): GroupedAssignmentProblem {
  const k = groups.count;
  const first = Int32Array.from({ length: k }, (_, g) => groups.columns[groups.start[g]!]!);
  const values = new Float64Array(n * k);
  const groupedAllowed = new Uint8Array(n * k);
  for (let r = 0; r < n; r++) {
    const rowBonus = TIE_BREAK_EPSILON * (r + 1);
    for (let g = 0; g < k; g++) {
      const c = first[g]!;
      values[r * k + g] = scoreAt(r, c) + rowBonus * (copyOf[c]! + 1);
      groupedAllowed[r * k + g] = allowed[r * m + c]!;
    }
  }
  return { rows: n, groups, values, allowed: groupedAllowed, maximise: true };
}

/** score + ε·(r+1)·(tieColumn(c)+1) on every pair. */
function tieBroken(score: Float64Array, n: number, m: number, tieColumn: (c: number) => number): Float64Array {
  const factor = Float64Array.from({ length: m }, (_, c) => tieColumn(c) + 1);
  const values = new Float64Array(n * m);
  for (let r = 0; r < n; r++) {
    const rowBonus = TIE_BREAK_EPSILON * (r + 1);
    for (let c = 0; c < m; c++) values[r * m + c] = score[r * m + c]! + rowBonus * factor[c]!;
  }
  return values;
}

/** A pair function on every pair, row-major. */
function everyPair(at: PairScore, n: number, m: number): Float64Array {
  const values = new Float64Array(n * m);
  for (let r = 0; r < n; r++) for (let c = 0; c < m; c++) values[r * m + c] = at(r, c);
  return values;
}

/** `allowed` with each forced pair's row and column closed to every other pair (a copy if any). */
function withForced(allowed: Uint8Array, n: number, m: number, forced: readonly ForcedPair[]): Uint8Array {
  if (forced.length === 0) return allowed;
  const out = allowed.slice();
  for (const [row, col] of forced) {
    for (let c = 0; c < m; c++) if (c !== col) out[row * m + c] = 0;
    for (let r = 0; r < n; r++) if (r !== row) out[r * m + col] = 0;
  }
  return out;
}

/** The values with each row's bonus added to all its cells. */
function withBonus(values: Float64Array, m: number, bonus: RowBonus): Float64Array {
  const out = values.slice();
  for (const [r, b] of bonus) for (let c = 0; c < m; c++) out[r * m + c]! += b;
  return out;
}

/** max − min of the allowed values (0 when nothing is allowed). */
function valueSpan(values: Float64Array, allowed: Uint8Array | undefined): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < values.length; k++) {
    if (allowed !== undefined && allowed[k] === 0) continue;
    const v = values[k]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi >= lo ? hi - lo : 0;
}
