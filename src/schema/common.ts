import { z } from 'zod';

/** Lowercase ASCII slug ids: `varnamo`, `gislaved-kommunhus`, `p017`, `pos-23`. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug' });
export type Id = z.infer<typeof idSchema>;

export const latitudeSchema = z.number().min(-90).max(90);
export const longitudeSchema = z.number().min(-180).max(180);

/** A WGS84 point. */
export const pointSchema = z.object({ lat: latitudeSchema, lon: longitudeSchema });
export type Point = z.infer<typeof pointSchema>;

/** A share or probability, 0–1. */
export const fractionSchema = z.number().min(0).max(1);

export const minutesSchema = z.number().min(0);
export const kmSchema = z.number().min(0);

/** Days per week on site, 0–7 (fractions allowed for part-time patterns). */
export const daysPerWeekSchema = z.number().min(0).max(7);

/** ISO calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

export const nonNegativeIntSchema = z.number().int().min(0);

/** Where a figure comes from: cited beside the data. */
export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  url: z.string().optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;
