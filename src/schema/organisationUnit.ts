import { z } from 'zod';
import { idSchema } from './common';

/** A unit of the new company (`management`, `operations-infrastructure`, `service-desk-support`). */
export const organisationUnitSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    nameEn: z.string().min(1),
  })
  .strict();
export type OrganisationUnit = z.infer<typeof organisationUnitSchema>;
