import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../../../src/i18n/createTranslator';
import type { Scenario } from '../../../src/schema/scenario';
import { readyDataset } from '../../../src/state/selectors';
import type { AppStore } from '../../../src/state/store';
import { RoleMappingView } from '../../../src/ui/roleMapping/RoleMappingView';
import { StoreProvider } from '../../../src/ui/StoreContext';
import { smallStore } from '../../state/storeFixtures';

/** The Role mapping view over the small dataset, evaluated in-process (Swedish). */
export function renderRoleMapping(language: Language = 'sv'): { store: AppStore; central: () => Scenario } {
  const store = smallStore({ engine: true });
  store.getState().setLanguage(language);
  const dataset = readyDataset(store.getState())!;
  render(
    <StoreProvider store={store}>
      <I18nextProvider i18n={createI18n(language)}>
        <RoleMappingView dataset={dataset} />
      </I18nextProvider>
    </StoreProvider>,
  );
  return { store, central: () => store.getState().scenarios.find((s) => s.id === 'central')! };
}

/** The row of a position in its unit's table. */
export const positionRow = (title: string) =>
  screen.getByRole('button', { name: new RegExp(`^Öppna ${title}`) }).closest('tr')!;

export const holderOf = (title: string) => within(positionRow(title)).getAllByRole('cell')[0]!.textContent;

/** The open position's (or person's) panel. */
export const panel = (name: RegExp) => screen.getByRole('region', { name });
