// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PersonChange } from '../../../src/engine/compare/changesReport';
import { ChangesReportTable } from '../../../src/ui/compare/ChangesReportTable';
import type { DatasetNames } from '../../../src/ui/overview/datasetNames';
import { renderIn } from '../overview/viewFixtures';

const titles: Record<string, string> = {
  'pos-1': 'Nätverksspecialist',
  'pos-2': 'Nätverksspecialist',
  'pos-3': 'Servicetekniker',
};
const names = {
  person: (id: string) => id,
  position: (id: string) => titles[id] ?? id,
  site: (id: string) => id,
  municipality: (id: string) => id,
  competence: (id: string) => id,
} as DatasetNames;
const placed = (positionId: string, siteId = 'hall') => ({ status: 'placed' as const, positionId, siteId });

describe('ChangesReportTable', () => {
  it('leaves out moves between positions of the same title at the same site, and says how many', () => {
    const changes: PersonChange[] = [
      { personId: 'p001', from: placed('pos-1'), to: placed('pos-2'), positionChanged: true, siteChanged: false },
      { personId: 'p002', from: placed('pos-1'), to: placed('pos-3'), positionChanged: true, siteChanged: false },
      {
        personId: 'p003',
        from: placed('pos-1'),
        to: placed('pos-2', 'office'),
        positionChanged: true,
        siteChanged: true,
      },
    ];
    renderIn(<ChangesReportTable changes={changes} fromName="A" toName="B" names={names} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent?.slice(0, 4))).toEqual(['p002', 'p003']);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Inte med: 1 byten mellan befattningar med samma titel på samma arbetsplats',
    );
  });

  it('shows a long list of changes a page at a time', async () => {
    const changes: PersonChange[] = Array.from({ length: 230 }, (_, i) => ({
      personId: `p${String(i).padStart(3, '0')}`,
      from: placed('pos-1'),
      to: placed('pos-3', 'office'),
      positionChanged: true,
      siteChanged: true,
    }));
    renderIn(<ChangesReportTable changes={changes} fromName="A" toName="B" names={names} />);
    const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(bodyRows()).toHaveLength(100);
    const pager = screen.getByRole('navigation');
    await userEvent.click(within(pager).getByRole('button', { name: 'Nästa rader' }));
    await userEvent.click(within(pager).getByRole('button', { name: 'Nästa rader' }));
    expect(bodyRows().map((r) => r.textContent?.slice(0, 4))).toEqual(
      Array.from({ length: 30 }, (_, i) => `p${200 + i}`),
    );
  });
});
