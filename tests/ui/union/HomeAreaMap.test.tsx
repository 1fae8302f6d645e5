// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '../../../src/i18n/createTranslator';
import { HomeAreaMap, type AreaValue } from '../../../src/union/HomeAreaMap';
import { publicAreas } from '../../../src/union/publicGeography';

const TOWNS = ['Gislaved', 'Gnosjö', 'Värnamo', 'Vaggeryd', 'Skillingaryd'];

/** Counts per public area; Hylte's hidden (fewer than k). */
const values: AreaValue[] = publicAreas.features.map((f, i) => ({
  areaId: f.properties.id,
  name: f.properties.name,
  count: f.properties.id === '1315' ? null : 5 + 3 * i,
}));

function renderMap(language: Language) {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <HomeAreaMap
        features={publicAreas.features}
        values={values}
        caption="Hemkommuner"
        describe={(v) => `${v.name}: ${v.count ?? 'dolt'}`}
        k={5}
      />
    </I18nextProvider>,
  );
}

describe('the union page’s map (the one map component on public geography)', () => {
  it.each(['sv', 'en'] as const)('draws boundaries, roads with E4 and the five town names (%s)', (language) => {
    renderMap(language);
    const map = screen.getByRole('img', { name: 'Hemkommuner' });
    expect(map.querySelectorAll('path.map-boundary')).toHaveLength(publicAreas.features.length);
    expect(map.querySelectorAll('line.map-road').length).toBeGreaterThan(20);
    expect(map.querySelector('[data-road-number="E4"]')).not.toBeNull();
    for (const town of TOWNS) expect(within(map as HTMLElement).getByText(town)).toHaveClass('map-town-label');
  });

  it('fills each area by its count, hatches a hidden one and prints the count in a badge', () => {
    renderMap('sv');
    const map = screen.getByRole('img', { name: 'Hemkommuner' });
    const fillOf = (id: string) => map.querySelector(`.map-land path[data-municipality="${id}"]`)!.getAttribute('fill');
    expect(fillOf('1315')).toMatch(/^url\(#/);
    expect(fillOf('0683')).toMatch(/^rgb|^#/);
    // More people, a darker fill (the blue channel falls from #eef5fb towards #5b9bd0).
    const most = values.reduce((a, b) => ((b.count ?? 0) > (a.count ?? 0) ? b : a));
    const fewest = values.filter((v) => v.count !== null).reduce((a, b) => (b.count! < a.count! ? b : a));
    expect(fillOf(most.areaId)).not.toBe(fillOf(fewest.areaId));
    const badges = [...map.querySelectorAll('[data-badge]')];
    expect(badges.map((b) => b.getAttribute('data-badge')).sort()).toEqual(values.map((v) => v.areaId).sort());
    expect(map.querySelector('[data-badge="1315"] text')!.textContent).toBe('–');
    expect(map.querySelector(`[data-badge="${most.areaId}"] text`)!.textContent).toBe(String(most.count));
    // Its text alternative lists every area; the legend names the hatching's k.
    expect(map.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Streckad: färre än 5 personer/)).toBeInTheDocument();
    expect(screen.getByText(/Tätort, cirkeln efter folkmängd/)).toBeInTheDocument();
  });

  it('holds no sites and no personal layer', () => {
    renderMap('en');
    expect(screen.queryAllByRole('button', { name: /:/ })).toHaveLength(0);
    const map = screen.getByRole('img', { name: 'Hemkommuner' });
    expect(map.querySelectorAll('.map-home-area, .map-person, .map-coverage, .map-choropleth-cell')).toHaveLength(0);
    expect(document.querySelectorAll('[data-site]')).toHaveLength(0);
  });
});
