// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/createTranslator';
import { Paginated } from '../../../src/ui/pager/Paginated';

const List = ({ count }: { count: number }) => (
  <Paginated rows={Array.from({ length: count }, (_, k) => `person ${k + 1}`)} what="Personer">
    {(rows) => (
      <ul>
        {rows.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    )}
  </Paginated>
);

describe('Paginated', () => {
  it('shows a long list a hundred rows at a time, with previous and next', async () => {
    render(
      <I18nextProvider i18n={createI18n('sv')}>
        <List count={240} />
      </I18nextProvider>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    const pager = screen.getByRole('navigation', { name: 'Personer: sidor' });
    expect(pager).toHaveTextContent('Rad 1–100 av 240');
    expect(within(pager).getByRole('button', { name: 'Föregående rader' })).toBeDisabled();
    await userEvent.click(within(pager).getByRole('button', { name: 'Nästa rader' }));
    await userEvent.click(within(pager).getByRole('button', { name: 'Nästa rader' }));
    expect(pager).toHaveTextContent('Rad 201–240 av 240');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      Array.from({ length: 40 }, (_, k) => `person ${k + 201}`),
    );
    expect(within(pager).getByRole('button', { name: 'Nästa rader' })).toBeDisabled();
  });

  it('shows a short list whole, without a pager', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <List count={100} />
      </I18nextProvider>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
