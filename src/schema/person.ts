import { z } from 'zod';
import { daysPerWeekSchema, idSchema, isoDateSchema, pointSchema } from './common';
import { competenceLevelSchema } from './competence';

/**
 * A member of today's IT staff. `home` is the most sensitive field; `salary` (monthly SEK)
 * is optional and sensitive. Age bands are derived from `birthYear`, never stored.
 */
export const personSchema = z
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
    employmentStart: isoDateSchema,
    birthYear: z.number().int().min(1900).max(2100),
    /** Collective-agreement area: a selection group is per agreement area (LAS 22 §). */
    agreementArea: idSchema,
    securityClearance: z.boolean(),
    managerEligible: z.boolean(),
    salary: z.number().positive().optional(),
    onSiteDaysToday: daysPerWeekSchema,
  })
  .strict();
export type Person = z.infer<typeof personSchema>;
