import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fanRadius, fanSites } from '../../../src/engine/map/fanSites';

describe('fanSites', () => {
  it('leaves a lone site where it is and fans sites at one spot out around it, with their true place kept', () => {
    const fanned = fanSites(
      [
        [100, 100],
        [101, 100],
        [100, 102],
        [300, 300],
      ],
      20,
    );
    expect(fanned[3]).toMatchObject({ x: 300, y: 300, fanned: false });
    for (const f of fanned.slice(0, 3)) {
      expect(f.fanned).toBe(true);
      expect(Math.hypot(f.x - 100.33, f.y - 100.67)).toBeCloseTo(fanRadius(3, 20), 0);
    }
    expect(fanned[1]).toMatchObject({ atX: 101, atY: 100 });
    expect(new Set(fanned.slice(0, 3).map((f) => f.group)).size).toBe(1);
  });

  it('merges groups whose fans would touch', () => {
    const fanned = fanSites(
      [
        [100, 100],
        [100, 100],
        [100, 100],
        [130, 100],
        [130, 100],
      ],
      20,
    );
    expect(new Set(fanned.map((f) => f.group)).size).toBe(1);
  });

  it('keeps every two symbols at least the spacing apart (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 1,
          maxLength: 25,
        }),
        (points) => {
          const spacing = 20;
          const fanned = fanSites(points, spacing);
          for (let i = 0; i < fanned.length; i++) {
            for (let j = i + 1; j < fanned.length; j++) {
              if (Math.hypot(fanned[i]!.x - fanned[j]!.x, fanned[i]!.y - fanned[j]!.y) < spacing - 1e-6) return false;
            }
          }
          return true;
        },
      ),
    );
  });
});
