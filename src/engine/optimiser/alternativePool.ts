/** A site set in the pool and its value. */
export interface PoolEntry {
  readonly value: number;
  /** The canonical site set (ascending). */
  readonly sites: Int32Array;
}

export interface AlternativePool {
  readonly entries: readonly PoolEntry[];
  /** The value a new set must beat to enter (Infinity until the pool is full). */
  threshold(): number;
  /** Offers a set; `canonical` is only called when the value could enter. Returns whether it entered. */
  offer(value: number, canonical: () => Int32Array | null): boolean;
}

function compareSites(a: Int32Array, b: Int32Array): number {
  const length = Math.min(a.length, b.length);
  for (let k = 0; k < length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return a.length - b.length;
}

function sameSites(a: Int32Array, b: Int32Array): boolean {
  return a.length === b.length && compareSites(a, b) === 0;
}

/**
 * The best N distinct site sets seen so far, kept sorted by value (minimised) and then by
 * the sites in lexicographic order, so ties resolve the same way on every run.
 */
export function alternativePool(capacity: number): AlternativePool {
  const entries: PoolEntry[] = [];
  const threshold = (): number => (entries.length < capacity ? Infinity : entries[entries.length - 1]!.value);
  const offer = (value: number, canonical: () => Int32Array | null): boolean => {
    if (!(value < Infinity) || value > threshold()) return false;
    const sites = canonical();
    if (!sites) return false;
    const existing = entries.findIndex((entry) => sameSites(entry.sites, sites));
    if (existing >= 0) {
      // Same set reached again (e.g. by a different route): keep the smaller value.
      if (entries[existing]!.value <= value) return false;
      entries.splice(existing, 1);
    }
    let at = entries.length;
    while (at > 0) {
      const previous = entries[at - 1]!;
      if (previous.value < value || (previous.value === value && compareSites(previous.sites, sites) < 0)) break;
      at -= 1;
    }
    if (at >= capacity) return false;
    entries.splice(at, 0, { value, sites });
    if (entries.length > capacity) entries.pop();
    return true;
  };
  return { entries, threshold, offer };
}
