// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImpactRow } from '../../../src/ui/impact/impactRows';
import { PersonImpactTable } from '../../../src/ui/impact/PersonImpactTable';
import { renderIn } from '../overview/viewFixtures';

/** `count` people, p001 with the largest added commute, each with distinct minutes. */
function rows(count: number, placedBy: (i: number) => ImpactRow['homePlacedBy'] = () => null): ImpactRow[] {
  return Array.from({ length: count }, (_, i) => ({
    personId: `p${String(i + 1).padStart(3, '0')}`,
    person: `p${String(i + 1).padStart(3, '0')}`,
    title: 'IT-tekniker',
    municipalityId: 'west',
    employer: 'West',
    todaySite: 'Westtown',
    scenarioSite: 'Easttown',
    position: null,
    todayMinutes: 10,
    scenarioMinutes: 10 + count - i,
    deltaMinutes: count - i,
    scenarioKm: 12,
    weeklyKm: 96,
    weeklyCostSek: 240,
    addedOverThreshold: false,
    longCommute: false,
    leaveProbability: 0.1,
    salary: 40000,
    home: { lat: 57.1, lon: 14.0 },
    homePlacedBy: placedBy(i),
  }));
}

const table = () => screen.getByRole('table', { name: 'Restid per person, i dag och i scenariot' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const props = { role: 'hr' as const, language: 'sv' as const, addedMinutesThreshold: 20, longCommuteMinutes: 60 };

describe('PersonImpactTable', () => {
  it('pages a long list, 100 rows at a time by default, with the range it shows', async () => {
    renderIn(<PersonImpactTable rows={rows(230)} {...props} />);
    expect(bodyRows()).toHaveLength(100);
    const pages = screen.getByRole('navigation', { name: 'Tabellens sidor' });
    expect(pages).toHaveTextContent('Rad 1–100 av 230');
    expect(within(pages).getByRole('button', { name: 'Föregående' })).toBeDisabled();
    await userEvent.click(within(pages).getByRole('button', { name: 'Nästa' }));
    await userEvent.click(within(pages).getByRole('button', { name: 'Nästa' }));
    expect(pages).toHaveTextContent('Rad 201–230 av 230');
    expect(bodyRows()).toHaveLength(30);
    expect(within(bodyRows()[0]!).getByRole('rowheader')).toHaveTextContent('p201');
    expect(within(pages).getByRole('button', { name: 'Nästa' })).toBeDisabled();
    await userEvent.selectOptions(within(pages).getByLabelText('Rader per sida'), '50');
    expect(pages).toHaveTextContent('Rad 1–50 av 230');
    expect(bodyRows()).toHaveLength(50);
  });

  it('shows no page controls for a short list', () => {
    renderIn(<PersonImpactTable rows={rows(50)} {...props} />);
    expect(bodyRows()).toHaveLength(50);
    expect(screen.queryByRole('navigation', { name: 'Tabellens sidor' })).toBeNull();
  });

  it('hides and shows columns from the column chooser, keeping the person column', async () => {
    renderIn(<PersonImpactTable rows={rows(3)} {...props} />);
    const headers = () =>
      within(table())
        .getAllByRole('columnheader')
        .map((th) => th.textContent);
    const all = headers().length;
    expect(screen.getByText(`Kolumner (${all} av ${all})`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Månadslön (kr)' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Km per vecka' }));
    expect(headers()).not.toContain('Månadslön (kr)');
    expect(headers().some((h) => h?.startsWith('Km per vecka'))).toBe(false);
    expect(headers()[0]).toMatch(/^Person/);
    expect(bodyRows()[0]!.children).toHaveLength(all - 2);
    expect(screen.queryByRole('checkbox', { name: 'Person' })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Månadslön (kr)' }));
    expect(headers()).toContain('Månadslön (kr)');
  });

  it('is not in a scroll box: the page scrolls it, so the header can stick', () => {
    renderIn(<PersonImpactTable rows={rows(3)} {...props} />);
    expect(table().closest('.table-scroll')).toBeNull();
  });

  it('marks commutes from homes placed at a postcode or a locality as approximate', () => {
    renderIn(<PersonImpactTable rows={rows(3, (i) => (i === 0 ? 'locality' : null))} {...props} />);
    expect(
      screen.getByText(
        /≈ markerar restider från hem som importerades som postnummer eller ort, inte koordinater \(1 st\.\)/,
      ),
    ).toBeInTheDocument();
    const first = bodyRows()[0]!;
    expect(within(first).getAllByTitle('Hemmet placerat efter ort: restiden är ungefärlig')).toHaveLength(2);
    expect(within(bodyRows()[1]!).queryAllByTitle(/ungefärlig/)).toHaveLength(0);
  });
});
