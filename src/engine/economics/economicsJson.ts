import { financingModels, type CostItem, type EconomicsResult, type FinancingModel } from './economicsTypes';

/**
 * Rounds a row of amounts to whole kronor so that they still sum to `total` rounded
 * (largest remainder): the printed payments of a year add up to the printed company total.
 */
export function roundToTotal(values: readonly number[], total: number): number[] {
  const target = Math.round(total);
  const floors = values.map((v) => Math.floor(v));
  let missing = target - floors.reduce((s, v) => s + v, 0);
  const order = values.map((v, k) => ({ k, r: v - Math.floor(v) })).sort((a, b) => b.r - a.r || a.k - b.k);
  const out = [...floors];
  for (let n = 0; missing !== 0 && n < order.length * 4; n++) {
    const { k } = order[n % order.length]!;
    const step = missing > 0 ? 1 : -1;
    out[k]! += step;
    missing -= step;
  }
  return out;
}

/** The printed form (CLI): whole kronor, payments of each year summing to `company.total` exactly. */
export function economicsJson(result: EconomicsResult, only?: FinancingModel) {
  const total = result.company.total.map((v) => Math.round(v));
  const items = Object.keys(result.company.byItem) as CostItem[];
  const byItemRounded = result.years.map((_, k) =>
    roundToTotal(
      items.map((item) => result.company.byItem[item][k]!),
      total[k]!,
    ),
  );
  const models = only ? [only] : [...financingModels];
  const payments = Object.fromEntries(
    models.map((model) => {
      const rows = result.years.map((_, k) =>
        roundToTotal(
          result.memberIds.map((id) => result.payments[model][id]![k]!),
          total[k]!,
        ),
      );
      return [model, Object.fromEntries(result.memberIds.map((id, m) => [id, rows.map((r) => r[m]!)]))];
    }),
  );
  return {
    years: result.years,
    standAlone: Object.fromEntries(
      result.memberIds.map((id) => [id, result.standAlone[id]!.map((v) => Math.round(v))]),
    ),
    company: { total, byItem: Object.fromEntries(items.map((item, i) => [item, byItemRounded.map((r) => r[i]!)])) },
    payments,
    capital: Object.fromEntries(Object.entries(result.capital).map(([id, v]) => [id, Math.round(v)])),
    paybackYear: result.paybackYear,
    phases: result.phases.map(({ id, name, start, end, months, hours }) => ({ id, name, start, end, months, hours })),
  };
}
