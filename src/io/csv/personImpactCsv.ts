import { stageLabel } from './decisionDetail';
import { rowsCsv, type ExportColumn } from './rowsCsv';
import type { Language } from '../../schema/language';

/**
 * One person's impact in a scenario, as the caller maps it from a `ScenarioEvaluation`
 * (placements, role mapping, commute, retention). Null where it does not apply (no position,
 * the baseline). `name` is for HR only: leave it out for other roles.
 */
export interface PersonImpactRow {
  personId: string;
  name?: string | null;
  employer: string;
  titleToday: string;
  siteToday: string;
  positionId: string | null;
  positionTitle: string | null;
  siteScenario: string | null;
  /** Competence fit 0–1. */
  fit: number | null;
  stage: string | null;
  todayMinutes: number;
  scenarioMinutes: number;
  deltaMinutes: number;
  todayKm: number;
  scenarioKm: number;
  deltaKm: number;
  weeklyKmToday: number;
  weeklyKmScenario: number;
  weeklyCostTodaySek: number;
  weeklyCostScenarioSek: number;
  addedOverThreshold: boolean;
  longCommute: boolean;
  /** Probability of leaving within the transition, 0–1. */
  leaveProbability: number | null;
}

const round = (digits: number) => (x: number | null | undefined) =>
  x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits;
const one = round(1);
const two = round(2);

export const personImpactColumns: readonly ExportColumn<PersonImpactRow>[] = [
  { header: { sv: 'id', en: 'id' }, value: (r) => r.personId },
  { header: { sv: 'namn', en: 'name' }, value: (r) => r.name ?? null },
  { header: { sv: 'arbetsgivare', en: 'employer' }, value: (r) => r.employer },
  { header: { sv: 'titel_idag', en: 'title_today' }, value: (r) => r.titleToday },
  { header: { sv: 'arbetsplats_idag', en: 'site_today' }, value: (r) => r.siteToday },
  { header: { sv: 'befattning', en: 'position' }, value: (r) => r.positionId },
  { header: { sv: 'befattningens_titel', en: 'position_title' }, value: (r) => r.positionTitle },
  { header: { sv: 'arbetsplats_scenario', en: 'site_scenario' }, value: (r) => r.siteScenario },
  { header: { sv: 'matchning', en: 'fit' }, value: (r) => two(r.fit) },
  {
    header: { sv: 'urvalssteg', en: 'stage' },
    value: (r, lang) => (r.stage === null ? null : stageLabel(r.stage, lang)),
  },
  { header: { sv: 'minuter_idag', en: 'minutes_today' }, value: (r) => one(r.todayMinutes) },
  { header: { sv: 'minuter_scenario', en: 'minutes_scenario' }, value: (r) => one(r.scenarioMinutes) },
  { header: { sv: 'förändring_minuter', en: 'change_minutes' }, value: (r) => one(r.deltaMinutes) },
  { header: { sv: 'km_idag', en: 'km_today' }, value: (r) => one(r.todayKm) },
  { header: { sv: 'km_scenario', en: 'km_scenario' }, value: (r) => one(r.scenarioKm) },
  { header: { sv: 'förändring_km', en: 'change_km' }, value: (r) => one(r.deltaKm) },
  { header: { sv: 'km_per_vecka_idag', en: 'weekly_km_today' }, value: (r) => one(r.weeklyKmToday) },
  { header: { sv: 'km_per_vecka_scenario', en: 'weekly_km_scenario' }, value: (r) => one(r.weeklyKmScenario) },
  { header: { sv: 'kr_per_vecka_idag', en: 'weekly_sek_today' }, value: (r) => Math.round(r.weeklyCostTodaySek) },
  {
    header: { sv: 'kr_per_vecka_scenario', en: 'weekly_sek_scenario' },
    value: (r) => Math.round(r.weeklyCostScenarioSek),
  },
  { header: { sv: 'mer_än_x_min_längre', en: 'added_over_threshold' }, value: (r) => r.addedOverThreshold },
  { header: { sv: 'lång_pendling', en: 'long_commute' }, value: (r) => r.longCommute },
  { header: { sv: 'risk_att_sluta', en: 'leave_probability' }, value: (r) => two(r.leaveProbability) },
];

/** The per-person impact table of a scenario as CSV. */
export const personImpactCsv = (rows: readonly PersonImpactRow[], lang: Language): string =>
  rowsCsv(rows, personImpactColumns, lang);
