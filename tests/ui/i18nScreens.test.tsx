// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFolder } from '../../src/io/readDataFolder';
import type { AssembledDataset } from '../../src/io/dataFolder';
import { roleDecisionEntries } from './i18nScreensFixtures';
import { createAppStore } from '../../src/state/store';
import { App } from '../../src/ui/App';

let assembled: AssembledDataset;
beforeAll(async () => {
  assembled = await readDataFolder('data');
});

/** Codes the engine and the log store, which a user must never read as such. */
const RAW_VALUES = [
  'proposed',
  'slated',
  'not-selected',
  'declined-transfer',
  'assign',
  'head-office',
  'service-point',
  'las-exemption',
  'site-role',
  'baseline',
  'target',
];
const visibleText = () => document.body.textContent ?? '';

function openApp(language: 'sv' | 'en', view: 'scenarios' | 'log') {
  const store = createAppStore();
  store.getState().loadDataset(assembled);
  store.getState().setLanguage(language);
  // A decision of each kind in the active scenario's log.
  const active = store.getState().activeScenarioId!;
  store.getState().updateScenario(active, (s) => ({ ...s, log: roleDecisionEntries }));
  store.getState().setView(view);
  render(<App store={store} />);
  return store;
}

describe('no raw values and no Swedish presets in the English UI', () => {
  it.each(['sv', 'en'] as const)(
    'the scenarios view and the decision log show words, not codes (%s)',
    async (language) => {
      openApp(language, 'log');
      await screen.findByRole(
        'table',
        { name: language === 'sv' ? 'Beslut, nyaste först' : 'Decisions, newest first' },
        { timeout: 10_000 },
      );
      const text = visibleText();
      for (const raw of RAW_VALUES) expect(text, raw).not.toMatch(new RegExp(`(^|[\\s(,:;])${raw}([\\s),.;:]|$)`));
    },
  );

  it("shows the presets' English names and descriptions in English, and none of the Swedish ones", async () => {
    if (!assembled.ok) throw new Error('data/ unreadable');
    const store = openApp('en', 'scenarios');
    await screen.findByRole('table', { name: 'Your scenarios' }, { timeout: 10_000 });
    const presets = assembled.raw.scenarios ?? [];
    expect(presets.length).toBeGreaterThan(0);
    for (const preset of presets) {
      const localised = preset.localised!;
      expect(localised.name && localised.description, preset.id).toBeTruthy();
      expect(visibleText()).toContain(localised.name!.en);
      expect(visibleText()).toContain(localised.description!.en);
      if (localised.name!.sv !== localised.name!.en) expect(visibleText()).not.toContain(`${localised.name!.sv}`);
      expect(visibleText()).not.toContain(localised.description!.sv);
    }
    // The preset choice for a new scenario too.
    const options = Array.from((screen.getByLabelText('Preset', { exact: true }) as HTMLSelectElement).options).map(
      (o) => o.textContent,
    );
    expect(options).toEqual(presets.map((p) => p.localised!.name!.en));
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(presets.map((p) => p.localised!.name!.en));
  });
});
