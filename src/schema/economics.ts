import { z } from 'zod';
import { idSchema, sourceSchema } from './common';
import { localisedTextSchema, withLegacyLocalised } from './localisedText';

/**
 * A dataset's economic inputs (`data/economics.json`): what each member's IT operations cost
 * on their own today (HR's real figures, where given), the unit costs that estimate the rest,
 * the employer's on-costs, the transition plan's phases and the horizon of the cost paths.
 * Optional in a dataset: the engine applies the defaults of docs/economics.md when missing.
 */

/** A calendar month, `YYYY-MM`. */
export const yearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'year-month' });
export type YearMonth = z.infer<typeof yearMonthSchema>;

/** Kronor per year (or per unit and year): never negative. */
const sekSchema = z.number().min(0).max(1e12);

/**
 * A member's stand-alone annual IT-operations cost, in the first horizon year's prices. Either
 * part may be left out: the engine then estimates it (staff from the people's salaries and the
 * on-costs, non-staff from the unit costs).
 */
export const memberStandAloneCostSchema = z
  .object({
    municipalityId: idSchema,
    staffCostSek: sekSchema.optional(),
    nonStaffCostSek: sekSchema.optional(),
    /** Where HR's figure comes from (budget, annual report …). */
    source: z.string().optional(),
  })
  .strict();
export type MemberStandAloneCost = z.infer<typeof memberStandAloneCostSchema>;

/** One phase of the transition plan; phases may overlap. Months count both ends (2027-03 to 2027-08 is 6). */
export const transitionPhaseSchema = withLegacyLocalised(
  z
    .object({
      id: idSchema,
      name: localisedTextSchema,
      start: yearMonthSchema,
      end: yearMonthSchema,
      hours: z.number().min(0).max(1e7),
      /** Old and new environments run side by side in this phase (parallel systems and licences). */
      parallelSystems: z.boolean().default(false),
    })
    .strict(),
  'name',
  'nameEn',
);
export type TransitionPhase = z.infer<typeof transitionPhaseSchema>;

export const unitCostsSchema = z
  .object({
    perPcSek: sekSchema,
    perServerSek: sekSchema,
    perNetworkDeviceSek: sekSchema,
  })
  .strict();
export type UnitCosts = z.infer<typeof unitCostsSchema>;

export const economicsSchema = z
  .object({
    /** The years of the cost paths; prices are the first year's level. */
    horizon: z
      .object({ startYear: z.number().int().min(2000).max(2100), endYear: z.number().int().min(2000).max(2100) })
      .strict(),
    /** Employer on-costs on salary: social fees 31.42 % plus occupational pension and other on-costs. */
    onCostRate: z.number().min(0).max(2),
    /** Non-staff cost per unit and year (licences, hardware lifecycle, support contracts). */
    unitCosts: unitCostsSchema,
    /** Shown on the timeline, not a phase: the preparation before the first phase. */
    preparation: z.object({ start: yearMonthSchema, end: yearMonthSchema }).strict().optional(),
    phases: z.array(transitionPhaseSchema).min(1),
    members: z.array(memberStandAloneCostSchema).default([]),
    sources: z.array(sourceSchema).default([]),
  })
  .strict();
export type Economics = z.infer<typeof economicsSchema>;
export type EconomicsInput = z.input<typeof economicsSchema>;
