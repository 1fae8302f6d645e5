import { z } from 'zod';
import { idSchema, latitudeSchema, longitudeSchema } from './common';
import { withLegacyLocalised } from './localisedText';
import { positionFieldsSchema } from './position';

/**
 * A position a member municipality keeps for itself (docs/retained-positions.md): its ordering
 * function (beställarfunktion), say. It reuses the position's parts (title, function,
 * requirements, on-site days, clearance) and is worked at a site of the scenario's choosing.
 * Only that municipality's people, and people who declined the transfer, can hold it.
 */
export const retainedPositionSchema = withLegacyLocalised(
  positionFieldsSchema
    .pick({
      id: true,
      functionId: true,
      title: true,
      requirements: true,
      onSiteDays: true,
      clearanceRequired: true,
    })
    .extend({ siteId: idSchema })
    .strict(),
  'title',
  'titleEn',
);
export type RetainedPosition = z.infer<typeof retainedPositionSchema>;

/**
 * What one member keeps: its own positions, and whether its security-sensitive operations
 * (säkerhetskänslig drift) stay in the municipality, which moves the work of one
 * security-sensitive company position to it.
 */
export const memberRetentionSchema = z
  .object({
    positions: z.array(retainedPositionSchema).default([]),
    securitySensitive: z.boolean().default(false),
  })
  .strict();
export type MemberRetention = z.infer<typeof memberRetentionSchema>;

/** Per member municipality id. */
export const retainedSchema = z.record(idSchema, memberRetentionSchema);
export type Retained = z.infer<typeof retainedSchema>;

/**
 * The infrastructure's data centre: one of the dataset's server-room (or data-centre) sites,
 * or a new site the user adds with its coordinates (inside the region).
 */
export const dataCentreSiteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), siteId: idSchema }).strict(),
  z
    .object({
      kind: z.literal('new'),
      id: idSchema,
      name: z.string().trim().min(1),
      lat: latitudeSchema,
      lon: longitudeSchema,
    })
    .strict(),
]);
export type DataCentreSite = z.infer<typeof dataCentreSiteSchema>;

/**
 * A scenario's data centre and the server rooms that remain after the migration (absent: all
 * of today's). The data centre itself always remains and counts as one room.
 */
export const dataCentreSchema = z
  .object({
    site: dataCentreSiteSchema,
    serverRooms: z.array(idSchema).optional(),
  })
  .strict();
export type DataCentre = z.infer<typeof dataCentreSchema>;
