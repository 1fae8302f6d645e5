// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/App';
import { smallStore } from '../../state/storeFixtures';

function openList() {
  const store = smallStore();
  store.getState().setView('scenarios');
  render(<App store={store} />);
  return store;
}

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Dina scenarier' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);

describe('scenario management', () => {
  it('creates a scenario from a preset, makes it active and announces it', async () => {
    const store = openList();
    await screen.findByRole('table', { name: 'Dina scenarier' }, { timeout: 10_000 });
    await userEvent.selectOptions(screen.getByLabelText('Förlaga'), 'today');
    await userEvent.type(screen.getByLabelText('Namn (valfritt)'), 'Nuläge B');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    expect(rowNames()).toEqual(['I dag', 'Central', 'Nuläge B']);
    expect(screen.getByText('”Nuläge B” skapades och är nu aktivt.')).toBeInTheDocument();
    expect(screen.getByLabelText('Aktivt scenario')).toHaveValue('today-2');
    expect(store.getState().scenarios.at(-1)).toMatchObject({ kind: 'baseline', name: 'Nuläge B' });
  });

  it('duplicates, renames (not to an empty name), describes and activates', async () => {
    const store = openList();
    await userEvent.click(await screen.findByRole('button', { name: 'Kopiera ”Central”' }));
    expect(rowNames()).toEqual(['I dag', 'Central', 'Central (kopia)']);

    await userEvent.click(screen.getByRole('button', { name: 'Byt namn på ”Central (kopia)”' }));
    const name = screen.getByLabelText('Nytt namn på ”Central (kopia)”');
    await userEvent.clear(name);
    expect(screen.getByText('Namnet får inte vara tomt')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Spara' })).toBeDisabled();
    await userEvent.type(name, 'Öst och väst{Enter}');
    expect(rowNames()).toEqual(['I dag', 'Central', 'Öst och väst']);

    await userEvent.click(screen.getByRole('button', { name: 'Beskriv ”Öst och väst”' }));
    await userEvent.type(screen.getByLabelText('Beskrivning av ”Öst och väst”'), 'Två nav');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('row', { name: /Öst och väst/ })).toHaveTextContent('Två nav');

    await userEvent.click(screen.getByRole('button', { name: 'Gör ”I dag” aktivt' }));
    expect(store.getState().activeScenarioId).toBe('today');
    expect(screen.getByLabelText('Aktivt scenario')).toHaveValue('today');
  });

  it('deletes a scenario and brings it back with undo (button and Ctrl+Z), and redoes with Ctrl+Y', async () => {
    const store = openList();
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort ”Central”' }));
    expect(rowNames()).toEqual(['I dag']);
    expect(screen.getByText('”Central” togs bort.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    expect(rowNames()).toEqual(['I dag', 'Central']);
    await userEvent.click(screen.getByRole('button', { name: 'Gör om' }));
    expect(rowNames()).toEqual(['I dag']);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(rowNames()).toEqual(['I dag', 'Central']);
    await userEvent.keyboard('{Control>}y{/Control}');
    expect(rowNames()).toEqual(['I dag']);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(rowNames()).toEqual(['I dag']); // nothing left to redo
    expect(store.getState().scenarios).toHaveLength(1);
  });

  it('undoes a new scenario in one step, making the scenario active before it active again', async () => {
    const store = openList();
    store.getState().setActiveScenario('central');
    await screen.findByRole('table', { name: 'Dina scenarier' }, { timeout: 10_000 });
    const steps = store.temporal.getState().pastStates.length;
    await userEvent.selectOptions(screen.getByLabelText('Förlaga'), 'today');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));
    expect(screen.getByLabelText('Aktivt scenario')).toHaveValue('today-2');
    expect(store.temporal.getState().pastStates.length).toBe(steps + 1);
    await userEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    expect(rowNames()).toEqual(['I dag', 'Central']);
    expect(screen.getByLabelText('Aktivt scenario')).toHaveValue('central');
  });

  it('asks before deleting the baseline, and the overview then says what it compares with', async () => {
    const store = openList();
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort ”I dag”' }, { timeout: 10_000 }));
    expect(rowNames()).toEqual(['I dag', 'Central']);
    const confirm = screen.getByRole('group', { name: 'Ta bort ”I dag”?' });
    expect(confirm).toHaveTextContent('Det här är jämförelsepunkten som alla siffror jämförs med.');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Behåll' }));
    expect(rowNames()).toEqual(['I dag', 'Central']);
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort ”I dag”' }));
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Ta bort ”I dag”?' })).getByRole('button', { name: 'Ta bort' }),
    );
    expect(rowNames()).toEqual(['Central']);
    expect(store.getState().scenarios.map((s) => s.id)).toEqual(['central']);
  });
});
