// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ScenarioEvaluation } from '../../../src/engine/evaluateScenario';
import { createMemoryStorage } from '../../../src/state/savedStateStorage';
import { SAVED_STATE_KEY } from '../../../src/state/store';
import { App } from '../../../src/ui/App';
import type { EngineClient, EvaluateRequest } from '../../../src/worker/engineClient';
import { createInProcessEngine } from '../../../src/worker/inProcessEngine';
import { smallRoadModel } from '../../fixtures/smallTravel';
import { smallStore } from '../../state/storeFixtures';

/** The real engine, but each run waits until the test releases it. */
function heldEngine() {
  const inner = createInProcessEngine(smallRoadModel);
  const held: { request: EvaluateRequest; release: () => void }[] = [];
  const engine: EngineClient = {
    evaluate: (request) =>
      new Promise<ScenarioEvaluation>((resolve, reject) => {
        held.push({ request, release: () => void inner.evaluate(request).then(resolve, reject) });
      }),
    suggestHubs: (request) => inner.suggestHubs(request),
    dispose: () => {},
  };
  const releaseAll = async () => {
    await act(async () => {
      for (const run of held.splice(0)) run.release();
      await new Promise((r) => setTimeout(r, 20));
    });
  };
  return { engine, releaseAll };
}

describe('app shell', () => {
  it('moves between views with the tabs, by mouse and by arrow keys', async () => {
    const store = smallStore({ engine: true });
    render(<App store={store} />);
    const overview = screen.getByRole('tab', { name: 'Översikt' });
    expect(overview).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'Scenarier' }));
    expect(store.getState().view).toBe('scenarios');
    expect(await screen.findByRole('heading', { name: 'Redigera ”Central”' })).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toHaveAttribute(
      'aria-labelledby',
      screen.getByRole('tab', { name: 'Scenarier' }).id,
    );
    screen.getByRole('tab', { name: 'Scenarier' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Rapport' })).toHaveFocus();
    expect(store.getState().view).toBe('report');
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Data' })).toHaveFocus();
    expect(store.getState().view).toBe('data');
    await userEvent.keyboard('{Home}');
    expect(store.getState().view).toBe('overview');
    await userEvent.keyboard('{ArrowLeft}');
    expect(store.getState().view).toBe('data');
  });

  it('switches the role and the active scenario from the header', async () => {
    const store = smallStore();
    render(<App store={store} />);
    await userEvent.selectOptions(screen.getByLabelText('Roll'), 'manager');
    expect(store.getState().role).toBe('manager');
    await userEvent.selectOptions(screen.getByLabelText('Aktivt scenario'), 'today');
    expect(store.getState().activeScenarioId).toBe('today');
    expect(screen.getByRole('region', { name: 'Nyckeltal för det aktiva scenariot' })).toHaveTextContent('I dag');
  });

  it('never shows an older result as current: figures wait for the new version, marked as recalculating', async () => {
    const { engine, releaseAll } = heldEngine();
    const store = smallStore({ engine });
    render(<App store={store} />);
    expect(screen.getByText(/Beräknar … 0 %/)).toBeInTheDocument();
    expect(screen.queryByTestId('figure-meanCommute')).toBeNull();
    await releaseAll();
    expect(await screen.findByTestId('figure-meanCommute')).toBeInTheDocument();

    act(() => {
      store.getState().updateScenario('central', (s) => ({
        ...s,
        functionSites: { ...s.functionSites, 'head-office': 'west-hall' },
      }));
    });
    expect(screen.queryByTestId('figure-meanCommute')).toBeNull();
    expect(screen.getAllByText(/Räknar om – siffrorna som visas gäller en tidigare version/).length).toBeGreaterThan(0);
    await releaseAll();
    expect(await screen.findByTestId('figure-meanCommute')).toBeInTheDocument();
    expect(screen.queryByText(/Räknar om/)).toBeNull();
  });

  it('evaluates every scenario while the compare view is open', async () => {
    const store = smallStore({ engine: true });
    store.getState().createScenarioFromPreset('central', 'Tredje');
    render(<App store={store} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Jämför' }));
    await expect
      .poll(() => store.getState().scenarios.map((s) => store.getState().results[s.id]?.status))
      .toEqual(['done', 'done', 'done']);
  });

  it('says plainly when saved work was set aside, until dismissed', async () => {
    const storage = createMemoryStorage({ [SAVED_STATE_KEY]: 'not json' });
    const store = smallStore({ storage });
    render(<App store={store} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      `Ditt sparade arbete gick inte att läsa (det är inte giltig JSON). Det har lagts undan under ”${SAVED_STATE_KEY}:set-aside”`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(storage.items.get(`${SAVED_STATE_KEY}:set-aside`)).toBe('not json');
  });
});
