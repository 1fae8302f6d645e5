import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliForTest } from './runCliForTest';

const dir = mkdtempSync(join(tmpdir(), 'ggvv-outcomes-'));
const evaluate = async (...args: string[]) => {
  const { code, stdout } = await runCliForTest(['evaluate', ...args]);
  expect(code).toBe(0);
  return JSON.parse(stdout);
};
/** A preset of the default data as a scenario file, under another id, with other parameters. */
const presetFile = (id: string, name: string, parameters: object) => {
  const scenarios = JSON.parse(readFileSync('data/scenarios.json', 'utf8')).scenarios as Array<{ id: string }>;
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify({ ...scenarios.find((s) => s.id === id), id: name, parameters }));
  return path;
};

describe('the outcomes on the default data (the pre-study question)', () => {
  it('keeps more local service in decentralised than in centralised, both at most today’s 1', async () => {
    const [today, central, spread] = await Promise.all(
      ['today', 'centralised', 'decentralised'].map((id) => evaluate('--scenario', id)),
    );
    expect(today.coverage.serviceKept.overall).toEqual({ pcs: 1, employees: 1 });
    const kept = (e: { coverage: { serviceKept: { overall: { pcs: number; employees: number } } } }) =>
      e.coverage.serviceKept.overall;
    expect(kept(central).pcs).toBeLessThan(kept(spread).pcs);
    expect(kept(spread).pcs).toBeLessThanOrEqual(1);
    expect(kept(central).pcs).toBeGreaterThan(0);
    // The shape: overall, per member municipality and per locality, shares 0–1.
    expect(Object.keys(central.coverage.serviceKept).sort()).toEqual(['byLocality', 'byMunicipality', 'overall']);
    expect(Object.keys(central.coverage.serviceKept.byMunicipality).sort()).toEqual([
      'gislaved',
      'gnosjo',
      'vaggeryd',
      'varnamo',
    ]);
    for (const share of Object.values(central.coverage.serviceKept.byLocality) as number[]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
    // Presence within T stays, as the secondary figure.
    expect(central.coverage.overall.pcs).toBeGreaterThan(0);
  });

  it('keeps more people expected to stay on centralised with the retention weight than without, no competence at more risk', async () => {
    const plain = await evaluate(
      '--scenario-file',
      presetFile('centralised', 'centralised-r0', { assignment: { retentionWeight: 0 } }),
    );
    const weighted = await evaluate('--scenario', 'centralised');
    const staying = (e: { assignment: { placements: Array<{ leaveProbability: number }> } }) =>
      e.assignment.placements.reduce((sum, p) => sum + 1 - p.leaveProbability, 0);
    expect(staying(weighted)).toBeGreaterThan(staying(plain));
    expect(weighted.retention.expectedHeadcountRetained).toBeGreaterThan(plain.retention.expectedHeadcountRetained);
    for (const id of weighted.retention.competencesAtRisk) expect(plain.retention.competencesAtRisk).toContain(id);
  });

  it('gives no manager post to someone two levels short in a required competence', async () => {
    const positions = JSON.parse(readFileSync('data/positions.json', 'utf8')).positions as Array<{
      id: string;
      manager: boolean;
    }>;
    const managers = new Set(positions.filter((p) => p.manager).map((p) => p.id));
    for (const id of ['centralised', 'decentralised']) {
      const { assignment } = await evaluate('--scenario', id);
      const held = assignment.placements.filter((p: { positionId: string }) => managers.has(p.positionId));
      expect(held.length).toBeGreaterThan(0);
      for (const p of held) for (const gap of p.gaps as Array<{ gap: number }>) expect(gap.gap).toBeLessThan(2);
    }
  });
});
