// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/App';
import { smallStore } from '../../state/storeFixtures';

describe('the Map tab in the workspace', () => {
  it('opens the map of the active scenario, and a role change re-evaluates its coverage', async () => {
    const store = smallStore({ engine: true });
    render(<App store={store} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Karta' }));
    expect(store.getState().view).toBe('map');
    expect(await screen.findByRole('heading', { level: 2, name: 'Karta: Central' })).toBeInTheDocument();
    const sites = screen.getByRole('group', { name: 'Arbetsplatser (knappar: ändra roll)' });
    expect(await screen.findByText(/Anställda som nås på plats inom 30 min: [\d,]+ %/)).toBeInTheDocument();
    await userEvent.click(within(sites).getByRole('button', { name: /^West town hall/ }));
    await userEvent.click(screen.getByRole('radio', { name: /^Oanvänd/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Verkställ' }));
    expect(within(sites).getByRole('button', { name: 'West town hall: används inte' })).toBeInTheDocument();
    expect(await screen.findByText(/Tätorter som inte nås: .*West Town/)).toBeInTheDocument();
  });
});
