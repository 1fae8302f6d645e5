// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/createTranslator';
import type { Scenario } from '../../../src/schema/scenario';
import type { AppStore } from '../../../src/state/store';
import { MapView } from '../../../src/ui/map/MapView';
import { StoreProvider } from '../../../src/ui/StoreContext';
import { createInProcessEngine } from '../../../src/worker/inProcessEngine';
import { smallRoadModel } from '../../fixtures/smallTravel';
import { smallData } from '../overview/viewFixtures';
import { smallStore } from '../../state/storeFixtures';
import { defaultDataset } from '../../helpers/defaultData';

const data = smallData();

function central(store: AppStore): Scenario {
  return store.getState().scenarios.find((s) => s.id === 'central')!;
}

function renderMap(
  store: AppStore,
  role: 'hr' | 'manager',
  scenario = central(store),
  engine: Parameters<typeof MapView>[0]['engine'] = null,
  language: 'sv' | 'en' = 'sv',
  dataset = data.dataset,
) {
  const evaluation = data.evaluate(scenario);
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <StoreProvider store={store}>
        <MapView
          dataset={dataset}
          scenario={scenario}
          evaluation={evaluation}
          stale={false}
          role={role}
          language={language}
          engine={engine}
        />
      </StoreProvider>
    </I18nextProvider>,
  );
}

const sitesGroup = () => screen.getByRole('group', { name: 'Arbetsplatser (knappar: ändra roll)' });

