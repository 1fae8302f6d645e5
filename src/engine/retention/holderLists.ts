/**
 * Per competence, the people holding it at or above `heldLevel`, in compressed form:
 * holders of competence q are `holderIndex[holderStart[q] .. holderStart[q+1])`, ascending.
 * The simulation sums over these lists only, never over the whole n × c matrix per draw.
 */
export interface HolderLists {
  readonly holderStart: Int32Array;
  readonly holderIndex: Int32Array;
}

export function holderLists(
  levels: Uint8Array,
  personCount: number,
  competenceCount: number,
  heldLevel: number,
): HolderLists {
  const holderStart = new Int32Array(competenceCount + 1);
  for (let i = 0; i < personCount; i++) {
    const row = i * competenceCount;
    for (let q = 0; q < competenceCount; q++) if (levels[row + q]! >= heldLevel) holderStart[q + 1]! += 1;
  }
  for (let q = 0; q < competenceCount; q++) holderStart[q + 1]! += holderStart[q]!;
  const holderIndex = new Int32Array(holderStart[competenceCount]!);
  const fill = holderStart.slice(0, competenceCount);
  for (let i = 0; i < personCount; i++) {
    const row = i * competenceCount;
    for (let q = 0; q < competenceCount; q++) if (levels[row + q]! >= heldLevel) holderIndex[fill[q]!++] = i;
  }
  return { holderStart, holderIndex };
}
