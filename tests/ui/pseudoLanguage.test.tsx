// @vitest-environment happy-dom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/createTranslator';
import type { Dataset } from '../../src/schema/dataset';
import type { Language } from '../../src/schema/language';
import { viewIds } from '../../src/schema/savedState';
import { App } from '../../src/ui/App';
import { smallStore } from '../state/storeFixtures';

/**
 * A third language needs the catalogue and nothing else (docs/i18n.md): a pseudo-language whose
 * every message is the English one marked ⟦…⟧ is registered in the catalogue only, the app is
 * switched to it, and every view is opened. No text of the page may be a Swedish or English
 * message of the catalogue as it stands: such a text reached the screen without the catalogue
 * (a language branch, a word in the code, a default).
 */
const PSEUDO = 'xx' as Language;
const english = resources.en.translation;
const pseudo = Object.fromEntries(Object.entries(english).map(([key, text]) => [key, `⟦${text}⟧`]));
(resources as Record<string, { translation: Record<string, string> }>)[PSEUDO] = { translation: pseudo };
afterAll(() => {
  delete (resources as Record<string, unknown>)[PSEUDO];
});

/** Messages that would betray an untranslated string: whole texts, without interpolation. */
const catalogueTexts = new Set(
  [...Object.values(english), ...Object.values(resources.sv.translation)].filter(
    (text) => text.length >= 4 && !text.includes('{{') && !text.includes('$t(') && /\p{L}{3}/u.test(text),
  ),
);
/**
 * Texts of the data, not of the UI: names in the dataset (a name without a text in the language
 * shows in English), and the view named like the word for data.
 */
function dataTexts(dataset: Dataset): Set<string> {
  const records = [...dataset.functions, ...dataset.units, ...dataset.competences].map((e) => e.name);
  return new Set([
    'Data',
    ...dataset.municipalities.map((m) => m.name),
    ...dataset.sites.map((s) => s.name),
    ...dataset.scenarios.map((s) => s.name),
    ...records.flatMap((r) => [r.sv, r.en]),
    ...dataset.positions.flatMap((p) => [p.title.sv, p.title.en]),
  ]);
}

/** The page's texts and accessible names that are messages of the catalogue in sv or en. */
function untranslated(root: HTMLElement, data: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const check = (text: string | null | undefined) => {
    const trimmed = text?.trim();
    if (trimmed && catalogueTexts.has(trimmed) && !data.has(trimmed)) found.add(trimmed);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Identifiers (file names, CSV column names) are code, the same in every language.
    if (node.parentElement?.closest('code')) continue;
    check(node.textContent);
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    check(element.getAttribute('aria-label'));
    check(element.getAttribute('title'));
    check(element.getAttribute('placeholder'));
  }
  return [...found].sort();
}

describe('a pseudo-language added to the catalogue only', () => {
  it('shows every view without a Swedish or English message', async () => {
    const store = smallStore({ engine: true });
    store.getState().setLanguage(PSEUDO);
    const status = store.getState().datasetStatus;
    if (status.kind !== 'ready') throw new Error('the small dataset did not load');
    const data = dataTexts(status.dataset);
    render(<App store={store} />);
    const tabs = await screen.findAllByRole('tab');
    expect(tabs).toHaveLength(viewIds.length);
    for (const tab of tabs) expect(tab.textContent).toMatch(/^⟦.*⟧$/);
    const found = new Map<string, string[]>();
    for (const [index, view] of viewIds.entries()) {
      await userEvent.click(screen.getAllByRole('tab')[index]!);
      expect(store.getState().view).toBe(view);
      // Let the evaluations and lazily loaded parts arrive.
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      const panel = screen.getByRole('tabpanel');
      expect(within(panel).queryAllByText(/⟦/).length, view).toBeGreaterThan(0);
      const texts = untranslated(document.body, data);
      if (texts.length > 0) found.set(view, texts);
    }
    expect(Object.fromEntries(found)).toEqual({});
  }, 60_000);
});
