// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/schema/validateDataset';
import { PeopleTable } from '../../../src/ui/overview/PeopleTable';
import { smallDataset } from '../../fixtures/smallDataset';
import { renderIn } from './viewFixtures';

const dataset = (withNames: boolean) => {
  const raw = smallDataset();
  raw.people = raw.people!.map((p, i) =>
    withNames ? { ...p, name: `Person ${i + 1}` } : (({ name: _name, ...rest }) => rest)(p),
  );
  const validation = validateDataset(raw);
  if (!validation.ok) throw new Error('invalid');
  return validation.dataset;
};

describe('PeopleTable', () => {
  it('heads its first column "Namn" when the people have names (after an import), "Id" otherwise', () => {
    const { unmount } = renderIn(<PeopleTable dataset={dataset(true)} />);
    expect(within(screen.getByTestId('people-table')).getAllByRole('columnheader')[0]).toHaveTextContent('Namn');
    unmount();
    renderIn(<PeopleTable dataset={dataset(false)} />);
    expect(within(screen.getByTestId('people-table')).getAllByRole('columnheader')[0]).toHaveTextContent('Id');
  });
});
