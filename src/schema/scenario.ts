import { z } from 'zod';
import { daysPerWeekSchema, idSchema } from './common';
import { decisionLogEntrySchema } from './decisionLogEntry';
import { economicsParametersSchema } from './economicsParameters';
import { dataCentreSchema, retainedSchema } from './retainedPositions';
import { localisedTextSchema } from './localisedText';
import { scenarioParametersSchema } from './scenarioParameters';
import { selectionStageSchema } from './selectionStage';

/**
 * A conflict with the order of selection that HR records to negotiate (an agreed list, LAS 2 §):
 * the more protected person stays without the position the less protected one holds.
 */
export const agreedDeviationSchema = z
  .object({
    benchPersonId: idSchema,
    placedPersonId: idSchema,
    positionId: idSchema,
    reason: z.string().trim().min(1),
  })
  .strict();
export type AgreedDeviation = z.infer<typeof agreedDeviationSchema>;

/** Manual decisions of a scenario. A manual assign or swap is recorded as locks. */
export const manualDecisionsSchema = z
  .object({
    locks: z.array(z.object({ personId: idSchema, positionId: idSchema }).strict()).default([]),
    /** Not this position, or (no positionId) not placed at all. */
    exclusions: z.array(z.object({ personId: idSchema, positionId: idSchema.optional() }).strict()).default([]),
    /** Positions kept empty. */
    vacancies: z.array(idSchema).default([]),
    /**
     * LAS 22 §: at most three key people exempted per employer (the company after the
     * transfer, each municipality before it); checked against the dataset.
     */
    lasExemptions: z.array(idSchema).default([]),
    /** The agreed list (avtalsturlista): conflicts with the order HR will negotiate, each with a reason. */
    agreedDeviations: z.array(agreedDeviationSchema).default([]),
    /** Positions filled from outside, not from today's staff (docs/role-mapping.md). */
    externalRecruitment: z.array(idSchema).default([]),
  })
  .strict();
export type ManualDecisions = z.infer<typeof manualDecisionsSchema>;

export const servicePointSchema = z.object({ siteId: idSchema, municipalityId: idSchema }).strict();
export type ServicePoint = z.infer<typeof servicePointSchema>;

/**
 * A scenario: where each function sits, where field technicians work, the on-site policy,
 * manual decisions, selection stages and parameters. Results are never stored here: the
 * engine computes them from it, deterministically.
 */
export const scenarioSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    description: z.string().default(''),
    /**
     * A preset's name and description in both languages. `name` and `description` then hold
     * the text in the UI's language (see src/state/scenarioTexts.ts); renaming or describing
     * drops the localised text of that field, since the user's own words apply in both.
     */
    localised: z
      .object({ name: localisedTextSchema.optional(), description: localisedTextSchema.optional() })
      .strict()
      .optional(),
    /**
     * The member municipalities in this scenario (docs/membership.md); absent: the dataset's
     * default membership (`municipality.member`). At least one; each named once.
     */
    members: z
      .array(idSchema)
      .min(1, { message: 'no-members' })
      .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate-member' })
      .optional(),
    /** `baseline`: everyone stays at today's site, no head office; `target`: the new organisation. */
    kind: z.enum(['baseline', 'target']),
    /** The site of each function placed at one site (head office included). */
    functionSites: z.record(idSchema, idSchema).default({}),
    servicePoints: z.array(servicePointSchema).default([]),
    /** A cap on on-site days per week, or null: each position's own days apply. */
    onSitePolicy: z
      .object({ maxDaysPerWeek: daysPerWeekSchema.nullable().default(null) })
      .strict()
      .prefault({}),
    decisions: manualDecisionsSchema.prefault({}),
    /** Selection stage per person; a person not listed is `proposed`. */
    stages: z.record(idSchema, selectionStageSchema).default({}),
    log: z.array(decisionLogEntrySchema).default([]),
    parameters: scenarioParametersSchema.prefault({}),
    /** Economic assumptions (docs/economics.md): they change the cost paths only, never the evaluation. */
    economics: economicsParametersSchema.prefault({}),
    /** Per member, the positions it keeps and its security-sensitive operations (docs/retained-positions.md). */
    retained: retainedSchema.default({}),
    /** The data centre and the server rooms that remain; null: not chosen, today's rooms stay (docs/economics.md). */
    dataCentre: dataCentreSchema.nullable().default(null),
  })
  .strict();
export type Scenario = z.infer<typeof scenarioSchema>;
/** A scenario as written in a file: every defaulted field may be left out. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
