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
  const words = randomWords(seed, stream);
  return () => words.next() / 4294967296;
}

/**
 * The same stream as `randomStream`, as 32-bit words (a float is the word / 2^32): `fill`
 * draws many at once with the state in local variables, which a Monte Carlo loop of millions
 * of draws needs (docs/performance.md). `random() < p` is exactly `word < p · 2^32`.
 */
export class RandomWords {
  /**
   * a, b, c, d as 32-bit integers: held as doubles (the seed mix gives unsigned values), the
   * same arithmetic ran four times slower in V8.
   */
  private readonly state = new Int32Array(4);

  constructor(seed: number, stream: string) {
    const a = mix32(seed >>> 0);
    const b = mix32(a ^ hashLabel(stream));
    this.state.set([a, b, mix32(b + 0x6a09e667), 1]);
    // Warm up so that the first outputs do not echo the seed.
    for (let i = 0; i < 12; i++) this.next();
  }

  next(): number {
    const { state } = this;
    const a = state[0]!;
    const b = state[1]!;
    const c = state[2]!;
    const t = (((a + b) | 0) + state[3]!) | 0;
    state[3] = (state[3]! + 1) | 0;
    state[0] = b ^ (b >>> 9);
    state[1] = (c + (c << 3)) | 0;
    state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  fill(out: Uint32Array): void {
    const { state } = this;
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    for (let i = 0; i < out.length; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      out[i] = t;
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
  }
}

export const randomWords = (seed: number, stream = ''): RandomWords => new RandomWords(seed, stream);
