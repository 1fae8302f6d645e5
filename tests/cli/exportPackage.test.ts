import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManagerPackage } from '../../src/io/managerPackageFile';
import { privateFieldPaths } from '../../src/io/privateFieldScan';
import { scanForPrivateValues } from '../engine/managerPackage/privateValueScan';
import { defaultDataset } from '../helpers/defaultData';
import { runCliForTest } from './runCliForTest';

const dir = mkdtempSync(join(tmpdir(), 'package-cli-'));

describe('export-package', () => {
  it('writes a manager package of the scenarios with none of the private fields or values', async () => {
    const out = join(dir, 'chef.json');
    const run = await runCliForTest([
      'export-package',
      '--role',
      'manager',
      '--scenarios',
      'centralised,decentralised',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      out,
      people: 72, // every person of the dataset, Hylte's possible staff too (docs/membership.md)
      scenarios: ['today', 'centralised', 'decentralised'],
      matrices: 1,
    });
    const text = readFileSync(out, 'utf8');
    const read = readManagerPackage('chef.json', text);
    expect(read.ok).toBe(true);
    expect(privateFieldPaths(JSON.parse(text))).toEqual([]);
    expect(scanForPrivateValues(text, await defaultDataset())).toEqual([]);
  });

  it('refuses without the manager role, without scenarios, or with an unknown scenario, in Swedish with --lang sv', async () => {
    const noRole = await runCliForTest([
      'export-package',
      '--scenarios',
      'centralised',
      '--out',
      join(dir, 'x.json'),
      '--lang',
      'sv',
    ]);
    expect(noRole.code).toBe(1);
    expect(noRole.stderr).toContain('kräver --role manager');
    const noScenarios = await runCliForTest(['export-package', '--role', 'manager', '--out', join(dir, 'x.json')]);
    expect(noScenarios.stderr).toContain('--scenarios');
    const unknown = await runCliForTest([
      'export-package',
      '--role',
      'manager',
      '--scenarios',
      'nowhere',
      '--out',
      join(dir, 'x.json'),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('nowhere');
  });
});
