import { z } from 'zod';

/**
 * Official municipality boundaries imported by the user as GeoJSON (RFC 7946): a
 * FeatureCollection of Polygon or MultiPolygon features, each naming its municipality by id or
 * name in one of `BOUNDARY_NAME_FIELDS`. Positions are [lon, lat] (an altitude may follow).
 */
const positionSchema = z
  .array(z.number())
  .min(2)
  .max(3)
  .refine((p) => Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90, { message: 'position-out-of-range' });
const ringSchema = z.array(positionSchema).min(4);

export const boundaryGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ringSchema).min(1)).min(1) }),
]);
export type BoundaryGeometry = z.infer<typeof boundaryGeometrySchema>;

export const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()),
  geometry: boundaryGeometrySchema,
});

export const boundariesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(boundaryFeatureSchema).min(1),
});
export type Boundaries = z.infer<typeof boundariesSchema>;

/** Properties that may name the municipality, in the order they are tried. */
export const BOUNDARY_NAME_FIELDS = [
  'municipalityId',
  'id',
  'name',
  'kommun',
  'kommunnamn',
  'KOMMUNNAMN',
  'kn_namn',
] as const;
