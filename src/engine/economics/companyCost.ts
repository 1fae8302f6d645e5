import type { Dataset } from '../../schema/dataset';
import type { Economics } from '../../schema/economics';
import type { EconomicsParameters } from '../../schema/economicsParameters';
import type { CommuteImpact } from '../scenario/commuteImpact';
import type { RoleMapping } from '../roleMapping/mapRoles';
import type { RetentionResult } from '../retention/retentionTypes';
import type { HorizonCalendar } from './calendar';
import { costItems, type CostItem, type NoticeGroup } from './economicsTypes';
import { positionsToRecruit } from './positionsToRecruit';
import type { SalaryBook } from './salaries';
import type { MemberStandAloneCost } from './standAloneCost';
import { yearMonthOf } from './calendar';

export interface CompanyInputs {
  dataset: Dataset;
  economics: Economics;
  parameters: EconomicsParameters;
  calendar: HorizonCalendar;
  salaries: SalaryBook;
  standAlone: readonly MemberStandAloneCost[];
  assignment: RoleMapping;
  commute: CommuteImpact;
  retention: RetentionResult | null;
  /** The member keeping each retained position, by position id (docs/retained-positions.md). */
  retainedBy?: ReadonlyMap<string, string>;
  /** Server rooms today and after the migration, the data centre included (docs/economics.md). */
  rooms?: { today: number; after: number };
}

export interface CompanyMonths {
  /** Per item, per month, in first-year prices (before the trend). */
  items: Record<CostItem, Float64Array>;
  /** Per member, the own operations until the transfer (the `membersBeforeTransfer` item split). */
  beforeTransfer: Record<string, Float64Array>;
  noticeGroups: NoticeGroup[];
  counts: {
    placed: number;
    recruited: number;
    benched: number;
    expectedLeavers: number;
    compensated: number;
    retained?: number;
  };
}

/**
 * The company's costs laid out per month (docs/economics.md), in first-year prices, with the
 * consolidation saving `saving`. Month i runs the company when i ≥ T (the transfer month):
 *   staff_i          = a_i · (Σ_placed 12·w_j·r_j + Σ_recruit 12·w_title) · (1 + onCosts) / 12
 *   nonStaff_i       = a_i · N / 12 · (1 − s · ramp_i),   ramp_i = clamp((i + ½ − S) / (E − S + 1), 0, 1)
 *   transitionWork_i = Σ_phases∋i hours_p / months_p · (h · rate_int + (1 − h) · rate_ext)
 *   parallel_i       = [i in a parallel phase] · π · N / 12
 *   redundancy       = each benched b: w_b · r_b · (1 + onCosts) in each notice month from T,
 *                      plus severance months · w_b · (1 + onCosts) in the last one
 *   commute_i, desks_i = a_i · yearly amount / 12
 *   attrition        = Σ_placed p_leave · share · 12 · w_j, spread over the transition's months from T
 * with a_i = [i ≥ T], N the members' non-staff sum, S and E the transition's first and last month.
 */
