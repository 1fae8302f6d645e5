import { describe, expect, it } from 'vitest';
import { activeScenario } from '../../src/state/selectors';
import { smallStore } from './storeFixtures';

const at = '2026-11-26T10:00:00.000Z';

function setup() {
  const store = smallStore({ isoNow: () => at });
  store.getState().seedScenarios();
  store.getState().setActiveScenario('central');
  return store;
}

const exempt = (personId: string) => ({ kind: 'las-exemption' as const, personId, exempt: true });

describe('decideRole', () => {
  it('applies a decision to the active scenario, logged with the clock, the role and the reason, as one undo step', () => {
    const store = setup();
    store.getState().setRole('hr');
    expect(store.getState().decideRole({ kind: 'vacancy', positionId: 'pos-02' }, ' Ingen budget ')).toBe('ok');
    const scenario = activeScenario(store.getState())!;
    expect(scenario.decisions.vacancies).toEqual(['pos-02']);
    expect(scenario.log.at(-1)).toEqual({
      at,
      role: 'hr',
      action: 'vacancy',
      positionId: 'pos-02',
      reason: 'Ingen budget',
    });
    store.temporal.getState().undo();
    expect(activeScenario(store.getState())!.decisions.vacancies).toEqual([]);
  });

  it('refuses without a reason and changes nothing', () => {
    const store = setup();
    const before = store.getState().scenarios;
    expect(store.getState().decideRole({ kind: 'vacancy', positionId: 'pos-02' }, '  ')).toBe('reason-required');
    expect(store.getState().scenarios).toBe(before);
  });

  it('counts LAS exemptions against the company after the transfer, each municipality before it', () => {
    const after = setup();
    for (const id of ['p001', 'p002', 'p003']) expect(after.getState().decideRole(exempt(id), 'Skäl')).toBe('ok');
    expect(after.getState().decideRole(exempt('p004'), 'Skäl')).toBe('las-limit');

    const before = setup();
    before.getState().updateScenario('central', (s) => ({
      ...s,
      parameters: { ...s.parameters, selectionOrder: { ...s.parameters.selectionOrder, basis: 'before-transfer' } },
    }));
    // East (p001, p002) and west (p003, p004): two each, within the bound of three per employer.
    for (const id of ['p001', 'p002', 'p003', 'p004'])
      expect(before.getState().decideRole(exempt(id), 'Skäl')).toBe('ok');
  });

  it('does not count an exemption of someone whose municipality is not a member (kept, without effect)', () => {
    const store = setup();
    // East (p001, p002) and west (p003, p004).
    for (const id of ['p003', 'p004', 'p001']) expect(store.getState().decideRole(exempt(id), 'Skäl')).toBe('ok');
    store.getState().updateScenario('central', (s) => ({ ...s, members: ['east'] }));
    // West's two exemptions stay in the scenario but take none of the company's three.
    expect(store.getState().decideRole(exempt('p002'), 'Skäl')).toBe('ok');
    expect(activeScenario(store.getState())!.decisions.lasExemptions).toEqual(['p003', 'p004', 'p001', 'p002']);
  });

  it('answers invalid when there is no active scenario', () => {
    const store = smallStore();
    for (const { id } of store.getState().scenarios) store.getState().deleteScenario(id);
    expect(store.getState().decideRole({ kind: 'vacancy', positionId: 'pos-02' }, 'Skäl')).toBe('invalid');
  });
});
