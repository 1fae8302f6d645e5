import { describe, expect, it } from 'vitest';
import { optimiseCommand } from '../../src/cli/commands/optimise';
import { runCliForTest } from './runCliForTest';

async function optimise(args: string[], lang: 'en' | 'sv' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await optimiseCommand(args, { out: (t) => out.push(t), err: (t) => err.push(t), lang });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

interface Printed {
  sites: string[];
  functions: Record<string, string>;
  servicePoints: string[];
  objective: number;
  unit: string;
  alternatives: Array<{
    sites: string[];
    functions: Record<string, string>;
    servicePoints: string[];
    objective: number;
  }>;
  scenarioId: string;
}

describe('sim optimise', () => {
  it('median: at most p sites for the functions, total commute minutes, alternatives no better', async () => {
    const { code, stdout } = await optimise(['--objective', 'median', '--hubs', '2']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Printed;
    expect(result.unit).toBe('minutes');
    expect(result.sites.length).toBeLessThanOrEqual(2);
    expect(Object.keys(result.functions).sort()).toEqual([
      'head-office',
      'infrastructure',
      'security',
      'service-desk',
      'workplace',
    ]);
    for (const siteId of Object.values(result.functions)) expect(result.sites).toContain(siteId);
    expect(result.objective).toBeGreaterThan(0);
    for (const a of result.alternatives) expect(a.objective).toBeGreaterThanOrEqual(result.objective);
    expect(result.scenarioId).toBe('decentralised-median-2');
  });

  it('coverage with --minutes: a share 0–1 with p service points, the functions of the base kept', async () => {
    const { code, stdout } = await optimise(['--objective', 'coverage', '--hubs', '2', '--minutes', '20']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Printed;
    expect(result.unit).toBe('share');
    expect(result.servicePoints).toHaveLength(2);
    expect(result.objective).toBeGreaterThan(0);
    expect(result.objective).toBeLessThanOrEqual(1);
    expect(result.functions['service-desk']).toBe('gislaved-it-kontor'); // as in `decentralised`
    for (const a of result.alternatives) expect(a.objective).toBeLessThanOrEqual(result.objective);
  });

  it('mixed with weight, required and excluded sites, another base scenario, through runCli', async () => {
    const { code, stdout } = await runCliForTest([
      'optimise',
      '--objective',
      'mixed',
      '--hubs',
      '3',
      '--weight',
      '0.8',
      '--require',
      'gnosjo-kommunhus',
      '--exclude',
      'varnamo-it-kontor,gislaved-kommunhus',
      '--scenario',
      'centralised',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Printed;
    expect(result.unit).toBe('score');
    expect(result.sites).toHaveLength(3);
    expect(result.sites).toContain('gnosjo-kommunhus');
    expect(result.servicePoints).toEqual(result.sites);
    for (const c of [result, ...result.alternatives]) {
      expect(c.sites).not.toContain('varnamo-it-kontor');
      expect(c.sites).not.toContain('gislaved-kommunhus');
    }
    expect(result.scenarioId).toBe('centralised-mixed-3');
  });

  it.each([
    [['--objective', 'median', '--hubs', '2', '--require', 'nowhere'], /"nowhere".*requiredSiteIds.*does not exist/],
    [['--objective', 'median', '--hubs', '2', '--exclude', 'nowhere'], /"nowhere".*excludedSiteIds.*does not exist/],
    [['--objective', 'median', '--hubs', '0'], /at least 1 \(got 0\)/],
    [['--objective', 'coverage', '--hubs', 'two'], /--hubs must be a number/],
    [
      ['--objective', 'coverage', '--hubs', '2', '--require', 'gnosjo-kommunhus', '--exclude', 'gnosjo-kommunhus'],
      /"gnosjo-kommunhus" is both required and excluded/,
    ],
    [['--objective', 'fastest', '--hubs', '2'], /Unknown objective "fastest"/],
    [['--hubs', '2'], /Give --objective/],
    [['--objective', 'median', '--hubs', '1', '--exclude', 'varnamo-stadshus'], /cannot seat the functions/],
    [['--objective', 'median', '--hubs', '2', '--scenario', 'nowhere'], /nowhere/],
  ])('bad input %j exits 1 with a message', async (args, message) => {
    const { code, stdout, stderr } = await optimise(args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('says it in Swedish with --lang sv', async () => {
    const { code, stderr } = await optimise(['--objective', 'median', '--hubs', '2', '--require', 'nowhere'], 'sv');
    expect(code).toBe(1);
    expect(stderr).toMatch(/Platsen "nowhere" i requiredSiteIds finns inte/);
    const capacity = await optimise(['--objective', 'median', '--hubs', '1', '--exclude', 'varnamo-stadshus'], 'sv');
    expect(capacity.stderr).toMatch(/rymmer inte/);
  });

  it('rejects unknown flags through runCli', async () => {
    const { code, stderr } = await runCliForTest(['optimise', '--objective', 'median', '--hubs', '2', '--fast']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/fast/);
  });
});
