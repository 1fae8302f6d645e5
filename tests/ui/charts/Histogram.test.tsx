// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BandChart } from '../../../src/ui/charts/BandChart';
import { DistributionChart } from '../../../src/ui/charts/DistributionChart';
import { Histogram } from '../../../src/ui/charts/Histogram';
import { histogramBins } from '../../../src/ui/charts/histogramBins';
import { renderIn } from '../overview/viewFixtures';

const counts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('cell')
    .map((c) => Number(c.textContent));

describe('charts', () => {
  it('a histogram is an image with a text alternative and a data table whose counts add up to the values', () => {
    const values = [-12, -3, 0, 0, 1, 4, 18, 22, 25, 41];
    renderIn(
      <Histogram
        bins={histogramBins(values)}
        title="Förändring"
        label="Histogram över tio personer"
        xLabel="minuter"
        formatValue={String}
        referenceX={0}
        warnFrom={20}
      />,
    );
    expect(screen.getByRole('img', { name: 'Histogram över tio personer' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Förändring' });
    expect(counts(table).reduce((a, b) => a + b, 0)).toBe(values.length);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + histogramBins(values).length);
  });

  it('a distribution chart tells before from after in its legend and its table', () => {
    const domain: [number, number] = [0, 60];
    renderIn(
      <DistributionChart
        before={{ name: 'I dag', bins: histogramBins([5, 10, 12], { domain, binCount: 6 }) }}
        after={{ name: 'Central', bins: histogramBins([5, 40, 55], { domain, binCount: 6 }) }}
        title="Restid"
        label="Fördelning av restid"
        xLabel="minuter"
        formatValue={String}
      />,
    );
    expect(screen.getByRole('img', { name: 'Fördelning av restid' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['I dag', 'Central']);
    const table = screen.getByRole('table', { name: 'Restid' });
    expect(within(table).getByRole('columnheader', { name: 'I dag' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    const column = (k: number) => rows.reduce((s, r) => s + Number(within(r).getAllByRole('cell')[k]!.textContent), 0);
    expect(column(0)).toBe(3);
    expect(column(1)).toBe(3);
  });

  it('a band chart marks highlighted rows with a sign, not colour alone', () => {
    renderIn(
      <BandChart
        rows={[
          { id: 'a', label: 'Nätverk', low: 1, high: 3, value: 2.4, target: 2, highlight: false },
          { id: 'b', label: 'Ledarskap', low: 0, high: 1, value: 0.7, target: 1, highlight: true },
        ]}
        title="Innehavare"
        label="Två kompetenser, en i riskzonen"
        xLabel="innehavare"
        legend={{ band: 'band', value: 'förväntat', target: 'behov' }}
        formatValue={String}
      />,
    );
    const image = screen.getByRole('img', { name: 'Två kompetenser, en i riskzonen' });
    expect(within(image).getByText('⚠ Ledarskap')).toBeInTheDocument();
    expect(within(image).getByText('Nätverk')).toBeInTheDocument();
  });
});
