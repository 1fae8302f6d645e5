// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { App } from '../../src/ui/App';
import { smallDataset } from '../fixtures/smallDataset';
import { assembledSmallDataset } from '../state/storeFixtures';

function storeWith(raw = smallDataset()) {
  const store = createAppStore();
  store.getState().loadDataset(assembledSmallDataset(raw));
  return store;
}

describe('first screen', () => {
  it('shows the head counts, the municipalities with computed totals, people and positions under Data, in Swedish', async () => {
    render(<App store={storeWith()} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Data' }));
    expect(await screen.findByRole('heading', { level: 2, name: '4 personer → 3 befattningar' })).toBeInTheDocument();
    const municipalities = screen.getByRole('table', { name: 'Kommuner' });
    const east = within(municipalities).getByRole('row', { name: /^East/ });
    expect(within(east).getByText('Medlem')).toBeInTheDocument();
    expect(within(east).getByText('1 000')).toBeInTheDocument(); // Swedish digit grouping
    const north = within(municipalities).getByRole('row', { name: /^North/ });
    expect(within(north).getByText('Ej medlem')).toBeInTheDocument();
    // Totals over members are computed: 1 000 + 500 employees.
    expect(screen.getByRole('row', { name: /Summa \(medlemmar\)/ })).toHaveTextContent('1 500');
    expect(within(screen.getByTestId('people-table')).getAllByRole('row')).toHaveLength(1 + 4);
    expect(within(screen.getByTestId('positions-operations')).getByText('Lokalt: West')).toBeInTheDocument();
  });

  it('switches to English with the language control', async () => {
    const store = storeWith();
    store.getState().setView('data');
    render(<App store={store} />);
    expect(await screen.findByRole('heading', { level: 2, name: '4 personer → 3 befattningar' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Språk'), 'en');
    expect(await screen.findByRole('heading', { level: 2, name: '4 people → 3 positions' })).toBeInTheDocument();
    expect(screen.getByLabelText('Language')).toHaveValue('en');
    expect(screen.getByRole('tab', { name: 'Overview' })).toBeInTheDocument();
    expect(store.getState().language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('lists every problem of an invalid dataset instead of the tables', () => {
    const raw = smallDataset();
    raw.people[0]!.siteId = 'nowhere';
    render(<App store={storeWith(raw)} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Datamängden är ogiltig');
    expect(alert).toHaveTextContent('person p001, fält siteId: anger en okänd arbetsplats ”nowhere”');
    expect(screen.queryByTestId('people-table')).toBeNull();
  });
});
