import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command';
import { importCommand } from '../../src/cli/commands/importData';
import { validateFilesCommand } from '../../src/cli/commands/validateFiles';
import { exportDatasetCsv } from '../../src/io/csv/exportCollectionCsv';
import { readDataFolder } from '../../src/io/readDataFolder';
import { validateDataset } from '../../src/schema/validateDataset';
import { defaultDataset } from '../helpers/defaultData';
import { runCliForTest } from './runCliForTest';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');

function fakeIo(lang: 'en' | 'sv' = 'en'): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { lang, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ggvv-import-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('sim validate --people FILE', () => {
  it('exits 0 with the warnings and a summary line on good files', async () => {
    const io = fakeIo();
    const code = await validateFilesCommand(
      ['--people', join(FIXTURES, 'people-sv-excel.csv'), '--positions', join(FIXTURES, 'positions-en.csv')],
      io,
    );
    expect(code).toBe(0);
    expect(io.stderr.filter((l) => l.startsWith('warning: people-sv-excel.csv'))).toEqual([
      'warning: people-sv-excel.csv: 19 IT staff declared for Gislaved, but the file holds 1 there',
      'warning: people-sv-excel.csv: 10 IT staff declared for Gnosjö, but the file holds 1 there',
      'warning: people-sv-excel.csv: 25 IT staff declared for Värnamo, but the file holds 1 there',
      'warning: people-sv-excel.csv: 8 IT staff declared for Vaggeryd, but the file holds 0 there',
    ]);
    expect(io.stderr.at(-1)).toBe('The files are valid: 3 people (now 72), 2 positions (now 59).');
    expect(io.stdout).toEqual([]);
  });

  it('exits 1 naming file, row, column and reason of every problem, in Swedish with --lang sv', async () => {
    const io = fakeIo('sv');
    const code = await validateFilesCommand(['--people', join(FIXTURES, 'people-bad.csv')], io);
    expect(code).toBe(1);
    expect(io.stderr).toEqual([
      'Filerna har 3 problem.',
      'people-bad.csv, rad 2, kolumn ”sysselsättningsgrad”: ”abc” är inte ett tal (skriv t.ex. 0,8 eller 0.8)',
      'people-bad.csv, rad 3, kolumn ”id”: id ”x001” används redan på rad 2',
      'people-bad.csv, rad 3, kolumn ”säkerhetsprövad”: ”kanske” är inte ja eller nej (ja/nej, yes/no, sant/falskt, 1/0)',
    ]);
  });

  it('reports references and coordinates once the cells are right', async () => {
    const dir = tempDir();
    const file = join(dir, 'personer.csv');
    writeFileSync(
      file,
      '\uFEFFid;arbetsgivare;arbetsplats;funktion;titel;hem_lat;hem_lon;sysselsättningsgrad;anställd_från;födelseår;avtalsområde;säkerhetsprövad;chefsbehörig;dagar_på_plats\r\n' +
        'x1;stockholm;varnamo-stadshus;service-desk;Tekniker;59,3293;18,0686;1;2010-01-01;1980;tjansteman;nej;nej;5\r\n',
    );
    const io = fakeIo();
    expect(await validateFilesCommand(['--people', file], io)).toBe(1);
    expect(io.stderr).toEqual([
      'The files have 2 problem(s).',
      'personer.csv, row 2, column "arbetsgivare": names an unknown municipality "stockholm"',
      'personer.csv, row 2, column "hem_lat": coordinate 59.3293, 18.0686 lies outside the region GGVV med pendlingsomland (Gislaved, Gnosjö, Vaggeryd, Värnamo, Hylte, Jönköping)',
    ]);
  });

  it('fails on warnings with --strict', async () => {
    const io = fakeIo();
    expect(await validateFilesCommand(['--people', join(FIXTURES, 'people-sv-excel.csv'), '--strict'], io)).toBe(1);
    expect(io.stderr[0]).toBe('The files have 4 problem(s).');
    expect(io.stderr[1]).toBe('people-sv-excel.csv: 19 IT staff declared for Gislaved, but the file holds 1 there');
  });

  it('refuses a file over 20 MB by its size', async () => {
    const dir = tempDir();
    const file = join(dir, 'people.csv');
    writeFileSync(file, Buffer.alloc(21 * 1024 * 1024, 0x41));
    const io = fakeIo();
    expect(await validateFilesCommand(['--people', file], io)).toBe(1);
    expect(io.stderr).toEqual([
      'The files have 1 problem(s).',
      'people.csv: the file is 21 MB; files over 20 MB are refused',
    ]);
  });

  it('needs at least one file and rejects unknown flags', async () => {
    const io = fakeIo();
    expect(await validateFilesCommand([], io)).toBe(2);
    expect(io.stderr).toEqual(['give at least one file: --people, --positions, --sites or --competences']);
    await expect(validateFilesCommand(['--people', 'x.csv', '--colour', 'red'], fakeIo())).rejects.toThrow(/colour/);
  });
});

describe('sim import --from DIR --out DIR', () => {
  it('converts CSV files into a data folder that validates and loads', async () => {
    const dataset = await defaultDataset();
    const from = tempDir();
    const out = join(tempDir(), 'imported');
    const renamed = {
      ...dataset,
      people: dataset.people.map((p, i) => (i === 0 ? { ...p, name: 'Örjan Ångström' } : p)),
    };
    for (const [file, text] of Object.entries(exportDatasetCsv(renamed, 'sv'))) writeFileSync(join(from, file), text);

    const io = fakeIo();
    const code = await importCommand(['--from', from, '--out', out], io);
    expect(io.stderr.filter((l) => !l.startsWith('Data folder written'))).toEqual([]);
    expect(code).toBe(0);
    expect(JSON.parse(io.stdout.join('\n')).counts).toEqual({
      competences: { imported: 17, current: 17 },
      sites: { imported: 25, current: 25 },
      people: { imported: 72, current: 72 },
      positions: { imported: 59, current: 59 },
    });

    const validate = await runCliForTest(['validate', '--data', out, '--strict']);
    expect(validate.code).toBe(0);
    const reread = await readDataFolder(out);
    const validation = reread.ok ? validateDataset(reread.raw, { strict: true }) : null;
    expect(validation?.ok && validation.dataset.people[0]?.name).toBe('Örjan Ångström');
    expect(validation?.ok && validation.dataset.people.slice(1)).toEqual(dataset.people.slice(1));
    expect(existsSync(join(out, 'roads.json'))).toBe(true);
  });

  it('takes only the files present and the rest from --data', async () => {
    const from = tempDir();
    const out = join(tempDir(), 'imported');
    writeFileSync(join(from, 'people.csv'), readFileSync(join(FIXTURES, 'people-sv-excel.csv')));
    const io = fakeIo();
    expect(await importCommand(['--from', from, '--out', out, '--data', 'data'], io)).toBe(0);
    const reread = await readDataFolder(out);
    const validation = reread.ok ? validateDataset(reread.raw) : null;
    expect(validation?.ok && validation.dataset.people.map((p) => p.id)).toEqual(['x001', 'x002', 'x003']);
    // The 51 positions and Hylte's 8 that exist only with Hylte as a member.
    expect(validation?.ok && validation.dataset.positions.length).toBe(59);
  });

  it('writes nothing when a file has problems', async () => {
    const from = tempDir();
    const out = join(tempDir(), 'imported');
    writeFileSync(join(from, 'people.csv'), readFileSync(join(FIXTURES, 'people-bad.csv')));
    const io = fakeIo();
    expect(await importCommand(['--from', from, '--out', out], io)).toBe(1);
    expect(io.stderr[0]).toBe('The files have 3 problem(s).');
    expect(existsSync(out)).toBe(false);
  });

  it('says so when the folder holds no import files', async () => {
    const from = tempDir();
    const io = fakeIo();
    expect(await importCommand(['--from', from, '--out', join(from, 'out')], io)).toBe(1);
    expect(io.stderr).toEqual([
      `no people.csv, positions.csv, sites.csv or competences.csv (nor .json) found in ${from}`,
    ]);
  });
});
