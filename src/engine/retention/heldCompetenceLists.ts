/**
 * Per person, the competences held at or above `heldLevel`, in compressed form: person i holds
 * `heldCompetence[heldStart[i] .. heldStart[i+1])`, ascending. The transpose of `holderLists`,
 * used by the simulation to charge a leaver to each competence they hold.
 */
export interface HeldCompetenceLists {
  readonly heldStart: Int32Array;
  readonly heldCompetence: Int32Array;
}

export function heldCompetenceLists(
  levels: Uint8Array,
  personCount: number,
  competenceCount: number,
  heldLevel: number,
): HeldCompetenceLists {
  const heldStart = new Int32Array(personCount + 1);
  for (let i = 0; i < personCount; i++) {
    const row = i * competenceCount;
    let held = 0;
    for (let q = 0; q < competenceCount; q++) if (levels[row + q]! >= heldLevel) held++;
    heldStart[i + 1] = heldStart[i]! + held;
  }
  const heldCompetence = new Int32Array(heldStart[personCount]!);
  let t = 0;
  for (let i = 0; i < personCount; i++) {
    const row = i * competenceCount;
    for (let q = 0; q < competenceCount; q++) if (levels[row + q]! >= heldLevel) heldCompetence[t++] = q;
  }
  return { heldStart, heldCompetence };
}
