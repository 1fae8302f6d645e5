import { z } from 'zod';
import { latitudeSchema, longitudeSchema } from './common';
import { roadClassSchema } from './roadGraph';

/**
 * `data/public-map.json`: the public geography of the default region beside the municipal
 * boundaries, for pages that must not load the dataset (the union page): town names, centres and
 * populations, and the main roads with their numbers. Derived from `localities.json` and
 * `roads.json` by `scripts/generatePublicMap.ts`, keeping only what is published about places
 * (see docs/map.md, "Public geography"): no ids of the dataset, no shares, no sites, no people.
 */
const lonLat = z.tuple([longitudeSchema, latitudeSchema]);

export const publicTownSchema = z
  .object({
    name: z.string().min(1).max(80),
    lat: latitudeSchema,
    lon: longitudeSchema,
    /** Inhabitants as published (SCB via Wikipedia); orders the labels. */
    population: z.number().int().min(0),
  })
  .strict();
export type PublicTown = z.infer<typeof publicTownSchema>;

export const publicRoadSchema = z
  .object({
    /** The number on the road's sign (`E4`, `27`), null for an unnumbered road. */
    number: z.string().min(1).max(8).nullable(),
    roadClass: roadClassSchema,
    from: lonLat,
    to: lonLat,
  })
  .strict();
export type PublicRoad = z.infer<typeof publicRoadSchema>;

export const publicMapSchema = z
  .object({
    description: z.string().min(1),
    source: z.string().min(1).max(400),
    towns: z.array(publicTownSchema).min(1),
    roads: z.array(publicRoadSchema),
  })
  .strict();
export type PublicMap = z.infer<typeof publicMapSchema>;
