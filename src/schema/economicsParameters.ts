import { z } from 'zod';

/**
 * The economic assumptions of a scenario (see docs/economics.md): rates and choices that HR may
 * vary between scenarios. Every default is an assumption, shown as one in the UI with its reason.
 */
export const financingKeys = ['employees', 'pcs', 'population', 'equal'] as const;
export const financingKeySchema = z.enum(financingKeys);
export type FinancingKey = z.infer<typeof financingKeySchema>;

export const commuteCompensationPolicies = ['none', 'mileage', 'travel-time'] as const;
export type CommuteCompensationPolicy = (typeof commuteCompensationPolicies)[number];

export const economicsParametersSchema = z.object({
  /** Yearly growth of IT-operations cost (the pre-study: about 5 %). */
  trend: z.number().min(0).max(0.5).default(0.05),
  /** Consolidation saving on non-staff cost once the transition is complete (the pre-study: 10–30 %). */
  saving: z.number().min(0).max(1).default(0.2),
  savingLow: z.number().min(0).max(1).default(0.1),
  savingHigh: z.number().min(0).max(1).default(0.3),
  /** Cost of an hour of the company's own staff on transition work. */
  internalHourlySek: z.number().min(0).max(10_000).default(550),
  /** Cost of an hour of an external consultant. */
  externalHourlySek: z.number().min(0).max(10_000).default(1_100),
  /** Share of the phases' hours done by own staff. */
  internalShare: z.number().min(0).max(1).default(0.5),
  /** Parallel systems and licences during the phases that run old and new side by side, as a share of non-staff cost. */
  parallelLicenceShare: z.number().min(0).max(1).default(0.1),
  /** Severance on top of the notice pay, months of salary. */
  severanceMonths: z.number().min(0).max(24).default(0),
  commuteCompensation: z.enum(commuteCompensationPolicies).default('mileage'),
  /** Weeks a year on site (52 less holidays and public holidays). */
  workingWeeksPerYear: z.number().min(0).max(52).default(44),
  /** Working hours in a month of full time, to turn salary into an hourly cost. */
  hoursPerMonth: z.number().positive().max(300).default(165),
  /** Mileage for added travel, kr per km (Skatteverket's tax-free rate for an own car). */
  mileageSekPerKm: z.number().min(0).max(100).default(2.5),
  /** Premises: a desk a year at a site the company uses. */
  deskSekPerYear: z.number().min(0).max(1_000_000).default(30_000),
  /**
   * Running a server room a year (power, cooling, UPS, physical security, premises): each room
   * closed after the migration saves it, each added costs it (docs/economics.md, the data centre).
   */
  serverRoomSekPerYear: z.number().min(0).max(100_000_000).default(150_000),
  /** Recruiting a replacement, as a share of the annual salary. */
  recruitmentCostShare: z.number().min(0).max(2).default(0.2),
  /** Monthly salary of a recruited position; null: the median salary of the title (or of everyone). */
  recruitMonthlySalarySek: z.number().min(0).max(1_000_000).nullable().default(null),
  /** The contribution key. */
  financingKey: financingKeySchema.default('employees'),
  /** In the combined model, the share paid by the key (the rest by use). */
  combinedFixedShare: z.number().min(0).max(1).default(0.5),
  /** Initial capital contribution, kr. */
  capitalSek: z.number().min(0).max(1e10).default(5_000_000),
  /** Ownership shares for the capital contribution. */
  ownershipKey: financingKeySchema.default('population'),
});
export type EconomicsParameters = z.infer<typeof economicsParametersSchema>;
