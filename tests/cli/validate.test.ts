import { spawnSync } from 'node:child_process';
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { smallDataset } from '../fixtures/smallDataset';
import { writeDataFolder } from '../fixtures/writeDataFolder';
import { runCliForTest } from './runCliForTest';

const made: string[] = [];
const folder = (raw = smallDataset()) => {
  const dir = writeDataFolder(raw);
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('sim validate', () => {
  it('exits 0 with a one-line summary on a valid folder', async () => {
    const { code, stdout, stderr } = await runCliForTest(['validate', '--data', folder(), '--strict']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('Dataset "Small test dataset" is valid: 4 people, 3 positions, 3 municipalities, 2 scenarios.');
  });

  it('exits 1 on a broken folder and prints every problem, one per line', async () => {
    const raw = smallDataset();
    raw.people[0]!.home.lat = 200;
    raw.positions[1]!.requirements[0]!.competenceId = 'alchemy';
    const { code, stderr } = await runCliForTest(['validate', '--data', folder(raw)]);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      'Dataset is invalid: 1 problem(s).',
      'person p001, field home.lat: must be at most 90 (got 200)',
    ]);
  });

  it('reports cross-reference problems once the shapes are right, in Swedish with --lang sv', async () => {
    const raw = smallDataset();
    raw.positions[1]!.requirements[0]!.competenceId = 'alchemy';
    raw.people[3]!.siteId = 'nowhere';
    const { code, stderr } = await runCliForTest(['validate', '--data', folder(raw), '--lang', 'sv']);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      'Datamängden är ogiltig: 2 problem.',
      'person p004, fält siteId: anger en okänd arbetsplats ”nowhere”',
      'befattning pos-02, fält requirements.0.competenceId: anger en okänd kompetens ”alchemy”',
    ]);
  });

  it('warns on declared figures by default and fails with --strict', async () => {
    const raw = smallDataset();
    raw.targetOrganisation.positions = 4;
    const dir = folder(raw);
    const lenient = await runCliForTest(['validate', '--data', dir]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(
      'warning: dataset, field targetOrganisation.positions: 4 positions declared, but 3 in the data',
    );
    const strict = await runCliForTest(['validate', '--data', dir, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      'dataset, field targetOrganisation.positions: 4 positions declared, but 3 in the data',
    );
  });

  it('names a missing file and a file that is not JSON', async () => {
    const dir = folder();
    unlinkSync(join(dir, 'sites.json'));
    writeFileSync(join(dir, 'people.json'), '{ "people": [');
    const { code, stderr } = await runCliForTest(['validate', '--data', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(dir, 'people.json')}: not valid JSON`);
    expect(stderr).toContain(`${join(dir, 'sites.json')}: file not found`);
  });

  it('rejects unknown options and commands with exit 2', async () => {
    expect((await runCliForTest(['validate', '--bogus'])).code).toBe(2);
    expect((await runCliForTest(['frobnicate'])).code).toBe(2);
    expect((await runCliForTest(['validate', '--lang', 'de'])).code).toBe(2);
  });

  it('validates the default data folder strictly through npm run sim (exit 0)', () => {
    const result = spawnSync('npm', ['run', '--silent', 'sim', '--', 'validate', '--strict'], { encoding: 'utf8' });
    expect(result.stderr).toMatch(/^Dataset ".*" is valid: 62 people, 51 positions, 6 municipalities, 5 scenarios\.$/m);
    expect(result.status).toBe(0);
  });

  it('exits 1 through npm run sim on a broken folder', () => {
    const raw = smallDataset();
    raw.people[1]!.municipalityId = 'atlantis';
    const result = spawnSync('npm', ['run', '--silent', 'sim', '--', 'validate', '--data', folder(raw)], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('person p002, field municipalityId: names an unknown municipality "atlantis"');
  });
});
