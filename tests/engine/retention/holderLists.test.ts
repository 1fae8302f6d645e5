import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heldCompetenceLists, holderLists } from '../../../src/engine/retention';

describe('holderLists and heldCompetenceLists', () => {
  it('lists, per competence, exactly the people at or above the held level, ascending', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer(),
        (n, c, heldLevel, seed) => {
          const levels = Uint8Array.from(
            { length: n * c },
            (_, index) => Math.abs(Math.imul(index + 1, seed | 1) >> 7) % 5,
          );
          const { holderStart, holderIndex } = holderLists(levels, n, c, heldLevel);
          expect(holderStart).toHaveLength(c + 1);
          for (let q = 0; q < c; q++) {
            const expected = Array.from({ length: n }, (_, i) => i).filter((i) => levels[i * c + q]! >= heldLevel);
            expect(Array.from(holderIndex.subarray(holderStart[q]!, holderStart[q + 1]!))).toEqual(expected);
          }
          expect(holderStart[c]).toBe(holderIndex.length);
          // The per-person lists are the transpose of the per-competence ones.
          const { heldStart, heldCompetence } = heldCompetenceLists(levels, n, c, heldLevel);
          expect(heldStart).toHaveLength(n + 1);
          for (let i = 0; i < n; i++) {
            const expected = Array.from({ length: c }, (_, q) => q).filter((q) => levels[i * c + q]! >= heldLevel);
            expect(Array.from(heldCompetence.subarray(heldStart[i]!, heldStart[i + 1]!))).toEqual(expected);
          }
          expect(heldCompetence.length).toBe(holderIndex.length);
        },
      ),
    );
  });
});
