// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PersonChange } from '../../../src/engine/compare/changesReport';
import type { DatasetLabels } from '../../../src/ui/roleMapping/datasetLabels';
import { ReoptimisePanel } from '../../../src/ui/roleMapping/ReoptimisePanel';
import { renderIn } from '../overview/viewFixtures';

const titles: Record<string, string> = { 'pos-1': 'Technician', 'pos-2': 'Technician', 'pos-3': 'Architect' };
const labels = {
  person: (id: string) => id,
  position: (id: string) => titles[id] ?? id,
  site: (id: string | null) => (id === null ? '–' : `Site ${id}`),
} as DatasetLabels;
const placed = (positionId: string, siteId = 'a') => ({ status: 'placed' as const, positionId, siteId });
const change = (personId: string, from: PersonChange['from'], to: PersonChange['to']): PersonChange => ({
  personId,
  from,
  to,
  positionChanged: from.positionId !== to.positionId,
  siteChanged: from.siteId !== to.siteId,
});

describe('ReoptimisePanel', () => {
  it('counts real moves apart from trades between positions of the same title at the same site', () => {
    const changes = [
      change('p1', placed('pos-1'), placed('pos-2')),
      change('p2', placed('pos-2'), placed('pos-1')),
      change('p3', placed('pos-1'), placed('pos-3')),
      change('p4', { status: 'bench', positionId: null, siteId: 'a' }, placed('pos-1', 'b')),
    ];
    renderIn(<ReoptimisePanel changes={changes} shown busy={false} labels={labels} onReoptimise={() => {}} />, 'en');
    expect(screen.getByRole('status')).toHaveTextContent('2 people moved');
    expect(screen.getByText(/^2 people changed to other positions with the same title/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Changes with the latest recalculation' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getByRole('rowheader').textContent),
    ).toEqual(['p3', 'p4']);
    expect(within(table).getByRole('row', { name: /^p4/ })).toHaveTextContent('without a position');
  });

  it('says nothing changed, or that there is nothing to compare with, and nothing before it is asked', () => {
    const show = (changes: PersonChange[] | null, shown: boolean) => {
      const view = renderIn(
        <ReoptimisePanel changes={changes} shown={shown} busy={false} labels={labels} onReoptimise={() => {}} />,
        'en',
      );
      const text = screen.getByRole('status').textContent;
      view.unmount();
      return text;
    };
    expect(show([], false)).toBe('');
    expect(show([], true)).toBe('Nothing changed with the latest recalculation.');
    expect(show(null, true)).toMatch(/^No earlier calculation/);
  });
});
