// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { glossaryEntries } from '../../../src/i18n/glossary';
import { App } from '../../../src/ui/App';
import { Term } from '../../../src/ui/glossary/Term';
import { smallStore } from '../../state/storeFixtures';
import { renderIn } from '../overview/viewFixtures';

describe('glossary', () => {
  it('opens from the header with every term in plain words, in the language of the UI', async () => {
    const store = smallStore();
    render(<App store={store} />);
    const button = screen.getByRole('button', { name: 'Begrepp' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    const panel = await screen.findByRole(
      'region',
      { name: 'Begrepp: verktygets ord förklarade' },
      { timeout: 10_000 },
    );
    expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const entry of glossaryEntries) expect(within(panel).getByText(entry.sv.term)).toBeInTheDocument();
    expect(within(panel).getByText(/^Verktyget lottar många tänkbara utfall/)).toBeInTheDocument();
    store.getState().setLanguage('en');
    expect(await screen.findByRole('region', { name: 'Glossary: the terms of the tool' })).toHaveTextContent(
      'Monte Carlo draws',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Close the glossary' }));
    expect(screen.queryByRole('region', { name: /^Glossary/ })).toBeNull();
  });

  it('explains a term on keyboard focus as well as on hover: a tab stop described by its tip', async () => {
    renderIn(
      <p>
        <Term id="pMedian" language="sv">
          p-median
        </Term>
      </p>,
    );
    await userEvent.tab();
    const term = screen.getByText('p-median');
    expect(term).toHaveFocus();
    expect(term).toHaveAccessibleDescription(/^Ett sätt att välja högst p arbetsplatser/);
  });
});
