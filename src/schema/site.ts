import { z } from 'zod';
import { idSchema, latitudeSchema, longitudeSchema, nonNegativeIntSchema } from './common';

export const siteKindSchema = z.enum(['town-hall', 'it-office', 'server-room', 'datacenter']);
export type SiteKind = z.infer<typeof siteKindSchema>;

/** A candidate workplace. `approximate` marks a position placed plausibly, not sourced. */
export const siteSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    municipalityId: idSchema,
    localityId: idSchema,
    lat: latitudeSchema,
    lon: longitudeSchema,
    kind: siteKindSchema,
    deskCapacity: nonNegativeIntSchema,
    approximate: z.boolean(),
    source: z.string().optional(),
  })
  .strict();
export type Site = z.infer<typeof siteSchema>;
