import { describe, expect, it } from 'vitest';
import { serialiseDataFile } from '../../scripts/generator/buildDataFiles';
import { buildScaleDataFiles } from '../../scripts/generator/scaleDataset';
import { assembleDataset } from '../../src/io/dataFolder';
import { validateDataset } from '../../src/schema/validateDataset';

const bytes = (files: Record<string, unknown>) => Object.fromEntries(Object.entries(files).map(([file, content]) => [file, serialiseDataFile(content)]));

describe('the scale data generator', () => {
  it('writes a folder that validates strictly, with N × the staff and positions and S sites', () => {
    const files = buildScaleDataFiles({ scale: 3, sites: 40 });
    const assembled = assembleDataset(files);
    expect(assembled.ok).toBe(true);
    if (!assembled.ok) return;
    const result = validateDataset(assembled.raw, { strict: true });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const { dataset } = result;
    expect(dataset.people).toHaveLength(3 * 62);
    expect(dataset.positions).toHaveLength(3 * 51);
    expect(dataset.sites).toHaveLength(40);
    expect(dataset.scenarios.map((s) => s.id)).toEqual(['today', 'centralised', 'decentralised', 'decentralised-retained']);
    // The copies are other draws of the staff, not the same people again.
    const homes = new Set(dataset.people.map((p) => `${p.home.lat},${p.home.lon}`));
    expect(homes.size).toBeGreaterThan(2 * 62);
  });

  it('is byte-identical for a seed, and other for another seed', () => {
    const a = bytes(buildScaleDataFiles({ scale: 2, sites: 30, seed: 5 }));
    const b = bytes(buildScaleDataFiles({ scale: 2, sites: 30, seed: 5 }));
    expect(a).toEqual(b);
    const c = bytes(buildScaleDataFiles({ scale: 2, sites: 30, seed: 6 }));
    expect(c['people.json']).not.toBe(a['people.json']);
  });

  it('refuses a scale or a site count out of range', () => {
    expect(() => buildScaleDataFiles({ scale: 0, sites: 30 })).toThrow(/scale must be an integer from 1/);
    expect(() => buildScaleDataFiles({ scale: 2, sites: 5 })).toThrow(/sites must be an integer from 25 to/);
  });
});
