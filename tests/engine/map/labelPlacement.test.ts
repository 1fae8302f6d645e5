import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fittedHeight, fitProjection } from '../../../src/engine/map/fitProjection';
import {
  boxesOverlap,
  placeLabels,
  type LabelCandidate,
  type PlacedLabel,
} from '../../../src/engine/map/labelPlacement';
import { localityRadii } from '../../../src/engine/map/localityRadii';
import { mapScreenLayout, SITE_SIZE } from '../../../src/engine/map/mapScreenLayout';
import { symbolBox } from '../../../src/engine/map/mapLabels';
import { roadLines } from '../../../src/engine/map/roadLines';
import { roadGraphSchema } from '../../../src/schema/roadGraph';
import { defaultDataset } from '../../helpers/defaultData';

const noOverlaps = (labels: readonly PlacedLabel[]) => {
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++)
      expect(boxesOverlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
  }
};

/** The Map view's default zoom on the default data, as MapCanvas lays it out (800 units wide, padding 24). */
async function defaultView() {
  const dataset = await defaultDataset();
  const width = 800;
  const height = fittedHeight(dataset.region.bbox, width, 24);
  const projection = fitProjection(dataset.region.bbox, width, height, 24);
  const at = (lat: number, lon: number) => projection([lon, lat])!;
  const radii = localityRadii(dataset);
  const roads = roadLines(roadGraphSchema.parse(JSON.parse(readFileSync('data/roads.json', 'utf8'))));
  const layout = mapScreenLayout({
    width,
    height,
    sites: dataset.sites.map((s) => at(s.lat, s.lon)),
    places: dataset.localities.map((l, i) => ({
      id: l.id,
      name: l.name,
      ...pair(at(l.lat, l.lon)),
      radius: radii[i]!,
      population: l.population,
    })),
    roads: roads.map((r) => ({ ...r, from: at(r.from.lat, r.from.lon), to: at(r.to.lat, r.to.lon) })),
  });
  return { dataset, width, height, layout };
}
const pair = ([x, y]: [number, number]) => ({ x, y });

describe('label placement on the default data at the default zoom', () => {
  it('shows Gislaved, Gnosjö, Värnamo, Vaggeryd and Skillingaryd, and E4', async () => {
    const { layout } = await defaultView();
    const towns = layout.labels.towns.map((l) => l.text);
    for (const town of ['Gislaved', 'Gnosjö', 'Värnamo', 'Vaggeryd', 'Skillingaryd']) expect(towns).toContain(town);
    expect(layout.labels.roads.map((l) => l.text)).toContain('E4');
  });

  it('places no two labels over each other, none over a site symbol, all inside the frame', async () => {
    const { layout, width, height } = await defaultView();
    const all = [...layout.labels.towns, ...layout.labels.roads];
    noOverlaps(all);
    const symbols = layout.fanned.map((f) => symbolBox(f.x, f.y, SITE_SIZE));
    for (const label of all) {
      for (const symbol of symbols) expect(boxesOverlap(label.box, symbol), label.text).toBe(false);
      expect(label.box.x).toBeGreaterThanOrEqual(0);
      expect(label.box.y).toBeGreaterThanOrEqual(0);
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(width);
      expect(label.box.y + label.box.height).toBeLessThanOrEqual(height);
    }
  });

  it('keeps every site symbol apart from every other, so each can be clicked', async () => {
    const { layout, dataset } = await defaultView();
    expect(layout.fanned).toHaveLength(dataset.sites.length);
    for (let i = 0; i < layout.fanned.length; i++) {
      for (let j = i + 1; j < layout.fanned.length; j++) {
        const [a, b] = [layout.fanned[i]!, layout.fanned[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(SITE_SIZE);
      }
    }
  });
});

describe('placeLabels', () => {
  const candidate = (id: string, x: number, y: number, priority: number, text = id): LabelCandidate => ({
    id,
    text,
    x,
    y,
    markRadius: 4,
    fontSize: 12,
    priority,
    placement: 'beside',
  });
  const frame = { x: 0, y: 0, width: 400, height: 300 };

  it('puts a label to the right of its point when there is room', () => {
    const [label] = placeLabels([candidate('Värnamo', 100, 100, 1)], { frame });
    expect(label!.anchor).toBe('start');
    expect(label!.x).toBeGreaterThan(100);
    expect(label!.y).toBe(100);
  });

  it('moves a label to the left at the right edge, and leaves out the less important of two that cannot both fit', () => {
    const [edge] = placeLabels([candidate('Skillingaryd', 390, 100, 1)], { frame });
    expect(edge!.anchor).toBe('end');
    // A strip with room to the right of the point only (the left half blocked), for one of the two.
    const crowded = placeLabels([candidate('Small', 100, 10, 1), candidate('Big', 100, 10, 2)], {
      frame: { x: 0, y: 0, width: 140, height: 20 },
      obstacles: [{ x: 0, y: 0, width: 100, height: 20 }],
    });
    expect(crowded.map((l) => l.text)).toEqual(['Big']);
  });

  it('keeps off obstacles and repeats a road number only beyond the spacing', () => {
    const [label] = placeLabels([candidate('Gnosjö', 100, 100, 1)], {
      frame,
      obstacles: [{ x: 100, y: 80, width: 120, height: 40 }],
    });
    expect(boxesOverlap(label!.box, { x: 100, y: 80, width: 120, height: 40 })).toBe(false);
    const road = (id: string, x: number): LabelCandidate => ({
      ...candidate(id, x, 50, 0, 'E4'),
      placement: 'centre',
      markRadius: 0,
    });
    const numbers = placeLabels([road('a', 50), road('b', 100), road('c', 300)], { frame, sameTextSpacing: 160 });
    expect(numbers.map((l) => l.id)).toEqual(['a', 'c']);
  });

  it('never overlaps two placed labels, whatever the points (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: 0, max: 400, noNaN: true }),
            y: fc.double({ min: 0, max: 300, noNaN: true }),
            p: fc.integer({ min: 0, max: 5 }),
            n: fc.integer({ min: 2, max: 14 }),
          }),
          { maxLength: 40 },
        ),
        (points) => {
          const placed = placeLabels(
            points.map((p, i) => candidate(`t${i}`, p.x, p.y, p.p, 'x'.repeat(p.n))),
            { frame },
          );
          for (let i = 0; i < placed.length; i++) {
            for (let j = i + 1; j < placed.length; j++) if (boxesOverlap(placed[i]!.box, placed[j]!.box)) return false;
          }
          return placed.every(
            (l) => l.box.x >= 0 && l.box.y >= 0 && l.box.x + l.box.width <= 400 && l.box.y + l.box.height <= 300,
          );
        },
      ),
    );
  });
});
