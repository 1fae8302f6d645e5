import { describe, expect, it } from 'vitest';
import { SAVED_STATE_KEY } from '../../src/state/store';
import { activeScenario } from '../../src/state/selectors';
import { smallStore } from './storeFixtures';

const names = (store: ReturnType<typeof smallStore>) => store.getState().scenarios.map((s) => s.name);

describe('scenarios slice', () => {
  it('makes the user list from the presets at first start, without an undo step', () => {
    const store = smallStore();
    expect(store.getState().scenarios.map((s) => s.id)).toEqual(['today', 'central']);
    expect(activeScenario(store.getState())?.id).toBe('central');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('creates from a preset and duplicates under fresh ids and names, and activates the new one', () => {
    const store = smallStore();
    const created = store.getState().createScenarioFromPreset('central');
    expect(created).toBe('central-2');
    expect(names(store)).toEqual(['I dag', 'Central', 'Central (2)']);
    const copy = store.getState().duplicateScenario('today', 'Kopia');
    expect(copy).toBe('today-2');
    expect(store.getState().activeScenarioId).toBe('today-2');
    expect(store.getState().scenarios.find((s) => s.id === 'today-2')).toMatchObject({
      name: 'Kopia',
      kind: 'baseline',
    });
    expect(store.getState().createScenarioFromPreset('no-such-preset')).toBeNull();
  });

  it('renames, describes and deletes, each undoable and redoable', () => {
    const store = smallStore();
    store.getState().renameScenario('central', 'Allt i öst');
    store.getState().describeScenario('central', 'Alla i östra stadshuset');
    store.getState().deleteScenario('today');
    expect(names(store)).toEqual(['Allt i öst']);
    const { undo, redo } = store.temporal.getState();
    undo();
    expect(names(store)).toEqual(['I dag', 'Allt i öst']);
    undo();
    expect(store.getState().scenarios[1]!.description).toBe('');
    undo();
    expect(names(store)).toEqual(['I dag', 'Central']);
    redo();
    redo();
    redo();
    expect(names(store)).toEqual(['Allt i öst']);
  });

  it('moves the active scenario to a neighbour when the active one is deleted', () => {
    const store = smallStore();
    store.getState().deleteScenario('central');
    expect(store.getState().activeScenarioId).toBe('today');
  });

  it('refuses an update that breaks the scenario schema, and records nothing', () => {
    const store = smallStore();
    const before = store.getState().scenarios;
    const applied = store.getState().updateScenario('central', (s) => ({
      ...s,
      parameters: { ...s.parameters, coverage: { ...s.parameters.coverage, responseMinutes: -5 } },
    }));
    expect(applied).toBe(false);
    expect(store.getState().scenarios).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('does not record view, role or language changes in the undo history', () => {
    const store = smallStore();
    store.getState().setView('compare');
    store.getState().setRole('manager');
    store.getState().setLanguage('en');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('persistence', () => {
  it('keeps scenarios, the active one, language, role and view across a reload, but no results', async () => {
    const storage = new Map<string, string>();
    const backing = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    };
    const first = smallStore({ storage: backing, engine: true });
    first.getState().createScenarioFromPreset('central', 'Mitt');
    first.getState().setLanguage('en');
    first.getState().setRole('manager');
    first.getState().setView('scenarios');
    await expect.poll(() => Object.values(first.getState().results).some((r) => r.status === 'done')).toBe(true);
    first.setState({}); // any later write must still hold inputs only
    const saved = JSON.parse(storage.get(SAVED_STATE_KEY)!) as { version: number; state: Record<string, unknown> };
    expect(saved.version).toBe(4);
    expect(Object.keys(saved.state).sort()).toEqual([
      'activeScenarioId',
      'language',
      'role',
      'scenarios',
      'scenariosSeeded',
      'view',
    ]);

    const second = smallStore({ storage: backing });
    expect(second.getState().scenarios.map((s) => s.name)).toEqual(['I dag', 'Central', 'Mitt']);
    expect(second.getState().activeScenarioId).toBe('central-2');
    expect(second.getState()).toMatchObject({
      language: 'en',
      role: 'manager',
      view: 'scenarios',
      savedStateNotice: null,
    });
    expect(second.getState().results).toEqual({});
    expect(second.temporal.getState().pastStates).toHaveLength(0);
  });

  it('does not remake the list from the presets once the user emptied it', () => {
    const storage = new Map<string, string>();
    const backing = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    };
    const first = smallStore({ storage: backing });
    first.getState().deleteScenario('today');
    first.getState().deleteScenario('central');
    expect(smallStore({ storage: backing }).getState().scenarios).toEqual([]);
  });
});
