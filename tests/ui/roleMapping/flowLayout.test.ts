import { describe, expect, it } from 'vitest';
import { flowLayout, transitionFlows } from '../../../src/ui/roleMapping/flowLayout';
import { smallData } from '../overview/viewFixtures';

describe('transitionFlows and flowLayout', () => {
  const data = smallData();
  const scenario = data.variant('central', 'flows', { stages: { p002: 'declined-transfer' } });
  const evaluation = data.evaluate(scenario);
  const assignment = evaluation.assignment!;

  it('counts every person once from today’s department, through the unit or the way out, to the site', () => {
    const flows = transitionFlows(data.dataset, evaluation, 'department');
    const fromColumn = (c: number) =>
      flows.links.filter((l) => flows.nodes.find((n) => n.id === l.source)!.column === c);
    expect(fromColumn(0).reduce((s, l) => s + l.value, 0)).toBe(data.dataset.people.length);
    for (const m of data.dataset.municipalities.filter((x) => x.member)) {
      const out = fromColumn(0)
        .filter((l) => l.source === `0:department:${m.id}`)
        .reduce((s, l) => s + l.value, 0);
      expect(out).toBe(data.dataset.people.filter((p) => p.municipalityId === m.id).length);
    }
    const into = (kind: string, refId = '') =>
      fromColumn(0)
        .filter((l) => l.target === `1:${kind}:${refId}`)
        .reduce((s, l) => s + l.value, 0);
    expect(into('declined')).toBe(assignment.declined.length);
    expect(into('bench')).toBe(assignment.bench.length);
    for (const unit of data.dataset.units) {
      const held = assignment.placements.filter(
        (p) => data.dataset.positions.find((x) => x.id === p.positionId)!.unitId === unit.id,
      ).length;
      expect(into('unit', unit.id)).toBe(held);
    }
    // Only the new company goes on to a site: the declined stop at column 1.
    expect(fromColumn(1).reduce((s, l) => s + l.value, 0)).toBe(
      data.dataset.people.length - assignment.declined.length - assignment.leaving.length,
    );
    expect(flows.links.some((l) => l.source === '1:declined:')).toBe(false);
    const byTitle = transitionFlows(data.dataset, evaluation, 'title');
    expect(byTitle.nodes.filter((n) => n.column === 0).map((n) => n.refId)).toEqual([
      ...new Set(data.dataset.people.map((p) => p.title)),
    ]);
  });

  it('lays the flows out in three columns inside the box, without touching its input', () => {
    const flows = transitionFlows(data.dataset, evaluation, 'department');
    const before = structuredClone(flows);
    const layout = flowLayout(flows, 400, 200);
    expect(flows).toEqual(before);
    const node = new Map(layout.nodes.map((n) => [n.id, n]));
    const xOfColumn = [0, 1, 2].map((c) => [...new Set(layout.nodes.filter((n) => n.column === c).map((n) => n.x0))]);
    for (const xs of xOfColumn) expect(xs).toHaveLength(1);
    expect(xOfColumn[0]![0]!).toBeLessThan(xOfColumn[1]![0]!);
    expect(xOfColumn[1]![0]!).toBeLessThan(xOfColumn[2]![0]!);
    for (const n of layout.nodes) {
      expect(n.x0).toBeGreaterThanOrEqual(0);
      expect(n.x1).toBeLessThanOrEqual(400);
      expect(n.y0).toBeGreaterThanOrEqual(0);
      expect(n.y1).toBeLessThanOrEqual(200);
      const inflow = layout.links.filter((l) => l.target === n.id).reduce((s, l) => s + l.value, 0);
      const outflow = layout.links.filter((l) => l.source === n.id).reduce((s, l) => s + l.value, 0);
      expect(n.value).toBe(Math.max(inflow, outflow));
    }
    for (const l of layout.links) {
      expect(l.path).toMatch(/^M/);
      expect(node.get(l.source)!.column).toBeLessThan(node.get(l.target)!.column);
    }
    expect(flowLayout({ nodes: [], links: [] }, 100, 100)).toEqual({ nodes: [], links: [], width: 100, height: 100 });
  });
});
