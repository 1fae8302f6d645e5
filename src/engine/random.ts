/**
 * Seeded, injectable randomness (the engine never calls Math.random). A `RandomStream` is a
 * function returning floats in [0, 1). Streams derived from one seed with different `stream`
 * labels are independent, so e.g. the Monte Carlo draws never shift when another seeded
 * computation draws more or fewer numbers.
 */
export type RandomStream = () => number;

/** SplitMix32-style hash of a 32-bit value: decorrelates nearby seeds. */
function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a over a label, so streams can be named (`'attrition'`, `'optimiser'`). */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * sfc32 generator (Small Fast Counting, 128-bit state): passes PractRand far beyond what
 * the simulator draws, and is fast in JavaScript's 32-bit integer arithmetic.
 */
export function randomStream(seed: number, stream = ''): RandomStream {
  let a = mix32(seed >>> 0);
  let b = mix32(a ^ hashLabel(stream));
  let c = mix32(b + 0x6a09e667);
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm up so that the first outputs do not echo the seed.
  for (let i = 0; i < 12; i++) next();
  return next;
}
