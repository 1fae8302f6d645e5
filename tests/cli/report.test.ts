import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command';
import { checkReportCommand } from '../../src/cli/commands/checkReport';
import { reportCommand } from '../../src/cli/commands/report';
import { anonymisedReportSchema } from '../../src/schema/anonymisedReport';

function fakeIo(lang: CliIo['lang'] = 'en'): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { lang, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
const file = join(dir, 'report.json');

describe('report and check-report', () => {
  it('writes the report of the scenarios, and check-report passes it with the dataset’s personal data', async () => {
    const io = fakeIo();
    expect(await reportCommand(['--scenarios', 'today,centralised,decentralised', '--out', file], io)).toBe(0);
    const report = anonymisedReportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(report.parameters.scenarios.map((s) => s.id)).toEqual(['today', 'centralised', 'decentralised']);
    expect(JSON.parse(io.stdout.join('\n'))).toMatchObject({ out: file, k: 5 });
    expect(io.stderr.join('\n')).toContain('check passed');

    const check = fakeIo();
    expect(await checkReportCommand([file, '--data', 'data'], check)).toBe(0);
    expect(JSON.parse(check.stdout.join('\n'))).toEqual({ ok: true, problems: [] });
  }, 30_000);

  it('fails a tampered file, naming the path and the reason, in English and in Swedish', async () => {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { tables: { cells: (number | null)[][] }[]; parameters: { datasetName: string } };
    const r = report.tables[0]!.cells.findIndex((row) => row.includes(null));
    const c = report.tables[0]!.cells[r]!.indexOf(null);
    report.tables[0]!.cells[r]![c] = 2;
    report.parameters.datasetName = 'GGVV p001';
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(report));

    const en = fakeIo();
    expect(await checkReportCommand([tampered, '--data', 'data'], en)).toBe(1);
    const messages = en.stderr.join('\n');
    expect(messages).toContain(`$.tables[0].cells[${r}][${c}]: table centralised.commuteByOrigin publishes 2, fewer than k = 5.`);
    expect(messages).toContain('$.parameters.datasetName: holds personal data');
    expect(JSON.parse(en.stdout.join('\n'))).toMatchObject({ ok: false });

    const sv = fakeIo('sv');
    expect(await checkReportCommand([tampered], sv)).toBe(1);
    expect(sv.stderr.join('\n')).toContain('färre än k = 5');
    expect(sv.stderr.join('\n')).toContain('ser ut som ett person-id');
  }, 30_000);

  it('refuses bad arguments with a message', async () => {
    const noScenarios = fakeIo();
    expect(await reportCommand(['--out', file], noScenarios)).toBe(1);
    expect(noScenarios.stderr.join('\n')).toContain('--scenarios');
    const smallK = fakeIo();
    expect(await reportCommand(['--scenarios', 'centralised', '--k', '2', '--out', file], smallK)).toBe(1);
    expect(smallK.stderr.join('\n')).toContain('at least 3');
    const unknown = fakeIo();
    expect(await reportCommand(['--scenarios', 'nowhere', '--out', join(dir, 'x.json')], unknown)).toBe(1);
    const missing = fakeIo();
    expect(await checkReportCommand([join(dir, 'missing.json')], missing)).toBe(1);
    expect(missing.stderr.join('\n')).toContain('Cannot read');
    await expect(checkReportCommand([file, '--bogus'], fakeIo())).rejects.toThrow();
  }, 30_000);
});
