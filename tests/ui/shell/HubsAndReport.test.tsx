// @vitest-environment happy-dom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/schema/scenario';
import { neededResultIds, readyDataset } from '../../../src/state/selectors';
import { App } from '../../../src/ui/App';
import { smallStore } from '../../state/storeFixtures';

describe('suggest sites in the Scenarios view', () => {
  it('suggests hubs from the active scenario; keeping one adds a valid scenario, makes it active, and undo removes it', async () => {
    const store = smallStore({ engine: true });
    const before = store.getState().scenarios.map((s) => s.id);
    render(<App store={store} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Scenarier' }));
    const section = await screen.findByRole('region', { name: 'Föreslå platser' });
    const disclosure = within(section).getByRole('button', { name: 'Föreslå platser' });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    expect(within(section).queryByRole('region', { name: 'Föreslå hubbar' })).toBeNull();
    await userEvent.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    const panel = await within(section).findByRole('region', { name: 'Föreslå hubbar' });
    expect(panel).toHaveTextContent('grundscenariot "Central"');
    await userEvent.selectOptions(within(panel).getByLabelText('Mål'), 'median');
    const hubs = within(panel).getByLabelText('Antal platser (p)');
    await userEvent.clear(hubs);
    await userEvent.type(hubs, '2');
    await userEvent.click(within(panel).getByRole('button', { name: 'Föreslå' }));
    const table = await within(panel).findByRole(
      'table',
      { name: 'Föreslagen placering och alternativ' },
      { timeout: 10_000 },
    );
    const best = within(table).getByRole('row', { name: /^Förslag/ });
    // The suggested sites, with the functions placed at them (their roles), are listed.
    const siteNames = readyDataset(store.getState())!.sites.map((s) => s.name);
    expect(siteNames.some((name) => best.textContent!.includes(name))).toBe(true);

    await userEvent.click(within(best).getByRole('button', { name: /^Behåll som nytt scenario: Förslag/ }));
    const state = store.getState();
    expect(state.scenarios).toHaveLength(before.length + 1);
    const added = state.scenarios.at(-1)!;
    expect(before).not.toContain(added.id);
    expect(scenarioSchema.safeParse(added).success).toBe(true);
    expect(added.kind).toBe('target');
    expect(state.activeScenarioId).toBe(added.id);
    expect(screen.getByLabelText('Aktivt scenario')).toHaveValue(added.id);
    expect(within(panel).getByRole('status')).toHaveTextContent(`Sparat som "${added.name}"`);
    // The panel stays with the scenario it started from: the alternatives can still be kept.
    expect(within(panel).getByRole('table', { name: 'Föreslagen placering och alternativ' })).toBeInTheDocument();

    act(() => store.temporal.getState().undo());
    expect(store.getState().scenarios.map((s) => s.id)).toEqual(before);
    expect(screen.getByLabelText('Aktivt scenario')).not.toHaveValue(added.id);
  });

  it('addScenario refuses a scenario that fails the schema and gives a taken id a fresh one', () => {
    const store = smallStore();
    const central = store.getState().scenarios.find((s) => s.id === 'central')!;
    const count = store.getState().scenarios.length;
    expect(store.getState().addScenario({ ...central, functionSites: 42 } as never)).toBeNull();
    expect(store.getState().scenarios).toHaveLength(count);
    const id = store.getState().addScenario(central);
    expect(id).not.toBe('central');
    expect(store.getState().scenarios).toHaveLength(count + 1);
    expect(store.getState().activeScenarioId).toBe(id);
    expect(store.getState().scenarios.find((s) => s.id === id)!.name).not.toBe(central.name);
  });
});

describe('health checks and the report', () => {
  it('shows the health checks of the active scenario in the Scenarios view, with its span of control', async () => {
    const store = smallStore({ engine: true });
    render(<App store={store} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Scenarier' }));
    const health = await screen.findByRole('region', { name: 'Hälsokontroller' }, { timeout: 10_000 });
    expect(within(health).getByRole('table', { name: /kontrollspann/i })).toBeInTheDocument();
  });

  it('HR gets the report panel once every scenario is evaluated; a manager gets a note', async () => {
    const store = smallStore({ engine: true });
    render(<App store={store} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Rapport' }));
    const panel = await screen.findByRole(
      'region',
      { name: 'Anonymiserad rapport för fackliga företrädare' },
      { timeout: 10_000 },
    );
    const choices = within(within(panel).getByRole('group', { name: 'Scenarier i rapporten' })).getAllByRole(
      'checkbox',
    );
    expect(choices).toHaveLength(store.getState().scenarios.length);
    for (const s of store.getState().scenarios) expect(store.getState().results[s.id]?.status).toBe('done');

    await userEvent.selectOptions(screen.getByLabelText('Roll'), 'manager');
    expect(screen.queryByRole('region', { name: 'Anonymiserad rapport för fackliga företrädare' })).toBeNull();
    expect(screen.getByText(/HR tar fram den anonymiserade rapporten/)).toBeInTheDocument();
  });

  it('the report view needs every scenario evaluated for HR, only the active one and the baseline for a manager', () => {
    const store = smallStore();
    store.getState().createScenarioFromPreset('central', 'Tredje');
    store.getState().setView('report');
    expect(neededResultIds(store.getState()).sort()).toEqual(
      store
        .getState()
        .scenarios.map((s) => s.id)
        .sort(),
    );
    store.getState().setRole('manager');
    expect(neededResultIds(store.getState())).toHaveLength(2);
  });
});
