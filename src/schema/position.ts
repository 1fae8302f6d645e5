import { z } from 'zod';
import { daysPerWeekSchema, idSchema } from './common';
import { localisedTextSchema, withLegacyLocalised } from './localisedText';

export const competenceRequirementSchema = z
  .object({
    competenceId: idSchema,
    minLevel: z.number().int().min(1).max(4),
    weight: z.number().positive().max(10).default(1),
  })
  .strict();
export type CompetenceRequirement = z.infer<typeof competenceRequirementSchema>;

/**
 * Where a position's holder works: where the scenario puts its function, at a service point
 * of a given municipality (the one nearest the holder's home where there are several), or at
 * the scenario site nearest the holder's home.
 */
export const locationRuleSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('function-site') }).strict(),
  z.object({ rule: z.literal('local'), municipalityId: idSchema }).strict(),
  z.object({ rule: z.literal('any') }).strict(),
]);
export type LocationRule = z.infer<typeof locationRuleSchema>;

/** One slot of the target organisation. */
/** The position's fields, for schemas that reuse some of them (a retained position). */
export const positionFieldsSchema = z
  .object({
    id: idSchema,
    unitId: idSchema,
    functionId: idSchema,
    title: localisedTextSchema,
    reportsTo: idSchema.nullable(),
    requirements: z.array(competenceRequirementSchema),
    location: locationRuleSchema,
    onSiteDays: daysPerWeekSchema,
    clearanceRequired: z.boolean(),
    manager: z.boolean(),
    /**
     * A position that exists only while this municipality is a member (Hylte's additional
     * positions, docs/membership.md); without it, the position exists under every membership.
     */
    memberId: idSchema.optional(),
    /** A company-leading position (the CEO): outside LAS (1 §), so outside every selection group. */
    companyLeading: z.boolean().optional(),
    /**
     * Security-sensitive operations (säkerhetskänslig drift): a member that keeps them takes
     * this position's work over (docs/retained-positions.md).
     */
    securitySensitive: z.boolean().optional(),
    /** Worked on site at the scenario's data centre when it names one (docs/retained-positions.md). */
    dataCentre: z.boolean().optional(),
    /** Set only in a scenario's view of the positions: the member municipality that keeps this position. */
    retainedBy: idSchema.optional(),
    /** Set only in a scenario's view: the fixed site of a retained position. */
    fixedSiteId: idSchema.optional(),
  })
  .strict();
export const positionSchema = withLegacyLocalised(positionFieldsSchema, 'title', 'titleEn');
export type Position = z.infer<typeof positionSchema>;
