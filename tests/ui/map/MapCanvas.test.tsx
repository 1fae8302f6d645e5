// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { fitProjection } from '../../../src/engine/map/fitProjection';
import { layerDrawing } from '../../../src/engine/map/mapLayers';
import { createI18n } from '../../../src/i18n/createTranslator';
import { MUTED_LAND_FILL } from '../../../src/ui/map/layers/BoundaryLayer';
import { MapCanvas, type MapCanvasProps } from '../../../src/ui/map/MapCanvas';
import { symbolPath } from '../../../src/ui/map/mapGeometry';

const square = (lon: number, lat: number) => [
  [
    [
      [lon, lat],
      [lon + 0.2, lat],
      [lon + 0.2, lat + 0.2],
      [lon, lat + 0.2],
      [lon, lat],
    ] as const,
  ],
];
const bbox = { minLat: 57, maxLat: 57.3, minLon: 14, maxLon: 14.5 };

function renderCanvas(extra: Partial<MapCanvasProps>) {
  return render(
    <I18nextProvider i18n={createI18n('en')}>
      <MapCanvas
        width={400}
        height={300}
        projection={fitProjection(bbox, 400, 300, 10)}
        kmPerUnit={0.1}
        label="Test map"
        describedBy="nothing"
        base={{
          boundaries: [
            { municipalityId: 'a', polygons: square(14, 57) },
            { municipalityId: 'b', polygons: square(14.25, 57) },
          ],
          schematic: [],
          members: new Set(['a']),
          roads: [],
        }}
        drawing={layerDrawing({ boundaries: true, roads: true, reach: false, localService: false, homeAreas: false })}
        localities={[]}
        {...extra}
      />
    </I18nextProvider>,
  );
}

describe('MapCanvas (the one map component): hooks for other pages', () => {
  it('greys a municipality given a muted style, fills another, and keeps the outline on top', () => {
    const { container } = renderCanvas({
      municipalityStyles: new Map([
        ['b', { muted: true }],
        ['a', { fill: '#123456' }],
      ]),
    });
    const land = (id: string) => container.querySelector(`.map-land path[data-municipality="${id}"]`)!;
    expect(land('b').getAttribute('fill')).toBe(MUTED_LAND_FILL);
    expect(land('a').getAttribute('fill')).toBe('#123456');
    expect(container.querySelector('.map-boundaries-layer path[data-municipality="b"]')).toHaveClass(
      'map-boundary-muted',
    );
  });

  it('draws extra markers as named symbols, fanned apart from a site at the same place', () => {
    const { container } = renderCanvas({
      sites: [
        {
          id: 's1',
          name: 'Town hall',
          lat: 57.1,
          lon: 14.1,
          symbol: 'head-office',
          alsoServicePoint: false,
          label: 'Town hall: head office',
        },
      ],
      markers: [
        {
          id: 'dc',
          lat: 57.1,
          lon: 14.1,
          label: 'Data centre',
          glyph: { d: symbolPath('hub', 16), fill: '#000000', stroke: '#ffffff' },
        },
      ],
    });
    const marker = screen.getByRole('img', { name: 'Data centre' });
    expect(marker.getAttribute('data-marker')).toBe('dc');
    const site = container.querySelector('[data-site="s1"]')!;
    expect(marker.getAttribute('transform')).not.toBe(site.getAttribute('transform'));
    expect(container.querySelectorAll('.map-site-leader')).toHaveLength(2);
  });

  it('has no sites layer in the accessibility tree when there is nothing on it', () => {
    renderCanvas({});
    expect(screen.queryByRole('group', { name: /sites/i })).toBeNull();
    expect(screen.getByRole('img', { name: 'Test map' })).toBeInTheDocument();
  });
});
