// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { readEconomicsCsv } from '../../../src/io/csv/economicsCsv';
import type { Dataset } from '../../../src/schema/dataset';
import { EconomicsDataPanel } from '../../../src/ui/economics/EconomicsDataPanel';
import { toyDataset } from '../../engine/economics/economicsToy';
import { renderIn } from '../overview/viewFixtures';

describe('readEconomicsCsv', () => {
  it("reads HR's figures, an empty cell leaving the estimate", () => {
    const result = readEconomicsCsv(
      'kostnader.csv',
      'municipalityId;staffCostSek;nonStaffCostSek;source\neast;1 500 000;;Bokslut 2026\nwest;900000,5;70000;\n',
      ['east', 'west'],
    );
    expect(result).toEqual({
      ok: true,
      members: [
        { municipalityId: 'east', staffCostSek: 1_500_000, source: 'Bokslut 2026' },
        { municipalityId: 'west', staffCostSek: 900_000.5, nonStaffCostSek: 70_000 },
      ],
    });
  });

  it('names file, row and column of every problem', () => {
    const result = readEconomicsCsv(
      'kostnader.csv',
      'municipalityId;staffCostSek;nonStaffCostSek\nnorth;1;2\neast;-5;x\n',
      ['east', 'west'],
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { file: 'kostnader.csv', row: 2, column: 'municipalityId', code: 'unknown-member', value: 'north' },
        { file: 'kostnader.csv', row: 3, column: 'staffCostSek', code: 'negative', value: '-5' },
        { file: 'kostnader.csv', row: 3, column: 'nonStaffCostSek', code: 'not-a-number', value: 'x' },
      ],
    });
    expect(readEconomicsCsv('k.csv', 'municipalityId;staff\n', ['east'])).toMatchObject({
      ok: false,
      problems: [
        { row: 1, column: 'staffCostSek', code: 'missing-column' },
        { row: 1, column: 'nonStaffCostSek', code: 'missing-column' },
      ],
    });
  });
});

describe('EconomicsDataPanel', () => {
  it("replaces the estimate by HR's figure, and refuses a negative one naming the field", async () => {
    const dataset = toyDataset();
    const onReplace = vi.fn<(d: Dataset) => Promise<void>>(async () => {});
    renderIn(<EconomicsDataPanel dataset={dataset} language="sv" onReplace={onReplace} />);
    const staffEast = screen.getByRole('textbox', { name: 'Personalkostnad (kr/år), East' });
    // Numbers are grouped with non-breaking spaces in Swedish.
    expect(staffEast.getAttribute('placeholder')!.replace(/\s/g, ' ')).toContain('1 620 000 kr');
    fireEvent.change(staffEast, { target: { value: '-1' } });
    await userEvent.click(screen.getByRole('button', { name: 'Använd siffrorna' }));
    expect(screen.getByRole('alert')).toHaveTextContent('economics.members.0.staffCostSek');
    expect(onReplace).not.toHaveBeenCalled();
    fireEvent.change(staffEast, { target: { value: '1 700 000' } });
    await userEvent.click(screen.getByRole('button', { name: 'Använd siffrorna' }));
    await waitFor(() => expect(onReplace).toHaveBeenCalledOnce());
    expect(onReplace.mock.calls[0]![0].economics!.members[0]).toEqual({
      municipalityId: 'east',
      staffCostSek: 1_700_000,
    });
  });

  it('imports a CSV, reporting its problems with file, row and column', async () => {
    renderIn(<EconomicsDataPanel dataset={toyDataset()} language="sv" onReplace={async () => {}} />);
    const input = screen.getByLabelText(/^Importera från CSV/);
    await userEvent.upload(
      input,
      new File(['municipalityId;staffCostSek;nonStaffCostSek\neast;abc;1\n'], 'hr.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'hr.csv, rad 2, kolumn staffCostSek: ”abc” är inget tal',
    );
    await userEvent.upload(
      input,
      new File(['municipalityId;staffCostSek;nonStaffCostSek\nwest;1000000;\n'], 'hr.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('1 medlemmar lästa från hr.csv');
    expect(
      (screen.getByRole('textbox', { name: 'Personalkostnad (kr/år), West' }) as HTMLInputElement).value.replace(
        /\s/g,
        ' ',
      ),
    ).toBe('1 000 000');
  });

  it('edits a phase, refusing one longer than the horizon with the field and the reason', async () => {
    const onReplace = vi.fn<(d: Dataset) => Promise<void>>(async () => {});
    renderIn(<EconomicsDataPanel dataset={toyDataset()} language="sv" onReplace={onReplace} />);
    const end = screen.getByRole('textbox', { name: 'Slut (ÅÅÅÅ-MM), Allt' });
    expect(end).toHaveValue('2028-12');
    fireEvent.change(end, { target: { value: '2029-06' } });
    await userEvent.click(screen.getByRole('button', { name: 'Använd siffrorna' }));
    expect(screen.getByRole('alert')).toHaveTextContent('economics.phases.0.end');
    expect(screen.getByRole('alert')).toHaveTextContent('fasen pågår 30 månader, mer än horisontens 24');
    fireEvent.change(screen.getByRole('textbox', { name: 'Horisont, sista år' }), { target: { value: '2029' } });
    await userEvent.click(screen.getByRole('button', { name: 'Använd siffrorna' }));
    await waitFor(() => expect(onReplace).toHaveBeenCalledOnce());
    expect(onReplace.mock.calls[0]![0].economics!.phases[0]).toMatchObject({
      start: '2027-01',
      end: '2029-06',
      hours: 2400,
    });
  });
});
