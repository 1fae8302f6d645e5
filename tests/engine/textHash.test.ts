import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fingerprint } from '../../src/engine/report/fingerprint';
import { textHash } from '../../src/engine/textHash';

describe('textHash (cyrb53)', () => {
  it('gives the fingerprints release registers already hold (the values before the hash was shared)', () => {
    expect(fingerprint('')).toBe('wvjl67o803');
    expect(fingerprint('GGVV')).toBe('23h7yonu2gj');
    expect(fingerprint('personer;2026')).toBe('48i2r4y0eo');
  });

  it('is a safe integer of at most 53 bits, and tells a one-character change apart', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 1 }), (text, extra) => {
        const h = textHash(text);
        expect(Number.isSafeInteger(h) && h >= 0).toBe(true);
        expect(textHash(text + extra)).not.toBe(h);
      }),
    );
  });
});
