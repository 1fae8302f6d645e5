import { z } from 'zod';
import { daysPerWeekSchema, idSchema, isoDateSchema, pointSchema } from './common';
import { competenceLevelSchema } from './competence';

/**
 * One period of employment with the employer (LAS 3 §: every period counts; time with the
 * municipality carries over in a transfer of undertaking). No `end`: still employed.
 */
export const employmentPeriodSchema = z.object({ start: isoDateSchema, end: isoDateSchema.optional() }).strict();
export type EmploymentPeriod = z.infer<typeof employmentPeriodSchema>;

/**
 * A member of today's IT staff. `home` is the most sensitive field; `salary` (monthly SEK)
 * is optional and sensitive. Age bands are derived from `birthYear`, never stored. Whether
 * periods overlap or start after the reference date is checked against the dataset
 * (`crossCheckDataset`).
 */
export const personObjectSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1).optional(),
    /** Today's employer. */
    municipalityId: idSchema,
    siteId: idSchema,
    functionId: idSchema,
    title: z.string().min(1),
    home: pointSchema.strict(),
    /**
     * How the home was placed when the data had no coordinates: at the postcode's point or at
     * the locality's (the commute is then approximate). Absent: coordinates as given.
     */
    homePlacedBy: z.enum(['postcode', 'locality']).optional(),
    competences: z.record(idSchema, competenceLevelSchema),
    /** Fraction of full time, (0, 1]. */
    employmentRate: z.number().gt(0).max(1),
    /** Every period of employment with the employer, in any order (see docs/selection-order.md). */
    employmentPeriods: z.array(employmentPeriodSchema).min(1).optional(),
    /** Accepted from data written before periods existed: becomes one open period. */
    employmentStart: isoDateSchema.optional(),
    birthYear: z.number().int().min(1900).max(2100),
    /** The birth date where known: breaks ties in the order of selection by age (LAS 22 §). */
    birthDate: isoDateSchema.optional(),
    /** Collective-agreement area: a selection group is per agreement area (LAS 22 §). */
    agreementArea: idSchema,
    securityClearance: z.boolean(),
    managerEligible: z.boolean(),
    salary: z.number().positive().optional(),
    onSiteDaysToday: daysPerWeekSchema,
  })
  .strict();

/**
 * The person as the rest of the code sees it: `employmentPeriods` always set. Data written
 * before periods existed carries one `employmentStart` (saved datasets, old data folders,
 * imports with that column): it becomes one open period.
 */
export const personSchema = personObjectSchema.transform((raw, ctx) => {
  const { employmentStart, employmentPeriods, ...rest } = raw;
  const periods = employmentPeriods ?? (employmentStart === undefined ? undefined : [{ start: employmentStart }]);
  if (periods === undefined) {
    ctx.addIssue({
      code: 'invalid_type',
      expected: 'array',
      input: undefined,
      path: ['employmentPeriods'],
      message: 'Required',
    });
    return z.NEVER;
  }
  return { ...rest, employmentPeriods: periods };
});
export type Person = z.output<typeof personSchema>;
