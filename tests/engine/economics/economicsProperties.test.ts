import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { economicsOfScenario } from '../../../src/engine/economics/economicsOfScenario';
import { costItems, financingModels, humpItems } from '../../../src/engine/economics/economicsTypes';
import { noticeMonthsForDays } from '../../../src/engine/law/noticeMonths';
import { employmentDays } from '../../../src/engine/law/employmentDays';
import { toyDataset, toyEvaluation, toyScenario } from './economicsToy';

const dataset = toyDataset();
const people = ['p001', 'p002', 'p003', 'p004'];
const positions = ['pos-01', 'pos-02', 'pos-03'];

/** A random split of the toy's people into placed and benched, and random assumptions. */
const arbitraryCase = fc.record({
  placedCount: fc.integer({ min: 0, max: 3 }),
  order: fc.shuffledSubarray(people, { minLength: 4, maxLength: 4 }),
  saving: fc.double({ min: 0, max: 1, noNaN: true }),
  trend: fc.double({ min: 0, max: 0.5, noNaN: true }),
  severanceMonths: fc.integer({ min: 0, max: 12 }),
  financingKey: fc.constantFrom('employees', 'pcs', 'population', 'equal' as const),
  combinedFixedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  internalHourlySek: fc.integer({ min: 0, max: 2000 }),
  parallelLicenceShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

function evaluationOf(placedCount: number, order: string[]) {
  const placed = order.slice(0, placedCount).map((p, k): [string, string] => [p, positions[k]!]);
  return toyEvaluation({ placed, bench: order.slice(placedCount), unfilled: positions.slice(placedCount) });
}

describe('economics invariants', () => {
  it("each year's payments sum to the company's cost under every financing model", () => {
    fc.assert(
      fc.property(arbitraryCase, ({ placedCount, order, ...parameters }) => {
        const outcome = economicsOfScenario(dataset, toyScenario(parameters), evaluationOf(placedCount, order));
        if (!outcome.ok) throw new Error('refused');
        const r = outcome.result;
        for (const model of financingModels) {
          r.years.forEach((_, k) => {
            const paid = r.memberIds.reduce((s, id) => s + r.payments[model][id]![k]!, 0);
            expect(paid).toBeCloseTo(r.company.total[k]!, 4);
          });
        }
        // The total is the sum of its items.
        r.years.forEach((_, k) =>
          expect(costItems.reduce((s, i) => s + r.company.byItem[i][k]!, 0)).toBeCloseTo(r.company.total[k]!, 4),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("with no saving and no hump, the company path is the stand-alone sum plus the scenario's own terms", () => {
    fc.assert(
      fc.property(arbitraryCase, ({ placedCount, order, trend, severanceMonths, financingKey }) => {
        const scenario = toyScenario({
          saving: 0,
          internalHourlySek: 0,
          externalHourlySek: 0,
          parallelLicenceShare: 0,
          trend,
          severanceMonths,
          financingKey,
        });
        const outcome = economicsOfScenario(dataset, scenario, evaluationOf(placedCount, order));
        if (!outcome.ok) throw new Error('refused');
        const r = outcome.result;
        const staffToday = r.standAloneInputs.reduce((s, m) => s + m.staffSek, 0);
        r.years.forEach((year, k) => {
          const index = (1 + trend) ** k;
          const monthsRunning = year === 2027 ? 6 : 12; // the company runs from July 2027
          for (const item of humpItems.filter((i) => i !== 'redundancy'))
            expect(r.company.byItem[item][k]).toBeCloseTo(0, 6);
          // total − stand-alone = (company staff − today's staff) for the months it runs + one-offs + desks + …
          const staffDifference =
            r.company.byItem.staffPlaced[k]! +
            r.company.byItem.staffRecruited[k]! -
            (staffToday * index * monthsRunning) / 12;
          const scenarioTerms =
            staffDifference +
            r.company.byItem.redundancy[k]! +
            r.company.byItem.commuteCompensation[k]! +
            r.company.byItem.desks[k]! +
            r.company.byItem.attritionReplacement[k]!;
          expect(r.company.total[k]! - r.standAloneTotal[k]!).toBeCloseTo(scenarioTerms, 3);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("prices each benched person's notice by the LAS 11 § table", () => {
    // One benched person at a time: the 2027 redundancy cost is notice months · salary · on-costs.
    for (const id of people) {
      const others = people.filter((p) => p !== id);
      const outcome = economicsOfScenario(
        dataset,
        toyScenario(),
        toyEvaluation({ placed: others.map((p, k) => [p, positions[k]!]), bench: [id], unfilled: [] }),
      );
      if (!outcome.ok) throw new Error('refused');
      const person = dataset.people.find((p) => p.id === id)!;
      const months = noticeMonthsForDays(employmentDays(person.employmentPeriods, dataset.referenceDate));
      expect(outcome.result.noticeGroups).toEqual([expect.objectContaining({ months, people: 1 })]);
      expect(
        outcome.result.company.byItem.redundancy[0]! + outcome.result.company.byItem.redundancy[1]! / 1.1,
      ).toBeCloseTo(months * person.salary! * 1.5, 6);
    }
  });
});
