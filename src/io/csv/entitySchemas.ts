import type { z } from 'zod';
import { competenceSchema } from '../../schema/competence';
import { personSchema } from '../../schema/person';
import { positionSchema } from '../../schema/position';
import { siteSchema } from '../../schema/site';
import type { ImportEntity } from './importProblem';

export const entitySchemas: Record<ImportEntity, z.ZodType> = {
  competences: competenceSchema,
  sites: siteSchema,
  people: personSchema,
  positions: positionSchema,
};
