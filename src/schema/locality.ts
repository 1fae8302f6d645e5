import { z } from 'zod';
import { fractionSchema, idSchema, latitudeSchema, longitudeSchema, nonNegativeIntSchema } from './common';

/**
 * A locality (tätort): a demand point for local service. Its shares of the municipality's
 * employees and PCs weight service coverage; the shares of one municipality sum to 1.
 */
export const localitySchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    municipalityId: idSchema,
    lat: latitudeSchema,
    lon: longitudeSchema,
    population: nonNegativeIntSchema,
    employeeShare: fractionSchema,
    pcShare: fractionSchema,
    source: z.string().optional(),
  })
  .strict();
export type Locality = z.infer<typeof localitySchema>;
