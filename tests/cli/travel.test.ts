import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { travelCommand } from '../../src/cli/commands/travel';
import type { CliIo } from '../../src/cli/command';

function fakeIo(lang: CliIo['lang'] = 'en'): CliIo & { output: string[]; errors: string[] } {
  const output: string[] = [];
  const errors: string[] = [];
  return { lang, output, errors, out: (text) => output.push(text), err: (text) => errors.push(text) };
}

async function run(args: string[], lang: CliIo['lang'] = 'en') {
  const io = fakeIo(lang);
  const code = await travelCommand(args, io);
  return {
    code,
    io,
    json: io.output.length === 1 ? (JSON.parse(io.output[0] ?? '') as Record<string, unknown>) : null,
  };
}

describe('travel command', () => {
  it('prints distance, minutes and source for two localities given by name and id', async () => {
    const { code, json, io } = await run(['--from', 'Värnamo', '--to', 'gislaved']);
    expect(code).toBe(0);
    expect(io.errors).toEqual([]);
    expect(json).toEqual({ distanceKm: expect.any(Number), minutes: expect.any(Number), source: 'road-graph' });
    // Rounded to 0.1.
    expect(Math.round((json?.distanceKm as number) * 10)).toBe((json?.distanceKm as number) * 10);
  });

  it('matches names in any case and gives the same trip both ways', async () => {
    const there = await run(['--from', 'VÄRNAMO', '--to', 'Gislaved']);
    const back = await run(['--from', 'gislaved', '--to', 'värnamo']);
    expect(there.code).toBe(0);
    expect(there.json).toEqual(back.json);
  });

  it('accepts lat,lon and falls back, with a warning, far off the road graph', async () => {
    const { code, json, io } = await run(['--from', '59.3293,18.0686', '--to', 'varnamo']);
    expect(code).toBe(0);
    expect(json?.source).toBe('fallback');
    expect(io.errors.join('\n')).toContain('fallback');
  });

  it('exits 1 with a clear message for an unknown place, in Swedish too', async () => {
    const en = await run(['--from', 'Atlantis', '--to', 'varnamo']);
    expect(en.code).toBe(1);
    expect(en.io.output).toEqual([]);
    expect(en.io.errors.join('\n')).toContain('Unknown place "Atlantis"');
    const sv = await run(['--from', 'Atlantis', '--to', 'varnamo'], 'sv');
    expect(sv.io.errors.join('\n')).toContain('Okänd plats "Atlantis"');
  });

  it('exits 1 when --from or --to is missing', async () => {
    const { code, io } = await run(['--from', 'varnamo']);
    expect(code).toBe(1);
    expect(io.errors.join('\n')).toContain('--to');
  });

  it('rejects unknown flags', async () => {
    await expect(travelCommand(['--from', 'a', '--to', 'b', '--speed', '3'], fakeIo())).rejects.toThrow(/speed/);
  });

  it('uses an imported plain matrix, whose ids name places too', async () => {
    const { code, json } = await run([
      '--from',
      'p001',
      '--to',
      'site-skillingaryd',
      '--travel-matrix',
      'tests/fixtures/travel/plain-matrix.json',
    ]);
    expect(code).toBe(0);
    expect(json).toEqual({ distanceKm: 55.2, minutes: 47, source: 'matrix' });
  });

  it('uses an imported OSRM table for places near its waypoints', async () => {
    const { code, json } = await run([
      '--from',
      'Gislaved',
      '--to',
      'Skillingaryd',
      '--travel-matrix',
      'tests/fixtures/travel/osrm-table.json',
    ]);
    expect(code).toBe(0);
    expect(json).toEqual({ distanceKm: 52.1, minutes: 49, source: 'matrix' });
  });

  it('rejects a bad matrix file, naming the field', async () => {
    const { code, io } = await run([
      '--from',
      'Gislaved',
      '--to',
      'Skillingaryd',
      '--travel-matrix',
      'tests/fixtures/travel/osrm-table-bad.json',
    ]);
    expect(code).toBe(1);
    expect(io.errors.join('\n')).toContain('durations[1][1]');
  });

  describe('without a localities file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'travel-cli-'));
    copyFileSync('data/roads.json', join(dir, 'roads.json'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('finds localities among the road graph nodes', async () => {
      const withFile = await run(['--from', 'Smålandsstenar', '--to', 'Jönköping']);
      const withoutFile = await run(['--from', 'Smålandsstenar', '--to', 'Jönköping', '--data', dir]);
      expect(withoutFile.code).toBe(0);
      expect(withoutFile.json).toEqual(withFile.json);
    });

    it('exits 1 when the road graph is missing', async () => {
      const { code, io } = await run(['--from', 'varnamo', '--to', 'bor', '--data', join(dir, 'nowhere')]);
      expect(code).toBe(1);
      expect(io.errors.join('\n')).toContain('roads.json');
    });
  });
});
