// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { datasetBoundaries } from '../../../src/engine/map/datasetBoundaries';
import { roadLines } from '../../../src/engine/map/roadLines';
import { roadGraphSchema } from '../../../src/schema/roadGraph';
import { StaticBaseMap } from '../../../src/ui/map/layers/StaticBaseMap';
import { choroplethColour } from '../../../src/ui/map/layers/mapPalette';
import { defaultDataset } from '../../helpers/defaultData';

describe('StaticBaseMap (the base layers from props alone)', () => {
  it('draws given boundaries with a fill per municipality, roads with numbers and the named places', async () => {
    const dataset = await defaultDataset();
    const boundaries = datasetBoundaries(
      JSON.parse(readFileSync('data/municipalities.geojson', 'utf8')),
      dataset.municipalities,
    )!;
    const roads = roadLines(roadGraphSchema.parse(JSON.parse(readFileSync('data/roads.json', 'utf8'))));
    const share = new Map([
      ['varnamo', 0.9],
      ['gislaved', 0.1],
    ]);
    const { container } = render(
      <StaticBaseMap
        bbox={dataset.region.bbox}
        boundaries={boundaries}
        fillOf={(id) => (share.has(id) ? choroplethColour(share.get(id)!) : undefined)}
        roads={roads}
        places={dataset.localities}
        label="Hemområden"
      />,
    );
    expect(screen.getByRole('img', { name: 'Hemområden' })).toBeInTheDocument();
    expect(container.querySelector('[data-municipality="varnamo"]')).toHaveAttribute('fill', '#253494');
    expect(container.querySelector('[data-municipality="gislaved"]')).toHaveAttribute('fill', '#ffffcc');
    expect(container.querySelector('[data-municipality="gnosjo"]')).toHaveAttribute('fill', 'none');
    const names = [...container.querySelectorAll('text.map-town-label')].map((t) => t.textContent);
    expect(names).toEqual(expect.arrayContaining(['Gislaved', 'Gnosjö', 'Värnamo', 'Vaggeryd', 'Skillingaryd']));
    expect(container.querySelector('[data-road-number="E4"]')).not.toBeNull();
  });

  it('imports no data file, loader or store, so a page without the dataset (the union page) can use it', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const match of readFileSync(file, 'utf8').matchAll(
        /(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\s+['"](\.[^'"]+)['"]/g,
      )) {
        const base = resolve(dirname(file), match[1] ?? match[2]!);
        const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find(
          (c) => /\.tsx?$/.test(c) && existsSync(c),
        );
        if (found) visit(found);
        else expect(base, `${file} imports ${base}`).not.toMatch(/\/data\/|\.json$|\.geojson/);
      }
    };
    visit(resolve('src/ui/map/layers/StaticBaseMap.tsx'));
    const modules = [...seen].map((f) => f.slice(resolve('.').length + 1));
    expect(modules).toContain('src/ui/map/layers/BoundaryLayer.tsx');
    expect(
      modules.filter((m) => m.startsWith('src/io/') || m.startsWith('src/state/') || m.includes('baseMapData')),
    ).toEqual([]);
  });
});
