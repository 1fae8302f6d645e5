import { z } from 'zod';
import { idSchema } from './common';
import { localisedTextSchema, withLegacyLocalised } from './localisedText';

/** An area of skill, rated 0–4 per person. */
export const competenceSchema = withLegacyLocalised(
  z
    .object({
      id: idSchema,
      name: localisedTextSchema,
      description: z.string().optional(),
    })
    .strict(),
  'name',
  'nameEn',
);
export type Competence = z.infer<typeof competenceSchema>;

/** A competence level: 0 none, 1 basic, 2 independent, 3 advanced, 4 expert. */
export const competenceLevelSchema = z.number().int().min(0).max(4);
export type CompetenceLevel = z.infer<typeof competenceLevelSchema>;
