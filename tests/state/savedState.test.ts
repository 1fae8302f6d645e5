import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/state/savedStateStorage';
import { SAVED_STATE_VERSION } from '../../src/schema/savedState';
import { SAVED_STATE_KEY } from '../../src/state/store';
import { smallStore } from './storeFixtures';
import { checkSavedState } from '../../src/schema/savedState';

const oldScenario = { id: 'mine', name: 'Mitt gamla', kind: 'target', functionSites: { 'head-office': 'west-hall' } };

describe('saved state on load', () => {
  it("migrates a version 1 state: scenarios re-read with today's defaults, role and view added", () => {
    const storage = createMemoryStorage({
      [SAVED_STATE_KEY]: JSON.stringify({
        version: 1,
        state: { language: 'en', scenarios: [oldScenario], activeScenarioId: 'mine' },
      }),
    });
    const store = smallStore({ storage });
    const state = store.getState();
    expect(state.scenarios.map((s) => s.id)).toEqual(['mine']); // the user's list, not remade from presets
    expect(state.scenarios[0]!.parameters.coverage.responseMinutes).toBe(30);
    expect(state).toMatchObject({
      language: 'en',
      role: 'hr',
      view: 'overview',
      activeScenarioId: 'mine',
      savedStateNotice: null,
    });
    // Written back in the current version.
    const saved = JSON.parse(storage.items.get(SAVED_STATE_KEY)!) as { version: number; state: { role: string } };
    expect(saved.version).toBe(SAVED_STATE_VERSION);
    expect(saved.state.role).toBe('hr');
  });

  it('migrates a version 2 state: scenarios saved with the old default get the order of selection respected', () => {
    const stored = { ...oldScenario, parameters: { selectionOrder: { respectOrder: false, sufficientFit: 0.7 } } };
    const storage = createMemoryStorage({
      [SAVED_STATE_KEY]: JSON.stringify({
        version: 2,
        state: {
          language: 'sv',
          role: 'hr',
          view: 'roles',
          scenarios: [stored],
          activeScenarioId: 'mine',
          scenariosSeeded: true,
        },
      }),
    });
    const state = smallStore({ storage }).getState();
    expect(state.scenarios[0]!.parameters.selectionOrder).toMatchObject({
      respectOrder: true,
      sufficientFit: 0.7,
      basis: 'after-transfer',
    });
    expect(state).toMatchObject({ view: 'roles', savedStateNotice: null });
    expect(JSON.parse(storage.items.get(SAVED_STATE_KEY)!)).toMatchObject({ version: SAVED_STATE_VERSION });
  });

  it('migrates a version 2 state: the report’s k leaves the scenarios (it belongs to the dataset now) and a k other than 5 is handed back', () => {
    const withK = { ...oldScenario, parameters: { anonymisation: { k: 7 } } };
    const state = {
      language: 'sv',
      role: 'hr',
      view: 'report',
      scenarios: [withK],
      activeScenarioId: 'mine',
      scenariosSeeded: true,
    };
    const check = checkSavedState(state, 2);
    expect(check).toMatchObject({ ok: true, migratedFrom: 2, movedReportK: 7 });
    if (check.ok) expect(check.state.scenarios[0]!.parameters).not.toHaveProperty('anonymisation');
    const storage = createMemoryStorage({ [SAVED_STATE_KEY]: JSON.stringify({ version: 2, state }) });
    const store = smallStore({ storage });
    expect(store.getState().scenarios.map((s) => s.id)).toEqual(['mine']);
    expect(JSON.parse(storage.items.get(SAVED_STATE_KEY)!)).toMatchObject({ version: SAVED_STATE_VERSION });
    expect(checkSavedState({ ...state, scenarios: [oldScenario] }, 2)).toMatchObject({ movedReportK: null });
  });

  it('sets text that is not JSON aside under another key and says so', () => {
    const storage = createMemoryStorage({ [SAVED_STATE_KEY]: '{"version": 2, "state": {' });
    const store = smallStore({ storage });
    const notice = store.getState().savedStateNotice;
    expect(notice).toMatchObject({ code: 'corrupt-json', setAsideKey: `${SAVED_STATE_KEY}:set-aside` });
    expect(storage.items.get(`${SAVED_STATE_KEY}:set-aside`)).toBe('{"version": 2, "state": {');
    // The app starts from the presets and saves afresh.
    expect(store.getState().scenarios.map((s) => s.id)).toEqual(['today', 'central']);
    expect(JSON.parse(storage.items.get(SAVED_STATE_KEY)!)).toMatchObject({ version: SAVED_STATE_VERSION });
  });

  it('sets a state that fails the schema aside, keeping an earlier set-aside copy', () => {
    const bad = JSON.stringify({
      version: 3,
      state: {
        language: 'fi',
        role: 'hr',
        view: 'overview',
        scenarios: [],
        activeScenarioId: null,
        scenariosSeeded: true,
      },
    });
    const storage = createMemoryStorage({ [SAVED_STATE_KEY]: bad, [`${SAVED_STATE_KEY}:set-aside`]: 'older' });
    const store = smallStore({ storage });
    expect(store.getState().savedStateNotice).toMatchObject({
      code: 'invalid-state',
      setAsideKey: `${SAVED_STATE_KEY}:set-aside-2`,
    });
    expect(store.getState().savedStateNotice!.detail).toContain('language');
    expect(storage.items.get(`${SAVED_STATE_KEY}:set-aside`)).toBe('older');
    expect(storage.items.get(`${SAVED_STATE_KEY}:set-aside-2`)).toBe(bad);
  });

  it('migrates a version 2 state whose scenario set the old baseRate: the same p_base as an annual rate', () => {
    const withBaseRate = { ...oldScenario, parameters: { attrition: { baseRate: 0.19, transitionYears: 2 } } };
    const state = {
      language: 'sv',
      role: 'hr',
      view: 'overview',
      scenarios: [withBaseRate],
      activeScenarioId: 'mine',
      scenariosSeeded: true,
    };
    const storage = createMemoryStorage({ [SAVED_STATE_KEY]: JSON.stringify({ version: 2, state }) });
    const attrition = smallStore({ storage }).getState().scenarios[0]!.parameters.attrition;
    // 1 − (1 − 0.19)^(1/2) = 1 − 0.9 = 0.1 a year, so that 1 − 0.9² = 0.19 over the two years.
    expect(attrition.annualBaseRate).toBeCloseTo(0.1, 12);
    expect(attrition.transitionYears).toBe(2);
    expect('baseRate' in attrition).toBe(false);
    expect(JSON.parse(storage.items.get(SAVED_STATE_KEY)!)).toMatchObject({ version: SAVED_STATE_VERSION });
  });

  it('sets aside a version 2 state whose old baseRate is out of range, naming the new field', () => {
    const bad = { ...oldScenario, parameters: { attrition: { baseRate: 1.5 } } };
    const state = {
      language: 'sv',
      role: 'hr',
      view: 'overview',
      scenarios: [bad],
      activeScenarioId: null,
      scenariosSeeded: true,
    };
    const storage = createMemoryStorage({ [SAVED_STATE_KEY]: JSON.stringify({ version: 2, state }) });
    const notice = smallStore({ storage }).getState().savedStateNotice;
    expect(notice).toMatchObject({ code: 'invalid-state' });
    expect(notice?.detail).toContain('annualBaseRate');
    expect(storage.items.get(`${SAVED_STATE_KEY}:set-aside`)).toContain('baseRate');
  });

  it('sets a state of an unknown (newer) version aside', () => {
    const storage = createMemoryStorage({ [SAVED_STATE_KEY]: JSON.stringify({ version: 99, state: {} }) });
    expect(smallStore({ storage }).getState().savedStateNotice).toMatchObject({
      code: 'unknown-version',
      detail: '99',
    });
  });

  it('sets aside a version 1 state whose scenario is invalid', () => {
    const storage = createMemoryStorage({
      [SAVED_STATE_KEY]: JSON.stringify({
        version: 1,
        state: { language: 'sv', scenarios: [{ ...oldScenario, kind: 'other' }], activeScenarioId: null },
      }),
    });
    const store = smallStore({ storage });
    expect(store.getState().savedStateNotice).toMatchObject({ code: 'invalid-state' });
    expect(store.getState().savedStateNotice!.detail).toMatch(/^scenarios\.0\.kind/);
  });

  it('reports a write the storage refuses', () => {
    const storage = createMemoryStorage();
    const store = smallStore({ storage });
    storage.setItem = () => {
      throw new Error('quota');
    };
    store.getState().renameScenario('central', 'Ny');
    expect(store.getState().savedStateNotice).toMatchObject({ code: 'save-failed', detail: 'quota' });
  });
});

describe('saved scenarios from before retained positions and the data centre', () => {
  it('reads a version 3 scenario without them as keeping nothing and choosing no data centre', () => {
    const storage = createMemoryStorage({
      [SAVED_STATE_KEY]: JSON.stringify({
        version: 3,
        state: {
          language: 'sv',
          role: 'hr',
          view: 'scenarios',
          scenarios: [oldScenario],
          activeScenarioId: 'mine',
          scenariosSeeded: true,
        },
      }),
    });
    const state = smallStore({ storage }).getState();
    expect(state.savedStateNotice).toBeNull();
    expect(state.scenarios[0]).toMatchObject({ id: 'mine', retained: {}, dataCentre: null });
  });
});
