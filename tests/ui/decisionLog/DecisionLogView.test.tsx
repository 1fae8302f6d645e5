// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../../../src/i18n/createTranslator';
import { readyDataset } from '../../../src/state/selectors';
import { DecisionLogView } from '../../../src/ui/decisionLog/DecisionLogView';
import { applyRoleDecision, type RoleDecision } from '../../../src/engine/roleMapping/roleDecisions';
import { StoreProvider } from '../../../src/ui/StoreContext';
import { smallStore } from '../../state/storeFixtures';

function setup(language: Language = 'sv', options: { engine?: true } = {}) {
  const store = smallStore(options);
  store.getState().setLanguage(language);
  const decide = (decision: RoleDecision, at: string, reason: string) =>
    store.getState().updateScenario('central', (s) => {
      const outcome = applyRoleDecision(s, decision, { at, role: 'hr', reason });
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.scenario;
    });
  store.getState().setActiveScenario('central');
  render(
    <StoreProvider store={store}>
      <I18nextProvider i18n={createI18n(language)}>
        <DecisionLogView dataset={readyDataset(store.getState())!} />
      </I18nextProvider>
    </StoreProvider>,
  );
  return { store, decide };
}

afterEach(() => vi.restoreAllMocks());

describe('DecisionLogView', () => {
  it('says when there are no decisions', () => {
    setup();
    expect(screen.getByText('Inga manuella beslut än.')).toBeInTheDocument();
    expect(
      screen.getByText('Scenariot har inga manuella beslut eller urvalssteg: bemanningen är optimerarens förslag.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Exportera som CSV' })).toBeNull();
  });

  it('lists every decision newest first with role, action, person, position and reason, and exports them as CSV', async () => {
    const { decide } = setup();
    decide({ kind: 'lock', personId: 'p001', positionId: 'pos-01' }, '2026-11-26T09:00:00+01:00', 'Första beslutet');
    decide({ kind: 'vacancy', positionId: 'pos-03' }, '2026-11-26T10:00:00+01:00', 'Andra beslutet');
    const table = await screen.findByRole('table', { name: 'Beslut, nyaste först' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Andra beslutet');
    expect(rows[0]).toHaveTextContent('hålls vakant');
    expect(rows[0]).toHaveTextContent('IT-tekniker väst');
    expect(rows[1]).toHaveTextContent('Första beslutet');
    expect(rows[1]).toHaveTextContent('HR');
    expect(rows[1]).toHaveTextContent('låst');
    expect(rows[1]).toHaveTextContent('p001');
    expect(rows[1]).toHaveTextContent('VD');

    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:log';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    await userEvent.click(screen.getByRole('button', { name: 'Exportera som CSV' }));
    expect(blob).not.toBeNull();
    const text = await blob!.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/tid.*roll.*åtgärd.*motivering/);
    expect(lines[1]).toContain('Andra beslutet');
    expect(lines[2]).toContain('Första beslutet');
    expect(lines[2]).toContain('VD');
  });

  it("shows what the decisions change against the optimiser's proposal, computed in the engine", async () => {
    const { store, decide } = setup('sv', { engine: true });
    store.getState().setView('log');
    await vi.waitFor(() => expect(store.getState().results.central?.status).toBe('done'), { timeout: 10_000 });
    const proposed = store.getState().results.central!.evaluation!.assignment!;
    const holder = proposed.placements.find((p) => p.positionId === 'pos-03')!.personId;

    decide({ kind: 'vacancy', positionId: 'pos-03' }, '2026-11-26T10:00:00+01:00', 'Hålls vakant');
    const section = screen.getByRole('region', { name: 'Vad besluten ändrar' });
    const changes = await within(section).findByRole(
      'table',
      { name: 'Vem som byter befattning eller arbetsplats från ”Optimerarens förslag” till ”Central”' },
      { timeout: 10_000 },
    );
    const row = within(changes).getByRole('row', { name: new RegExp(`^${holder}\\b`) });
    expect(row).toHaveTextContent('IT-tekniker väst');
    // Only the proposal and the decided scenario were evaluated for it, and the proposal has no decisions.
    expect(
      store
        .getState()
        .results['proposal:central']?.evaluation?.assignment?.placements.some((p) => p.positionId === 'pos-03'),
    ).toBe(true);
    expect(
      store.getState().results.central!.evaluation!.assignment!.placements.some((p) => p.positionId === 'pos-03'),
    ).toBe(false);
  });
});