export function companyMonths(inputs: CompanyInputs, saving: number): CompanyMonths {
  const { dataset, economics, parameters: q, calendar, salaries, standAlone, commute, retention } = inputs;
  // Retained positions are the members' own: their staff is an item of its own, paid by the
  // member; the company's items see only its own placements (docs/retained-positions.md).
  const retainedBy = inputs.retainedBy ?? new Map<string, string>();
  const retainedPlacements = inputs.assignment.placements.filter((p) => retainedBy.has(p.positionId));
  const assignment =
    retainedPlacements.length === 0 && ![...inputs.assignment.unfilled].some((id) => retainedBy.has(id))
      ? inputs.assignment
      : {
          ...inputs.assignment,
          placements: inputs.assignment.placements.filter((p) => !retainedBy.has(p.positionId)),
          vacant: inputs.assignment.vacant.filter((id) => !retainedBy.has(id)),
          unfilled: inputs.assignment.unfilled.filter((id) => !retainedBy.has(id)),
        };
  const months = calendar.months;
  const series = () => new Float64Array(months);
  const items = Object.fromEntries(costItems.map((k) => [k, series()])) as Record<CostItem, Float64Array>;
  const onCosts = 1 + economics.onCostRate;
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const positions = new Map(dataset.positions.map((p) => [p.id, p]));
  const transfer = Math.max(0, calendar.at(dataset.referenceDate));
  const active = (i: number) => (i >= transfer ? 1 : 0);

  // Transition: the first phase's start to the last phase's end.
  const starts = economics.phases.map((p) => calendar.at(p.start));
  const ends = economics.phases.map((p) => calendar.at(p.end));
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const ramp = (i: number) => Math.min(1, Math.max(0, (i + 0.5 - first) / (last - first + 1)));

  // Members' own operations until the transfer.
  const beforeTransfer: Record<string, Float64Array> = {};
  for (const m of standAlone) {
    const own = series();
    for (let i = 0; i < Math.min(transfer, months); i++) own[i] = (m.staffSek + m.nonStaffSek) / 12;
    beforeTransfer[m.municipalityId] = own;
    for (let i = 0; i < months; i++) items.membersBeforeTransfer[i]! += own[i]!;
  }

  // Staff of the placed and of the positions to recruit.
  let placedStaff = 0;
  for (const pl of assignment.placements) {
    const person = people.get(pl.personId);
    if (person) placedStaff += 12 * salaries.ofPerson(person).monthlySek * person.employmentRate * onCosts;
  }
  const recruit = positionsToRecruit(assignment);
  const recruitedStaff = recruit.reduce(
    (sum, id) => sum + 12 * salaries.ofTitle(positions.get(id)?.title.sv ?? '') * onCosts,
    0,
  );

  // Retained staff per member: its holders, and a recruit for each retained position left open.
  const retainedStaff = new Map<string, number>();
  const addRetained = (memberId: string, yearly: number) =>
    retainedStaff.set(memberId, (retainedStaff.get(memberId) ?? 0) + yearly);
  for (const pl of retainedPlacements) {
    const person = people.get(pl.personId);
    if (person)
      addRetained(
        retainedBy.get(pl.positionId)!,
        12 * salaries.ofPerson(person).monthlySek * person.employmentRate * onCosts,
      );
  }
  for (const id of positionsToRecruit(inputs.assignment).filter((id) => retainedBy.has(id)))
    addRetained(retainedBy.get(id)!, 12 * salaries.ofTitle(positions.get(id)?.title.sv ?? '') * onCosts);

  // Non-staff: the members' non-staff, less the saving as the transition proceeds.
  const nonStaff = standAlone.reduce((sum, m) => sum + m.nonStaffSek, 0);
  // Server rooms closed over the migration save their running cost, ramped in like the saving.
  const roomsClosed = inputs.rooms ? inputs.rooms.today - inputs.rooms.after : 0;

  // Commute compensation by policy, for the placed people whose travel grows.
  const placedIds = new Set(assignment.placements.map((p) => p.personId));
  let commuteYearly = 0;
  let compensated = 0;
  for (const c of commute.people) {
    if (!placedIds.has(c.personId) || q.commuteCompensation === 'none') continue;
    const tripsPerYear = 2 * c.onSiteDaysScenario * q.workingWeeksPerYear;
    const person = people.get(c.personId);
    const amount =
      q.commuteCompensation === 'mileage'
        ? Math.max(0, c.deltaKm) * tripsPerYear * q.mileageSekPerKm
        : person
          ? (Math.max(0, c.deltaMinutes) / 60) *
            tripsPerYear *
            ((salaries.ofPerson(person).monthlySek * onCosts) / q.hoursPerMonth)
          : 0;
    if (amount > 0) compensated++;
    commuteYearly += amount;
  }

  // Desks at the sites used: one for each holder and each recruit.
  const desksYearly = (assignment.placements.length + recruit.length) * q.deskSekPerYear;

  // Expected leavers over the transition, each replaced at a share of their annual salary.
  let attritionTotal = 0;
  let expectedLeavers = 0;
  if (retention) {
    const ids = retention.personIds ?? assignment.placements.map((p) => p.personId);
    ids.forEach((id, k) => {
      const p = retention.leaveProbabilities[k] ?? 0;
      const person = people.get(id);
      expectedLeavers += p;
      if (person)
        attritionTotal +=
          p * q.recruitmentCostShare * 12 * salaries.ofPerson(person).monthlySek * person.employmentRate;
    });
  }
  const attritionFrom = Math.max(transfer, first);
  const attritionMonths = last >= attritionFrom ? last - attritionFrom + 1 : 12;

  const rateMix = q.internalShare * q.internalHourlySek + (1 - q.internalShare) * q.externalHourlySek;
  for (let i = 0; i < months; i++) {
    const a = active(i);
    items.staffPlaced[i] = (a * placedStaff) / 12;
    items.staffRecruited[i] = (a * recruitedStaff) / 12;
    items.nonStaff[i] =
      ((a * nonStaff) / 12) * (1 - saving * ramp(i)) - (a * q.serverRoomSekPerYear * roomsClosed * ramp(i)) / 12;
    items.commuteCompensation[i] = (a * commuteYearly) / 12;
    items.desks[i] = (a * desksYearly) / 12;
    if (i >= attritionFrom && i < attritionFrom + attritionMonths)
      items.attritionReplacement[i] = attritionTotal / attritionMonths;
  }
  for (const [memberId, yearly] of retainedStaff) {
    const own = beforeTransfer[memberId];
    for (let i = transfer; i < months; i++) {
      items.retainedStaff[i]! += yearly / 12;
      if (own) own[i]! += yearly / 12;
    }
  }
  economics.phases.forEach((phase, k) => {
    const length = ends[k]! - starts[k]! + 1;
    for (let i = Math.max(0, starts[k]!); i <= Math.min(months - 1, ends[k]!); i++) {
      items.transitionWork[i]! += (phase.hours / length) * rateMix;
      if (phase.parallelSystems) items.parallelLicences[i] = (q.parallelLicenceShare * nonStaff) / 12;
    }
  });

  // Redundancy: notice pay from the transfer month, severance in the last notice month.
  const groups = new Map<number, number>();
  for (const entry of assignment.bench) {
    const person = people.get(entry.personId);
    if (!person) continue;
    // The notice period the order-of-selection module reports (LAS 11 §, on all periods of employment).
    const n = entry.noticeMonths;
    groups.set(n, (groups.get(n) ?? 0) + 1);
    const monthly = salaries.ofPerson(person).monthlySek;
    for (let i = transfer; i < transfer + n && i < months; i++)
      items.redundancy[i]! += monthly * person.employmentRate * onCosts;
    const lastNotice = transfer + n - 1;
    if (lastNotice < months) items.redundancy[lastNotice]! += q.severanceMonths * monthly * onCosts;
  }
  const transferAbsolute = calendar.years[0]! * 12 + transfer;
  const noticeGroups = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, count]) => ({
      months: n,
      people: count,
      start: yearMonthOf(transferAbsolute),
      end: yearMonthOf(transferAbsolute + n - 1),
    }));

  return {
    items,
    beforeTransfer,
    noticeGroups,
    counts: {
      placed: assignment.placements.length,
      recruited: recruit.length,
      benched: assignment.bench.length,
      expectedLeavers,
      compensated,
      ...(retainedPlacements.length > 0 ? { retained: retainedPlacements.length } : {}),
    },
  };
}