describe('MapView', () => {
  it('draws a focusable site per dataset site, named with its role in the scenario, and lists them in a table', () => {
    const store = smallStore();
    renderMap(store, 'manager');
    const buttons = within(sitesGroup()).getAllByRole('button');
    expect(buttons).toHaveLength(data.dataset.sites.length);
    expect(
      within(sitesGroup()).getByRole('button', {
        name: 'East town hall: huvudkontor; plats för Infrastruktur; servicepunkt för East',
      }),
    ).toHaveAttribute('tabindex', '0');
    expect(
      within(sitesGroup()).getByRole('button', { name: 'West town hall: servicepunkt för West' }),
    ).toBeInTheDocument();
    expect(
      within(sitesGroup()).getByRole('button', { name: 'East server room: serverrum (används inte i scenariot)' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Arbetsplatser och deras roller i scenariot' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + data.dataset.sites.length);
    expect(screen.getByRole('img', { name: /Karta över regionen: 3 arbetsplatser, 3 tätorter/ })).toBeInTheDocument();
    expect(screen.getByText(/Kommunytor: SCHEMATISKA/)).toBeInTheDocument();
  });

  it('shows managers no home point and no person list; homes only as areas of at least k', () => {
    const store = smallStore();
    // k is the dataset's.
    const { container } = renderMap(store, 'manager', central(store), null, 'sv', {
      ...data.dataset,
      anonymisation: { k: 3 },
    });
    expect(screen.queryByRole('combobox', { name: /Visa en persons resväg/ })).toBeNull();
    expect(screen.queryByTestId('person-home')).toBeNull();
    expect(screen.getByText('Bostäder visas bara som områden med minst 3 personer.')).toBeInTheDocument();
    const counts = [...container.querySelectorAll('.map-home-count')].map((el) => Number(el.textContent));
    for (const count of counts) expect(count).toBeGreaterThanOrEqual(3);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(data.dataset.people.length);
  });

  it('lets HR pick a person to see their home and commute lines', async () => {
    const store = smallStore();
    renderMap(store, 'hr');
    expect(screen.queryByTestId('person-home')).toBeNull();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Visa en persons resväg/ }), 'p003');
    expect(screen.getByTestId('person-home')).toBeInTheDocument();
    expect(screen.getByText(/i dag West town hall/)).toBeInTheDocument();
  });

  it('makes a clicked site a service point in the store, undoably and logged', async () => {
    const store = smallStore();
    renderMap(store, 'hr');
    await userEvent.click(within(sitesGroup()).getByRole('button', { name: /^East server room/ }));
    const menu = screen.getByRole('dialog', { name: 'Roll för East server room' });
    await userEvent.click(within(menu).getByRole('radio', { name: 'Servicepunkt för' }));
    expect(within(menu).getByRole('combobox', { name: 'Kommun som betjänas' })).toHaveValue('east');
    await userEvent.type(within(menu).getByRole('textbox', { name: /Motivering/ }), 'Närmare Östby');
    await userEvent.click(within(menu).getByRole('button', { name: 'Verkställ' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const changed = central(store);
    expect(changed.servicePoints).toContainEqual({ siteId: 'east-servers', municipalityId: 'east' });
    expect(changed.log.at(-1)).toMatchObject({
      action: 'site-role',
      siteId: 'east-servers',
      detail: 'service-point:east',
      reason: 'Närmare Östby',
      role: 'hr',
    });
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('East server room är nu: servicepunkt för East');
    act(() => store.temporal.getState().undo());
    expect(central(store).servicePoints).not.toContainEqual({ siteId: 'east-servers', municipalityId: 'east' });
    expect(central(store).log).toHaveLength(0);
  });

  it('opens the role menu from the keyboard with Enter, and Escape closes it', async () => {
    const store = smallStore();
    renderMap(store, 'manager');
    const site = within(sitesGroup()).getByRole('button', { name: /^West town hall/ });
    site.focus();
    await userEvent.keyboard('{Enter}');
    const menu = screen.getByRole('dialog', { name: 'Roll för West town hall' });
    expect(within(menu).getByRole('radio', { name: 'Huvudkontor' })).toHaveFocus();
    await userEvent.click(within(menu).getByRole('radio', { name: /^Oanvänd/ }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(central(store).servicePoints).toContainEqual({ siteId: 'west-hall', municipalityId: 'west' });
  });

  it('draws the coverage area from the engine and reports the coverage figure', async () => {
    const store = smallStore();
    const { container } = renderMap(store, 'manager', central(store), createInProcessEngine(smallRoadModel));
    expect(screen.getByTestId('map-coverage')).toHaveTextContent(/Anställda som nås på plats inom 30 min: [\d,]+ %/);
    expect(
      await screen.findByText('Nås inom 30 min från en bemannad servicepunkt (reseberäkning)'),
    ).toBeInTheDocument();
    const path = container.querySelector('svg[role="img"] path.map-coverage');
    expect(path?.getAttribute('d')).toMatch(/^M/);
  });

  it('imports official boundaries, or lists the bad feature and field and keeps the schematic', async () => {
    const store = smallStore();
    renderMap(store, 'manager');
    const input = screen.getByLabelText('GeoJSON-fil');
    const square = [
      [
        [14, 57.1],
        [14, 57.3],
        [14.2, 57.3],
        [14.2, 57.1],
        [14, 57.1],
      ],
    ];
    const bad = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'East' }, geometry: { type: 'Polygon', coordinates: square } },
        { type: 'Feature', properties: { name: 'Nowhere' }, geometry: { type: 'Polygon', coordinates: square } },
      ],
    });
    fireEvent.change(input, { target: { files: [new File([bad], 'bad.geojson', { type: 'application/json' })] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Objekt 2, fält properties.name: ingen kommun ”Nowhere” i datamängden',
    );
    expect(screen.getByText(/Kommunytor: SCHEMATISKA/)).toBeInTheDocument();
    const good = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { municipalityId: 'east' }, geometry: { type: 'Polygon', coordinates: square } },
      ],
    });
    fireEvent.change(input, { target: { files: [new File([good], 'good.geojson', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByText(/Gränser inlästa för 1 kommuner/)).toBeInTheDocument());
    expect(screen.getByText('Kommungräns: importerad fil')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('zooms with the buttons (the scale bar shortens) and resets', async () => {
    const store = smallStore();
    const { container } = renderMap(store, 'manager');
    const bar = () => container.querySelector('.map-scale-bar text')!.textContent;
    const site = () =>
      within(sitesGroup())
        .getByRole('button', { name: /^West town hall/ })
        .getAttribute('transform');
    const before = { bar: bar(), site: site() };
    await userEvent.click(screen.getByRole('button', { name: 'Zooma in' }));
    await userEvent.click(screen.getByRole('button', { name: 'Zooma in' }));
    await userEvent.click(screen.getByRole('button', { name: 'Zooma in' }));
    expect(site()).not.toBe(before.site);
    expect(parseFloat(bar()!)).toBeLessThan(parseFloat(before.bar!));
    await userEvent.click(screen.getByRole('button', { name: 'Återställ vyn' }));
    expect(site()).toBe(before.site);
    expect(bar()).toBe(before.bar);
  });

  it('speaks English when asked', () => {
    const store = smallStore();
    renderMap(store, 'manager', central(store), null, 'en');
    expect(screen.getByRole('group', { name: 'Sites (buttons: change role)' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'East town hall: head office; site of Infrastructure; service point for East',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Municipality areas: SCHEMATIC/)).toBeInTheDocument();
    expect(screen.getByTestId('map-coverage')).toHaveTextContent(/Employees reached on site within 30 min: [\d.]+ %/);
  });

  it('switches each layer off and on, lists only the layers that are on, and fills one area layer at a time', async () => {
    const store = smallStore();
    const { container } = renderMap(store, 'manager', central(store), createInProcessEngine(smallRoadModel));
    await screen.findByText('Nås inom 30 min från en bemannad servicepunkt (reseberäkning)');
    const toggles = screen.getByRole('group', { name: 'Kartlager' });
    const legend = screen.getByRole('region', { name: 'Teckenförklaring' });
    expect(within(toggles).getAllByRole('checkbox')).toHaveLength(5);
    // The small dataset has no boundaries: the switch says so, and the areas are the schematic cells.
    await userEvent.click(within(toggles).getByRole('checkbox', { name: 'Kommunytor (schematiska)' }));
    expect(container.querySelector('.map-schematic-area')).toBeNull();
    expect(within(legend).queryByText(/SCHEMATISKA/)).toBeNull();
    await userEvent.click(within(toggles).getByRole('checkbox', { name: 'Kommunytor (schematiska)' }));
    expect(container.querySelector('.map-schematic-area')).not.toBeNull();

    expect(container.querySelector('path.map-coverage:not(.map-coverage-outline)')).not.toBeNull();
    await userEvent.click(within(toggles).getByRole('checkbox', { name: 'Lokal service per tätort' }));
    expect(container.querySelectorAll('.map-choropleth-fill .map-choropleth-cell').length).toBeGreaterThan(0);
    expect(container.querySelector('path.map-coverage.map-coverage-outline')).not.toBeNull();
    expect(within(toggles).getByText(/ett lager i taget är fyllt: Lokal service per tätort/)).toBeInTheDocument();
    expect(within(legend).getByText(/Lokal service som behålls per tätort \(andel av dagens\)/)).toBeInTheDocument();

    await userEvent.click(within(toggles).getByRole('checkbox', { name: 'Nås inom 30 min' }));
    expect(container.querySelector('path.map-coverage')).toBeNull();
    expect(within(legend).queryByText('Nås inom 30 min från en bemannad servicepunkt (reseberäkning)')).toBeNull();
    await userEvent.click(within(toggles).getByRole('checkbox', { name: /^Personalens bostadsområden/ }));
    expect(container.querySelector('.map-home-count')).toBeNull();
  });

  it('draws the default dataset on its real boundaries, with roads, road numbers and the town names', async () => {
    const dataset = await defaultDataset();
    const store = smallStore();
    const scenario = dataset.scenarios.find((s) => s.id === 'centralised')!;
    const { container } = render(
      <I18nextProvider i18n={createI18n('sv')}>
        <StoreProvider store={store}>
          <MapView
            dataset={dataset}
            scenario={scenario}
            evaluation={null}
            stale={false}
            role="manager"
            language="sv"
            engine={null}
          />
        </StoreProvider>
      </I18nextProvider>,
    );
    expect(container.querySelectorAll('path.map-boundary')).toHaveLength(dataset.municipalities.length);
    expect(container.querySelector('.map-schematic-area')).toBeNull();
    expect(screen.getByText(/Kommungräns \(Valmyndigheten via okfse\/sweden-geojson/)).toBeInTheDocument();
    const towns = [...container.querySelectorAll('svg.map-picture text.map-town-label')].map((t) => t.textContent);
    expect(towns).toEqual(expect.arrayContaining(['Gislaved', 'Gnosjö', 'Värnamo', 'Vaggeryd', 'Skillingaryd']));
    expect(
      [...container.querySelectorAll('[data-road-number]')].map((g) => g.getAttribute('data-road-number')),
    ).toContain('E4');
    // Every site is its own button; the head office's is drawn last, above its neighbours.
    const buttons = within(sitesGroup()).getAllByRole('button');
    expect(buttons).toHaveLength(dataset.sites.length);
    expect(buttons.at(-1)).toHaveAccessibleName(/^Värnamo stadshus: huvudkontor/);
    await userEvent.click(buttons.at(-1)!);
    expect(screen.getByRole('dialog', { name: 'Roll för Värnamo stadshus' })).toBeInTheDocument();
  });
});
