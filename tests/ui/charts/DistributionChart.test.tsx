// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DistributionChart } from '../../../src/ui/charts/DistributionChart';
import { renderIn } from '../overview/viewFixtures';

describe('DistributionChart', () => {
  it('draws a scenario named like the baseline ("I dag") without a duplicate-key error', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bins = [
      { x0: 0, x1: 10, count: 2 },
      { x0: 10, x1: 20, count: 1 },
    ];
    renderIn(
      <DistributionChart
        before={{ name: 'I dag', bins }}
        after={{ name: 'I dag', bins }}
        title="Restid"
        label="Restid i dag och i scenariot"
        xLabel="minuter"
        formatValue={String}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['I dag', 'I dag']);
    expect(errors.mock.calls.filter((call) => String(call[0]).includes('same key'))).toEqual([]);
    errors.mockRestore();
  });
});
