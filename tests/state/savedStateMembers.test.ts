import { describe, expect, it } from 'vitest';
import { scenarioMembers } from '../../src/engine/scenario/scenarioMembers';
import { checkSavedState, SAVED_STATE_VERSION } from '../../src/schema/savedState';
import { createMemoryStorage } from '../../src/state/savedStateStorage';
import { SAVED_STATE_KEY } from '../../src/state/store';
import { smallStore } from './storeFixtures';

const savedScenario = { id: 'mine', name: 'Mitt', kind: 'target', functionSites: { 'head-office': 'west-hall' } };
const v3State = {
  language: 'sv',
  role: 'hr',
  view: 'scenarios',
  scenarios: [savedScenario],
  activeScenarioId: 'mine',
  scenariosSeeded: true,
};

describe('saved scenarios without members (version 3)', () => {
  it('are read with the default membership and saved again as the current version', () => {
    const check = checkSavedState(v3State, 3);
    expect(check).toMatchObject({ ok: true, migratedFrom: 3 });
    if (!check.ok) return;
    expect(check.state.scenarios[0]).not.toHaveProperty('members');

    const storage = createMemoryStorage({ [SAVED_STATE_KEY]: JSON.stringify({ version: 3, state: v3State }) });
    const store = smallStore({ storage });
    const [scenario] = store.getState().scenarios;
    expect(scenario?.id).toBe('mine');
    const dataset = store.getState().datasetStatus;
    if (dataset.kind !== 'ready') throw new Error('dataset not ready');
    // The default membership: the municipalities the data marks as members.
    expect([...scenarioMembers(dataset.dataset, scenario)].sort()).toEqual(
      dataset.dataset.municipalities
        .filter((m) => m.member)
        .map((m) => m.id)
        .sort(),
    );
    expect(JSON.parse(storage.items.get(SAVED_STATE_KEY)!)).toMatchObject({ version: SAVED_STATE_VERSION });
  });

  it('keeps the members a version 4 scenario names, and refuses a state whose scenario has none', () => {
    const withMembers = { ...v3State, scenarios: [{ ...savedScenario, members: ['east'] }] };
    const check = checkSavedState(withMembers, SAVED_STATE_VERSION);
    expect(check.ok && check.state.scenarios[0]!.members).toEqual(['east']);
    const none = checkSavedState({ ...v3State, scenarios: [{ ...savedScenario, members: [] }] }, SAVED_STATE_VERSION);
    expect(none).toMatchObject({ ok: false, reason: 'invalid-state' });
    if (!none.ok) expect(none.detail).toMatch(/^scenarios\.0\.members/);
  });
});
