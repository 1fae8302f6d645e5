import { describe, expect, it } from 'vitest';
import { economicsOfScenario } from '../../../src/engine/economics/economicsOfScenario';
import { unionCostFigures } from '../../../src/engine/economics/unionCostFigures';
import { toyDataset, toyEvaluation, toyScenario } from './economicsToy';

describe('unionCostFigures', () => {
  const outcome = economicsOfScenario(toyDataset(), toyScenario(), toyEvaluation());
  if (!outcome.ok) throw new Error('refused');
  const r = outcome.result;

  it('withholds a figure resting on the salaries of fewer than k people, and every sum that contains it', () => {
    const figures = unionCostFigures(r, 5);
    const byName = Object.fromEntries(figures.figures.map((f) => [f.figure, f]));
    // Two benched people's notice pay: 2 < 5.
    expect(byName.redundancy).toMatchObject({ restsOnPeople: 2, published: false, values: null });
    expect(byName.staffPlaced).toMatchObject({ restsOnPeople: 2, published: false });
    // Licences rest on no salary: published.
    expect(byName.parallelLicences).toMatchObject({
      restsOnPeople: 0,
      published: true,
      values: r.company.byItem.parallelLicences.map(Math.round),
    });
    // The total and the hump contain withheld items: withheld too, and so is the payback year.
    expect(byName.companyTotal!.published).toBe(false);
    expect(byName.hump!.published).toBe(false);
    expect(figures.paybackYear).toBeNull();
  });

  it('publishes every figure when k is not above the smallest group', () => {
    const figures = unionCostFigures(r, 2);
    expect(figures.figures.every((f) => f.published)).toBe(true);
    expect(figures.figures.find((f) => f.figure === 'companyTotal')!.values).toEqual(r.company.total.map(Math.round));
  });
});
