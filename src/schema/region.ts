import { z } from 'zod';
import { latitudeSchema, longitudeSchema } from './common';

/** The study region: every coordinate of the dataset must lie inside its box, with a margin. */
export const regionSchema = z
  .object({
    name: z.string().min(1),
    bbox: z
      .object({ minLat: latitudeSchema, maxLat: latitudeSchema, minLon: longitudeSchema, maxLon: longitudeSchema })
      .strict()
      .refine((b) => b.minLat < b.maxLat && b.minLon < b.maxLon, { message: 'bbox-order' }),
    /** Tolerance outside the box, km. */
    marginKm: z.number().min(0).max(200).default(10),
  })
  .strict();
export type Region = z.infer<typeof regionSchema>;
