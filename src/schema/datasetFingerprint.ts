/**
 * A short identity of a dataset from its public parts only (id, reference date, and the ids of
 * its people, positions and sites): HR's dataset and a package made from it give the same
 * fingerprint, and it reveals nothing private. Not a security measure: it stops decisions
 * going back into another dataset by mistake. FNV-1a, 64 bits as two 32-bit halves.
 */
export function datasetFingerprint(dataset: {
  id: string;
  referenceDate: string;
  people: readonly { id: string }[];
  positions: readonly { id: string }[];
  sites: readonly { id: string }[];
}): string {
  const ids = (items: readonly { id: string }[]) =>
    items
      .map((x) => x.id)
      .sort()
      .join(',');
  const text = [
    dataset.id,
    dataset.referenceDate,
    ids(dataset.people),
    ids(dataset.positions),
    ids(dataset.sites),
  ].join('|');
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
