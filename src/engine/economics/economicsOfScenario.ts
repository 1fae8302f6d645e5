import { membershipDataset } from '../scenario/membershipDataset';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { ScenarioEvaluation } from '../evaluateScenario';
import { horizonCalendar } from './calendar';
import { companyMonths, type CompanyInputs } from './companyCost';
import { economicsOf } from './defaultEconomics';
import {
  costItems,
  financingModels,
  humpItems,
  type CostItem,
  type EconomicsOutcome,
  type EconomicsWarning,
  type FinancingModel,
  type EconomicsIssue,
  type EconomicsResult,
  type MemberBalance,
  type NoticeGroup,
} from './economicsTypes';
import { accumulate, combinedShares, keyShares, paybackYear, payments, useShares } from './financing';
import { monthsInclusive } from './calendar';
import { salaryBook } from './salaries';
import { standAloneCosts } from './standAloneCost';
import { retainedPositions } from '../scenario/scenarioDataset';
import { serverRooms } from '../scenario/serverRooms';

/** What the economics read of an evaluation. */
export type EconomicsEvaluation = Pick<
  ScenarioEvaluation,
  'scenarioId' | 'kind' | 'assignment' | 'commute' | 'retention'
>;

/**
 * A scenario's economics, year by year (docs/economics.md): the members' stand-alone paths,
 * the company's cost by item with the low/high band and the hump, each member's payments under
 * the three financing models, the capital contribution, the balances and the payback year.
 * Every amount of year y is in first-year prices × (1 + trend)^(y − first year).
 * The baseline (today) has no company: its "company" is the members' own operations.
 */
