import { z } from 'zod';
import { daysPerWeekSchema, idSchema } from './common';

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
export const positionSchema = z
  .object({
    id: idSchema,
    unitId: idSchema,
    functionId: idSchema,
    title: z.string().min(1),
    titleEn: z.string().min(1).optional(),
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
  })
  .strict();
export type Position = z.infer<typeof positionSchema>;
