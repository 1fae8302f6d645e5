import { costItems, humpItems, type CostItem, type EconomicsResult } from './economicsTypes';

/** One aggregate cost figure of a scenario for the union report: values per year, or withheld. */
export interface UnionCostFigure {
  readonly figure: 'companyTotal' | 'standAloneTotal' | 'hump' | CostItem;
  /** How many people's salaries the figure rests on (0: none, e.g. licences). */
  readonly restsOnPeople: number;
  /** Withheld: it rests on the salaries of 1 … k − 1 people, or a withheld figure could be recovered from it. */
  readonly published: boolean;
  /** Whole kronor per year; null when withheld. */
  readonly values: number[] | null;
}

export interface UnionCostFigures {
  readonly scenarioId: string;
  readonly years: number[];
  readonly figures: UnionCostFigure[];
  readonly paybackYear: number | null;
}

/**
 * The aggregate cost figures of a scenario that the union report may print (docs/economics.md):
 * no per-member payment, no per-person figure. A figure that rests on the salaries of fewer than
 * k people (but more than none) is withheld; so is every sum that contains a withheld item (the
 * company total, the hump, the payback year), as the withheld item could otherwise be recovered
 * by difference. Differencing against earlier reports is for the report's release register.
 */
export function unionCostFigures(result: EconomicsResult, k: number): UnionCostFigures {
  const { counts } = result;
  const salaryPeople: Record<CostItem, number> = {
    membersBeforeTransfer: result.standAloneInputs.reduce((s, m) => s + m.salaryPeople, 0),
    staffPlaced: counts.placed,
    staffRecruited: 0, // priced at title medians of the whole staff, not at the recruits' own salaries
    retainedStaff: counts.retained ?? 0,
    nonStaff: 0,
    transitionWork: 0,
    parallelLicences: 0,
    redundancy: counts.benched,
    commuteCompensation: counts.compensated,
    desks: 0,
    attritionReplacement: counts.placed,
  };
  const small = (n: number) => n > 0 && n < k;
  const round = (values: readonly number[]) => values.map((v) => Math.round(v));
  const items: UnionCostFigure[] = costItems.map((item) => {
    const nonZero = result.company.byItem[item].some((v) => Math.abs(v) > 0.5);
    const withheld = nonZero && small(salaryPeople[item]);
    return {
      figure: item,
      restsOnPeople: salaryPeople[item],
      published: !withheld,
      values: withheld ? null : round(result.company.byItem[item]),
    };
  });
  const withheld = new Set(items.filter((f) => !f.published).map((f) => f.figure));
  const standAlonePeople = salaryPeople.membersBeforeTransfer;
  const totalPeople = Object.values(salaryPeople).reduce((s, n) => s + n, 0);
  const humpWithheld = humpItems.some((item) => withheld.has(item));
  const totalWithheld = withheld.size > 0;
  return {
    scenarioId: result.scenarioId,
    years: result.years,
    paybackYear: totalWithheld ? null : result.paybackYear,
    figures: [
      {
        figure: 'companyTotal',
        restsOnPeople: totalPeople,
        published: !totalWithheld,
        values: totalWithheld ? null : round(result.company.total),
      },
      {
        figure: 'standAloneTotal',
        restsOnPeople: standAlonePeople,
        published: !small(standAlonePeople),
        values: small(standAlonePeople) ? null : round(result.standAloneTotal),
      },
      {
        figure: 'hump',
        restsOnPeople: counts.benched,
        published: !humpWithheld,
        values: humpWithheld ? null : round(result.hump),
      },
      ...items,
    ],
  };
}