export function economicsOfScenario(
  fullDataset: Dataset,
  scenario: Scenario,
  evaluation: EconomicsEvaluation,
): EconomicsOutcome {
  // Costs follow the scenario's membership: its members' staff, figures and payments.
  const dataset = membershipDataset(fullDataset, scenario);
  const q = scenario.economics;
  const { economics, defaulted } = economicsOf(dataset);
  const warnings: EconomicsWarning[] = [];
  if (defaulted) warnings.push({ code: 'economics-defaults' });
  const calendar = horizonCalendar(economics.horizon.startYear, economics.horizon.endYear);
  const { years } = calendar;
  const index = years.map((_, k) => (1 + q.trend) ** k);
  const salaries = salaryBook(dataset, q.recruitMonthlySalarySek);
  if (salaries.estimatedCount > 0) warnings.push({ code: 'salaries-estimated', count: salaries.estimatedCount });
  const members = dataset.municipalities.filter((m) => m.member);
  const memberIds = members.map((m) => m.id);
  const standAloneInputs = standAloneCosts(dataset, economics, salaries);

  // Financing shares (refused when a key sums to zero).
  const key = keyShares(members, q.financingKey, 'economics.financingKey');
  const ownership = keyShares(members, q.ownershipKey, 'economics.ownershipKey');
  const use = useShares(members, economics);
  if (isIssue(key) || isIssue(ownership) || isIssue(use))
    return { ok: false, issues: [key, ownership, use].filter(isIssue) };
  const keyShare = key;
  const useShare = use.shares;
  const shares: Record<FinancingModel, Record<string, number>> = {
    contribution: keyShare,
    use: useShare,
    combined: combinedShares(keyShare, useShare, q.combinedFixedShare),
  };

  const standAlone = Object.fromEntries(
    standAloneInputs.map((m) => [m.municipalityId, index.map((f) => (m.staffSek + m.nonStaffSek) * f)]),
  );
  const standAloneTotal = years.map((_, k) => memberIds.reduce((sum, id) => sum + standAlone[id]![k]!, 0));
  const indexed = (monthly: ArrayLike<number>) => calendar.yearly(monthly).map((v, k) => v * index[k]!);

  const zeros = () => years.map(() => 0);
  let byItem: Record<CostItem, number[]>;
  let beforeTransfer: Record<string, number[]>;
  let band = { low: standAloneTotal, high: standAloneTotal };
  let noticeGroups: NoticeGroup[] = [];
  let counts: EconomicsResult['counts'] = { placed: 0, recruited: 0, benched: 0, expectedLeavers: 0, compensated: 0 };
  if (evaluation.kind === 'baseline' || !evaluation.assignment) {
    warnings.push({ code: 'baseline' });
    byItem = Object.fromEntries(
      costItems.map((item) => [item, item === 'membersBeforeTransfer' ? standAloneTotal : zeros()]),
    ) as Record<CostItem, number[]>;
    beforeTransfer = standAlone;
  } else {
    const inputs: CompanyInputs = {
      dataset,
      economics,
      parameters: q,
      calendar,
      salaries,
      standAlone: standAloneInputs,
      assignment: evaluation.assignment,
      commute: evaluation.commute,
      retention: evaluation.retention,
      ...retainedInputs(dataset, scenario),
    };
    const at = (saving: number) => companyMonths(inputs, saving);
    const central = at(q.saving);
    byItem = Object.fromEntries(costItems.map((item) => [item, indexed(central.items[item])])) as Record<
      CostItem,
      number[]
    >;
    beforeTransfer = Object.fromEntries(Object.entries(central.beforeTransfer).map(([id, m]) => [id, indexed(m)]));
    const totalOf = (months: ReturnType<typeof at>) =>
      years.map((_, k) => costItems.reduce((sum, item) => sum + indexed(months.items[item])[k]!, 0));
    band = { low: totalOf(at(q.savingLow)), high: totalOf(at(q.savingHigh)) };
    noticeGroups = central.noticeGroups;
    counts = central.counts;
  }
  const total = years.map((_, k) => costItems.reduce((sum, item) => sum + byItem[item][k]!, 0));
  const hump = years.map((_, k) => humpItems.reduce((sum, item) => sum + byItem[item][k]!, 0));
  const paid = payments(shares, total, beforeTransfer);
  const balances = Object.fromEntries(
    financingModels.map((model) => [
      model,
      Object.fromEntries(
        memberIds.map((id): [string, MemberBalance] => {
          const perYear = years.map((_, k) => standAlone[id]![k]! - paid[model][id]![k]!);
          const accumulated = accumulate(perYear);
          return [
            id,
            {
              perYear,
              accumulated,
              paybackYear: evaluation.kind === 'baseline' ? null : paybackYear(years, accumulated),
            },
          ];
        }),
      ),
    ]),
  ) as Record<FinancingModel, Record<string, MemberBalance>>;
  const accumulatedSaving = accumulate(years.map((_, k) => standAloneTotal[k]! - total[k]!));
  const usesShared = years.map((_, k) => total[k]! - memberIds.reduce((sum, id) => sum + beforeTransfer[id]![k]!, 0));
  const units = use.units;
  const price = (unitCost: number) => usesShared.map((s) => (unitCost * s) / units);

  const phases = economics.phases.map((p) => ({
    id: p.id,
    name: p.name,
    start: p.start,
    end: p.end,
    months: monthsInclusive(p.start, p.end),
    hours: p.hours,
    parallelSystems: p.parallelSystems,
  }));
  const start = phases.map((p) => p.start).sort()[0]!;
  const end = phases
    .map((p) => p.end)
    .sort()
    .at(-1)!;
  return {
    ok: true,
    result: {
      scenarioId: evaluation.scenarioId,
      years: [...years],
      memberIds,
      standAloneInputs,
      standAlone,
      standAloneTotal,
      company: { total, byItem },
      band: { ...band, lowSaving: q.savingLow, highSaving: q.savingHigh },
      hump,
      payments: paid,
      balances,
      usePrices: {
        perPcSek: price(economics.unitCosts.perPcSek),
        perServerSek: price(economics.unitCosts.perServerSek),
        perNetworkDeviceSek: price(economics.unitCosts.perNetworkDeviceSek),
      },
      capital: Object.fromEntries(memberIds.map((id) => [id, q.capitalSek * ownership[id]!])),
      capitalKey: q.ownershipKey,
      financingKey: q.financingKey,
      accumulatedSaving,
      paybackYear: evaluation.kind === 'baseline' ? null : paybackYear(years, accumulatedSaving),
      phases,
      transition: { start, end, months: monthsInclusive(start, end) },
      preparation: economics.preparation ?? null,
      transferDate: dataset.referenceDate,
      noticeGroups,
      counts,
      warnings,
    },
  };
}

/** The retained positions' members and the server rooms of a scenario, for the company's costs. */
function retainedInputs(dataset: Dataset, scenario: Scenario): Pick<CompanyInputs, 'retainedBy' | 'rooms'> {
  const retainedBy = new Map(retainedPositions(dataset, scenario).map((p) => [p.id, p.retainedBy!] as const));
  const rooms = serverRooms(dataset, scenario);
  return { retainedBy, rooms: { today: rooms.today.length, after: rooms.remaining.length } };
}

const isIssue = (x: object): x is EconomicsIssue => 'code' in x && typeof (x as { code: unknown }).code === 'string';

/** The transition's length in years (first phase's start to last phase's end): the attrition model's default horizon. */
export function transitionYears(dataset: Dataset): number {
  const { economics } = economicsOf(dataset);
  const start = economics.phases.map((p) => p.start).sort()[0]!;
  const end = economics.phases
    .map((p) => p.end)
    .sort()
    .at(-1)!;
  return monthsInclusive(start, end) / 12;
}
