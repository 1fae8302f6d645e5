import { z } from 'zod';
import { idSchema } from './common';

/** Age bands for display and anonymisation; derived, never stored in HR's dataset. */
export const ageBandSchema = z.enum(['-29', '30-39', '40-49', '50-59', '60-']);

/**
 * What the engine needs to know about a person that is derived from the private fields
 * (birth year, employment dates): computed by HR's app, carried by a manager package in their
 * place. Ranks, not dates: 1 is the longest employed (or the oldest); people with the same
 * date (year) share a rank, so the order of selection ties exactly as with the dates.
 * See docs/roles-and-packages.md.
 */
export const personFactsSchema = z
  .object({
    personId: idSchema,
    ageBand: ageBandSchema,
    /** Whole years of employment at the dataset's reference date. */
    employmentYears: z.number().int().min(0).max(100),
    /** LAS rank input: 1 = longest total employment, all periods summed (dense rank). */
    employmentRank: z.number().int().min(1),
    /** LAS tie-break: 1 = oldest, by birth date where both are known, else by birth year (dense rank). */
    ageRank: z.number().int().min(1),
    /** Reaches the retirement age within the transition (the attrition model's retirement term). */
    reachesRetirementAge: z.boolean(),
    /** The employer's notice period if given notice (LAS 11 §, on total employment time). */
    noticeMonths: z.number().int().min(1).max(6),
    /** Would have the right to re-employment (LAS 25 §: more than 12 months in the last 3 years). */
    reemploymentRight: z.boolean(),
  })
  .strict();
export type PersonFacts = z.infer<typeof personFactsSchema>;
