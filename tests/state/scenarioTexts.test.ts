import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/state/savedStateStorage';
import { SAVED_STATE_KEY } from '../../src/state/store';
import { smallDataset } from '../fixtures/smallDataset';
import { assembledSmallDataset } from './storeFixtures';
import { createAppStore } from '../../src/state/store';

/** The small dataset with presets named in both languages. */
function bilingualData() {
  const raw = smallDataset();
  raw.scenarios = [
    {
      ...raw.scenarios![0]!,
      name: 'I dag',
      description: 'Nuläget.',
      localised: { name: { sv: 'I dag', en: 'Today' }, description: { sv: 'Nuläget.', en: 'The present.' } },
    },
    {
      ...raw.scenarios![1]!,
      name: 'Central',
      description: 'Allt på ett ställe.',
      localised: {
        name: { sv: 'Central', en: 'Central EN' },
        description: { sv: 'Allt på ett ställe.', en: 'All in one place.' },
      },
    },
  ];
  return assembledSmallDataset(raw);
}

const storeWith = (storage = createMemoryStorage()) => {
  const store = createAppStore({ storage });
  store.getState().loadDataset(bilingualData());
  return store;
};

describe('preset names and descriptions in both languages', () => {
  it('follow the language, without an undo step', () => {
    const store = storeWith();
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['I dag', 'Central']);
    store.getState().setLanguage('en');
    expect(store.getState().scenarios.map((s) => [s.name, s.description])).toEqual([
      ['Today', 'The present.'],
      ['Central EN', 'All in one place.'],
    ]);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().setLanguage('sv');
    expect(store.getState().scenarios[0]!.name).toBe('I dag');
  });

  it('are seeded in the language of the saved state', () => {
    const storage = createMemoryStorage({
      [SAVED_STATE_KEY]: JSON.stringify({
        version: 2,
        state: {
          language: 'en',
          role: 'hr',
          view: 'overview',
          scenarios: [],
          activeScenarioId: null,
          scenariosSeeded: false,
        },
      }),
    });
    const store = storeWith(storage);
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['Today', 'Central EN']);
  });

  it("a renamed or re-described scenario keeps the user's words in both languages", () => {
    const store = storeWith();
    store.getState().renameScenario('central', 'Mitt förslag');
    store.getState().setLanguage('en');
    const central = store.getState().scenarios.find((s) => s.id === 'central')!;
    expect(central.name).toBe('Mitt förslag');
    expect(central.description).toBe('All in one place.');
    store.getState().describeScenario('central', 'Mine.');
    store.getState().setLanguage('sv');
    expect(store.getState().scenarios.find((s) => s.id === 'central')).toMatchObject({
      name: 'Mitt förslag',
      description: 'Mine.',
    });
  });

  it('a scenario made from a preset in English is named in English, and follows the language until renamed', () => {
    const store = storeWith();
    store.getState().setLanguage('en');
    const id = store.getState().createScenarioFromPreset('central')!;
    expect(store.getState().scenarios.find((s) => s.id === id)!.name).toBe('Central EN (2)');
    const own = store.getState().createScenarioFromPreset('today', 'My try')!;
    store.getState().setLanguage('sv');
    expect(store.getState().scenarios.find((s) => s.id === own)).toMatchObject({
      name: 'My try',
      description: 'Nuläget.',
    });
  });

  it("saved scenarios from before (Swedish texts, no localised record) get the preset's texts", () => {
    const saved = {
      id: 'central',
      name: 'Central',
      description: 'Allt på ett ställe.',
      kind: 'target',
      functionSites: { 'head-office': 'east-hall' },
    };
    const mine = { id: 'mine', name: 'Central', kind: 'target' };
    const storage = createMemoryStorage({
      [SAVED_STATE_KEY]: JSON.stringify({
        version: 2,
        state: {
          language: 'en',
          role: 'hr',
          view: 'overview',
          scenarios: [saved, mine],
          activeScenarioId: 'central',
          scenariosSeeded: true,
        },
      }),
    });
    const store = storeWith(storage);
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['Central EN', 'Central']);
  });
});
