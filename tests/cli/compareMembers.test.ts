import { describe, expect, it } from 'vitest';
import { runCliForTest } from './runCliForTest';

describe('sim compare with scenarios of other members', () => {
  it('names each scenario’s members, and counts Hylte’s people only where Hylte is a member', async () => {
    const run = await runCliForTest(['compare', '--scenarios', 'decentralised,decentralised-with-hylte']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.members).toEqual({
      decentralised: ['gislaved', 'gnosjo', 'varnamo', 'vaggeryd'],
      'decentralised-with-hylte': ['gislaved', 'gnosjo', 'varnamo', 'vaggeryd', 'hylte'],
    });
    const figure = (id: string) => result.figures.find((f: { id: string }) => f.id === id).values as number[];
    // 62 people of the four members, 72 with Hylte's ten: placed and benched together.
    const [placed, bench] = [figure('placed'), figure('bench')];
    expect(placed[0]! + bench[0]!).toBe(62);
    expect(placed[1]! + bench[1]!).toBe(72);
  });
});
