import { z } from 'zod';

/**
 * Fixed, public geography for the union report's home areas (see docs/anonymisation.md): a
 * GeoJSON FeatureCollection of polygons, each with its official code (`id`) and `name`, e.g.
 * `data/municipalities.geojson`. Areas never depend on where people live.
 */
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4);
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const fixedAreaFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ id: z.string().min(1).max(40), name: z.string().min(1).max(200) }).loose(),
  geometry: geometrySchema,
});

export const fixedAreasSchema = z.object({
  type: z.literal('FeatureCollection'),
  /** Where the boundaries come from. */
  source: z.string().min(1).max(400),
  features: z.array(fixedAreaFeatureSchema).min(1),
});
export type FixedAreas = z.infer<typeof fixedAreasSchema>;
export type FixedAreaFeature = z.infer<typeof fixedAreaFeatureSchema>;
