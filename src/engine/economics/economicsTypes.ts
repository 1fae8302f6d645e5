import type { LocalisedText } from '../../schema/localisedText';
import type { FinancingKey } from '../../schema/economicsParameters';
import type { MemberStandAloneCost } from './standAloneCost';

/**
 * The company's cost items; `membersBeforeTransfer` is each member's own operations until the
 * transfer date, `retainedStaff` the staff of the positions members keep (each member pays its
 * own; docs/retained-positions.md).
 */
export const costItems = [
  'membersBeforeTransfer',
  'staffPlaced',
  'staffRecruited',
  'retainedStaff',
  'nonStaff',
  'transitionWork',
  'parallelLicences',
  'redundancy',
  'commuteCompensation',
  'desks',
  'attritionReplacement',
] as const;
export type CostItem = (typeof costItems)[number];

/** The transition's own costs: together they make the hump. */
export const humpItems: readonly CostItem[] = ['transitionWork', 'parallelLicences', 'redundancy'];

export const financingModels = ['contribution', 'use', 'combined'] as const;
export type FinancingModel = (typeof financingModels)[number];

export interface PhaseSummary {
  readonly id: string;
  readonly name: LocalisedText;
  readonly start: string;
  readonly end: string;
  readonly months: number;
  readonly hours: number;
  readonly parallelSystems: boolean;
}

/** A group of benched people with the same notice period (no person is named). */
export interface NoticeGroup {
  readonly months: number;
  readonly people: number;
  readonly start: string;
  readonly end: string;
}

export interface MemberBalance {
  /** Stand-alone path minus payment, per year (positive: the member saves). */
  readonly perYear: number[];
  readonly accumulated: number[];
  readonly paybackYear: number | null;
}

export type EconomicsWarning =
  { code: 'economics-defaults' } | { code: 'salaries-estimated'; count: number } | { code: 'baseline' };

export interface EconomicsResult {
  readonly scenarioId: string;
  readonly years: number[];
  readonly memberIds: string[];
  readonly standAloneInputs: MemberStandAloneCost[];
  /** Each member's stand-alone path, per year. */
  readonly standAlone: Record<string, number[]>;
  readonly standAloneTotal: number[];
  readonly company: { total: number[]; byItem: Record<CostItem, number[]> };
  /** The company's total with the low and the high saving. */
  readonly band: { low: number[]; high: number[]; lowSaving: number; highSaving: number };
  /** The transition's own costs per year (the items of `humpItems`). */
  readonly hump: number[];
  readonly payments: Record<FinancingModel, Record<string, number[]>>;
  readonly balances: Record<FinancingModel, Record<string, MemberBalance>>;
  /** Price per unit and year that the use model charges (cost recovery). */
  readonly usePrices: { perPcSek: number[]; perServerSek: number[]; perNetworkDeviceSek: number[] };
  readonly capital: Record<string, number>;
  readonly capitalKey: FinancingKey;
  readonly financingKey: FinancingKey;
  /** Cumulative saving of all members together (stand-alone sum minus company total). */
  readonly accumulatedSaving: number[];
  readonly paybackYear: number | null;
  readonly phases: PhaseSummary[];
  readonly transition: { start: string; end: string; months: number };
  readonly preparation: { start: string; end: string } | null;
  readonly transferDate: string;
  readonly noticeGroups: NoticeGroup[];
  readonly counts: {
    readonly placed: number;
    readonly recruited: number;
    readonly benched: number;
    readonly expectedLeavers: number;
    /** Placed people who get commute compensation (added travel). */
    readonly compensated: number;
    /** People in positions the members retain (their staff cost is `retainedStaff`); absent: none. */
    readonly retained?: number;
  };
  readonly warnings: EconomicsWarning[];
}

/** A refusal of the economic inputs: the field and the reason. */
export interface EconomicsIssue {
  readonly field: string;
  readonly code: 'key-sums-to-zero' | 'use-sums-to-zero';
  readonly params: Record<string, string | number>;
}

export type EconomicsOutcome = { ok: true; result: EconomicsResult } | { ok: false; issues: EconomicsIssue[] };
