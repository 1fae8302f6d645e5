import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command';
import { checkReportCommand } from '../../src/cli/commands/checkReport';
import { reportCommand } from '../../src/cli/commands/report';
import { REGISTER_FILE_NAME } from '../../src/cli/releaseRegisterFile';
import { anonymisedReportSchema } from '../../src/schema/anonymisedReport';
import { releaseRegisterSchema } from '../../src/schema/releaseRegister';
import { outsideAudit } from '../engine/report/outsideAudit';
import { runCliForTest } from './runCliForTest';

function fakeIo(lang: CliIo['lang'] = 'en'): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { lang, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
const file = join(dir, 'report.json');
const register = join(dir, REGISTER_FILE_NAME);

describe('report and check-report', () => {
  it('writes the report with the dataset’s k, registers it beside the file, and check-report passes it with the dataset', async () => {
    const io = fakeIo();
    expect(
      await reportCommand(
        ['--scenarios', 'today,centralised,decentralised', '--out', file, '--now', '2026-01-01T00:00:00Z'],
        io,
      ),
    ).toBe(0);
    const report = anonymisedReportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(report.parameters.scenarios.map((s) => s.id)).toEqual(['today', 'centralised', 'decentralised']);
    const summary = JSON.parse(io.stdout.join('\n')) as {
      k: number;
      published: { figures: number; of: number };
      earlierReleases: number;
    };
    expect(summary).toMatchObject({ out: file, k: 5, earlierReleases: 0 });
    expect(summary.published.figures / summary.published.of).toBeGreaterThan(0.4);
    expect(io.stderr.join('\n')).toContain('check passed');
    const kept = releaseRegisterSchema.parse(JSON.parse(readFileSync(register, 'utf8')));
    expect(kept).toMatchObject({ datasetId: 'ggvv', k: 5, releases: [{ releasedAt: '2026-01-01T00:00:00Z' }] });

    const check = fakeIo();
    expect(await checkReportCommand([file, '--data', 'data'], check)).toBe(0);
    expect(JSON.parse(check.stdout.join('\n'))).toEqual({ ok: true, problems: [] });
  }, 60_000);

  it('protects a second report jointly with the first (a scenario given as a file), and the two pass an outside audit together', async () => {
    const scenarioFile = join(dir, 'scenario.json');
    const data = JSON.parse(readFileSync('data/scenarios.json', 'utf8')) as {
      scenarios: { id: string; name: string }[];
    };
    writeFileSync(
      scenarioFile,
      JSON.stringify({
        ...data.scenarios.find((s) => s.id === 'centralised')!,
        id: 'centralised-copy',
        name: 'Centraliserad, kopia',
      }),
    );
    const second = join(dir, 'second.json');
    const io = fakeIo();
    expect(
      await reportCommand(['--scenarios', 'decentralised', '--scenario-file', scenarioFile, '--out', second], io),
    ).toBe(0);
    expect(JSON.parse(io.stdout.join('\n'))).toMatchObject({
      scenarios: ['decentralised', 'centralised-copy'],
      earlierReleases: 1,
    });
    const first = anonymisedReportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const next = anonymisedReportSchema.parse(JSON.parse(readFileSync(second, 'utf8')));
    expect(outsideAudit([first, next]).exposed).toEqual([]);
    expect(releaseRegisterSchema.parse(JSON.parse(readFileSync(register, 'utf8'))).releases).toHaveLength(2);
  }, 60_000);

  it('starts a new register with a warning when the dataset’s k changed, keeping the old one', async () => {
    const other = mkdtempSync(join(tmpdir(), 'report-cli-k-'));
    const data = join(other, 'data');
    const { cpSync } = await import('node:fs');
    cpSync('data', data, { recursive: true });
    const out = join(other, 'r.json');
    expect(await reportCommand(['--scenarios', 'centralised', '--out', out, '--data', data], fakeIo())).toBe(0);
    const datasetFile = join(data, 'dataset.json');
    writeFileSync(
      datasetFile,
      JSON.stringify({ ...JSON.parse(readFileSync(datasetFile, 'utf8')), anonymisation: { k: 6 } }),
    );
    const io = fakeIo();
    expect(await reportCommand(['--scenarios', 'centralised', '--out', out, '--data', data], io)).toBe(0);
    expect(io.stderr.join('\n')).toContain('k changed from 5 to 6: the release register starts anew');
    expect(existsSync(join(other, 'anonymised-report-register.k5.json'))).toBe(true);
    expect(
      releaseRegisterSchema.parse(JSON.parse(readFileSync(join(other, REGISTER_FILE_NAME), 'utf8'))),
    ).toMatchObject({ k: 6, releases: [{}] });
  }, 60_000);

  it('fails a tampered file, naming the path and the reason, in English and in Swedish', async () => {
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      tables: { cells: (number | null)[][] }[];
      parameters: { datasetName: string };
    };
    const r = report.tables[0]!.cells.findIndex((row) => row.includes(null));
    const c = report.tables[0]!.cells[r]!.indexOf(null);
    report.tables[0]!.cells[r]![c] = 2;
    report.parameters.datasetName = 'GGVV p001';
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(report));

    const en = fakeIo();
    expect(await checkReportCommand([tampered, '--data', 'data'], en)).toBe(1);
    const messages = en.stderr.join('\n');
    expect(messages).toContain(
      `$.tables[0].cells[${r}][${c}]: table centralised.statusByMunicipality publishes 2, fewer than k = 5.`,
    );
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
    const withK = fakeIo();
    expect(await reportCommand(['--scenarios', 'centralised', '--k', '3', '--out', file], withK)).toBe(1);
    expect(withK.stderr.join('\n')).toContain('k belongs to the dataset');
    const unknown = fakeIo();
    expect(await reportCommand(['--scenarios', 'nowhere', '--out', join(dir, 'x.json')], unknown)).toBe(1);
    const missing = fakeIo();
    expect(await checkReportCommand([join(dir, 'missing.json')], missing)).toBe(1);
    expect(missing.stderr.join('\n')).toContain('Cannot read');
    await expect(checkReportCommand([file, '--bogus'], fakeIo())).rejects.toThrow();
  }, 30_000);

  it('names a file it cannot write, in English and in Swedish, without a stack trace', async () => {
    const nowhere = join(dir, 'no-such-folder', 'report.json');
    const en = await runCliForTest(['report', '--scenarios', 'centralised', '--out', nowhere]);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(`${nowhere}: the file cannot be read or written (ENOENT: open)`);
    const sv = await runCliForTest(['--lang', 'sv', 'report', '--scenarios', 'centralised', '--out', nowhere]);
    expect(sv.stderr).toBe(`${nowhere}: filen kan inte läsas eller skrivas (ENOENT: open)`);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  }, 60_000);
});
