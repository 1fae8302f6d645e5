import { z } from 'zod';
import { idSchema } from './common';
import { localisedTextSchema, withLegacyLocalised } from './localisedText';

/** A unit of the new company (`management`, `operations-infrastructure`, `service-desk-support`). */
export const organisationUnitSchema = withLegacyLocalised(
  z.object({ id: idSchema, name: localisedTextSchema }).strict(),
  'name',
  'nameEn',
);
export type OrganisationUnit = z.infer<typeof organisationUnitSchema>;
