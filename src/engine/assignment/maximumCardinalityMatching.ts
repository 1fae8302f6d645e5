/**
 * Maximum-cardinality bipartite matching on a dense mask of allowed pairs (Hopcroft–Karp),
 * and the Gallai–Edmonds / Dulmage–Mendelsohn split that the exact assignment solver builds on.
 */

export interface CardinalityMatching {
  rowMate: Int32Array;
  colMate: Int32Array;
  size: number;
}

/** Hopcroft–Karp over `allowed[row * cols + col] !== 0`: O(E √V). */
export function maximumCardinalityMatching(rows: number, cols: number, allowed: Uint8Array): CardinalityMatching {
  const rowMate = new Int32Array(rows).fill(-1);
  const colMate = new Int32Array(cols).fill(-1);
  let size = 0;
  // Greedy start: most rows find a free allowed column straight away.
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      if (allowed[base + c] !== 0 && colMate[c]! < 0) {
        rowMate[r] = c;
        colMate[c] = r;
        size++;
        break;
      }
    }
  }
  const unreached = 0x7fffffff;
  const dist = new Int32Array(rows);
  const queue = new Int32Array(rows);
  const next = new Int32Array(rows);
  const chosen = new Int32Array(rows);
  const stack = new Int32Array(rows);
  for (;;) {
    // BFS layers from the free rows along alternating paths.
    let head = 0;
    let tail = 0;
    for (let r = 0; r < rows; r++) {
      if (rowMate[r]! < 0) {
        dist[r] = 0;
        queue[tail++] = r;
      } else {
        dist[r] = unreached;
      }
    }
    let foundFree = false;
    while (head < tail) {
      const r = queue[head++]!;
      const base = r * cols;
      for (let c = 0; c < cols; c++) {
        if (allowed[base + c] === 0) continue;
        const r2 = colMate[c]!;
        if (r2 < 0) foundFree = true;
        else if (dist[r2] === unreached) {
          dist[r2] = dist[r]! + 1;
          queue[tail++] = r2;
        }
      }
    }
    if (!foundFree) break;
    // DFS along the layers from every free row, iteratively.
    next.fill(0);
    for (let r0 = 0; r0 < rows; r0++) {
      if (rowMate[r0]! >= 0 || dist[r0] !== 0) continue;
      let top = 0;
      stack[0] = r0;
      let freeCol = -1;
      while (top >= 0 && freeCol < 0) {
        const r = stack[top]!;
        const base = r * cols;
        let advanced = false;
        while (next[r]! < cols) {
          const c = next[r]!;
          next[r] = c + 1;
          if (allowed[base + c] === 0) continue;
          const r2 = colMate[c]!;
          if (r2 < 0) {
            freeCol = c;
            break;
          }
          if (dist[r2] === dist[r]! + 1) {
            chosen[r] = c;
            stack[++top] = r2;
            advanced = true;
            break;
          }
        }
        if (freeCol >= 0 || advanced) continue;
        dist[r] = unreached; // dead end: never try this row again in this phase
        top--;
      }
      if (freeCol < 0) continue;
      let c = freeCol;
      for (let k = top; k >= 0; k--) {
        const r = stack[k]!;
        colMate[c] = r;
        rowMate[r] = c;
        if (k > 0) c = chosen[stack[k - 1]!]!;
      }
      size++;
    }
  }
  return { rowMate, colMate, size };
}

export interface SurplusSplit {
  /** Rows left unassigned by some maximum matching (Gallai–Edmonds D on the row side). */
  surplusRows: Uint8Array;
  /** Their neighbours: assigned to surplus rows in every maximum matching. */
  surplusCols: Uint8Array;
}

/**
 * Rows reachable from an unassigned row by an even alternating path, and their neighbours.
 * Every maximum matching pairs each surplus column with a surplus row and every other row
 * with a non-surplus column, so a pair between the two parts is never in one.
 */
export function surplusSplit(
  rows: number,
  cols: number,
  allowed: Uint8Array,
  matching: CardinalityMatching,
): SurplusSplit {
  const surplusRows = new Uint8Array(rows);
  const surplusCols = new Uint8Array(cols);
  const queue = new Int32Array(rows);
  let tail = 0;
  for (let r = 0; r < rows; r++) {
    if (matching.rowMate[r]! < 0) {
      surplusRows[r] = 1;
      queue[tail++] = r;
    }
  }
  for (let head = 0; head < tail; head++) {
    const base = queue[head]! * cols;
    for (let c = 0; c < cols; c++) {
      if (allowed[base + c] === 0 || surplusCols[c] === 1) continue;
      surplusCols[c] = 1;
      const r2 = matching.colMate[c]!; // always assigned, else the matching was not maximum
      if (r2 >= 0 && surplusRows[r2] === 0) {
        surplusRows[r2] = 1;
        queue[tail++] = r2;
      }
    }
  }
  return { surplusRows, surplusCols };
}
