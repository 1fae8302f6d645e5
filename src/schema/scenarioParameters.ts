import { z } from 'zod';
import { idSchema } from './common';
import { travelParametersSchema } from './travelParameters';

/**
 * Every parameter of the engine (docs/README.md), each with its default. Defaults are modelling
 * choices, not facts: the UI shows each with its unit, default and source, and HR may replace
 * them. Parsing `{}` gives the defaults.
 */
export const commuteParametersSchema = z.object({
  /** Flag X: the commute grows by more than this many minutes one way. */
  addedMinutesThreshold: z.number().min(0).max(240).default(20),
  /** Flag Y: the new one-way commute is longer than this. */
  longCommuteMinutes: z.number().min(0).max(240).default(60),
  /** Skatteverket's tax-free mileage for an own car since 2023: 25 kr per 10 km. */
  mileageSekPerKm: z.number().min(0).max(100).default(2.5),
});

export const coverageParametersSchema = z.object({
  /** T: a locality is covered when a staffed service point is within this many minutes. */
  responseMinutes: z.number().positive().max(240).default(30),
  /** A point with at least this many technicians counts as its own backup. */
  backupTechnicians: z.number().int().min(2).max(20).default(2),
  /** T₀ of local service kept (E2SFCA, docs/service-coverage.md): no on-site support beyond this many minutes. */
  catchmentMinutes: z.number().positive().max(240).default(45),
  /** β of the Gaussian distance decay, minutes²: 662 gives w(10) ≈ 0.85, w(20) ≈ 0.52, w(30) ≈ 0.22. */
  decayBeta: z.number().positive().max(100_000).default(662),
});

export const assignmentParametersSchema = z.object({
  /** Weight of competence fit (0–1) in a person–position score. */
  fitWeight: z.number().min(0).max(10).default(1),
  /** Bonus for staying in the same function as today (continuity). */
  continuityBonus: z.number().min(0).max(10).default(0.1),
  /**
   * Score lost per minute the one-way commute grows (and gained per minute it shrinks): 30
   * added minutes cost 0.3, about a third of a perfect fit, so the optimiser moves people far
   * only for a clearly better fit, and prefers the closer of two equally good positions.
   */
  commutePenaltyPerMinute: z.number().min(0).max(1).default(0.01),
  /** Gaps of up to this many levels can be closed by training. */
  trainableGapLevels: z.number().int().min(0).max(4).default(1),
  /** A trainable level of gap costs this fraction of an untrainable one. */
  trainableGapCost: z.number().min(0).max(1).default(0.35),
  /** r: a pair's fit counts as fit × (1 − r · p_leave); 0 gives the plain fit (docs/role-mapping.md). */
  retentionWeight: z.number().min(0).max(1).default(1),
  /** `vetting`: an uncleared person may hold a position that requires clearance, once vetted; `hard`: never. */
  clearanceRule: z.enum(['vetting', 'hard']).default('vetting'),
  /** Score given up when the holder of a position that requires clearance must first be vetted. */
  vettingCost: z.number().min(0).max(1).default(0.05),
  /**
   * A manager position only for someone whose every gap in its required competences is at most
   * this many levels (closable by training by default); 4 switches the rule off.
   */
  managerMaxGapLevels: z.number().int().min(0).max(4).default(1),
  /** Lead time of a security vetting (säkerhetsprövning), months. */
  vettingLeadMonths: z.number().min(0).max(24).default(3),
});

export const selectionOrderParametersSchema = z.object({
  /** "Sufficient qualifications" (LAS 22 §): fit at or above this for the position. */
  sufficientFit: z.number().min(0).max(1).default(0.6),
  /** Merge operating units in the same town into one selection group (on the union's request). */
  mergeUnitsInSameTown: z.boolean().default(false),
  /**
   * Make the assignment respect the order of selection (no conflicts but the agreed
   * deviations): the lawful proposal is the default.
   */
  respectOrder: z.boolean().default(true),
  /**
   * Who sets the order: `after-transfer` (the company, over today's workplaces that moved
   * over) or `before-transfer` (each municipality over its own staff, with its own three
   * exemptions). See docs/selection-order.md.
   */
  basis: z.enum(['after-transfer', 'before-transfer']).default('after-transfer'),
});

export const attritionParametersSchema = z.object({
  /** Ordinary staff turnover per year (municipal staff: commonly 5–10 %): an assumption HR should replace. */
  annualBaseRate: z.number().min(0).max(1).default(0.07),
  /** Length of the transition in years (the pre-study's phases, spring 2027 to late 2029). */
  transitionYears: z.number().positive().max(10).default(2.5),
  /** Probability of retiring for a person who reaches the retirement age within the transition (an assumption). */
  retirementRate: z.number().min(0).max(1).default(0.5),
  /** Age at which retirement is counted, years. */
  retirementAge: z.number().int().min(50).max(75).default(65),
  /** Probability of leaving far beyond daily-commuting range. */
  maxRate: z.number().min(0).max(1).default(0.9),
  /** New one-way minutes at which the logistic rise is half way. */
  t50Minutes: z.number().min(0).max(240).default(55),
  /** Steepness of the logistic rise, minutes. */
  slopeMinutes: z.number().positive().max(120).default(8),
  /** Added minutes over which the rise is switched fully on. */
  rampMinutes: z.number().positive().max(240).default(20),
  /** Monte Carlo draws (at least 10 000 for the published figures). */
  draws: z.number().int().min(100).max(1_000_000).default(10_000),
  /** Seed of the attrition draws' own random stream. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(2027),
  /** A competence counts as held at or above this level. */
  heldLevel: z.number().int().min(1).max(4).default(3),
  /** A competence is at risk when fewer than this many holders are likely to stay. */
  minHolders: z.number().int().min(1).max(10).default(2),
});

export const optimiserParametersSchema = z.object({
  objective: z.enum(['median', 'coverage', 'mixed']).default('median'),
  /** p: the number of sites to choose. */
  hubs: z.number().int().min(1).max(50).default(3),
  /** w in `w · coverage + (1 − w) · today's commute / scenario's commute`. */
  mixedWeight: z.number().min(0).max(1).default(0.5),
  requiredSiteIds: z.array(idSchema).default([]),
  excludedSiteIds: z.array(idSchema).default([]),
});

export const scenarioParametersSchema = z.object({
  commute: commuteParametersSchema.prefault({}),
  travel: travelParametersSchema.prefault({}),
  coverage: coverageParametersSchema.prefault({}),
  assignment: assignmentParametersSchema.prefault({}),
  selectionOrder: selectionOrderParametersSchema.prefault({}),
  attrition: attritionParametersSchema.prefault({}),
  optimiser: optimiserParametersSchema.prefault({}),
});
export type ScenarioParameters = z.infer<typeof scenarioParametersSchema>;

/** The defaults, for resets and for scenarios that set nothing. */
export const defaultScenarioParameters = (): ScenarioParameters => scenarioParametersSchema.parse({});

export type CommuteParameters = z.infer<typeof commuteParametersSchema>;
export type CoverageParameters = z.infer<typeof coverageParametersSchema>;
export type AssignmentParameters = z.infer<typeof assignmentParametersSchema>;
export type SelectionOrderParameters = z.infer<typeof selectionOrderParametersSchema>;
export type AttritionParameters = z.infer<typeof attritionParametersSchema>;
export type OptimiserParameters = z.infer<typeof optimiserParametersSchema>;
