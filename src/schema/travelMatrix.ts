import { z } from 'zod';
import { idSchema, latitudeSchema, longitudeSchema } from './common';

/**
 * An imported travel-time matrix that overrides the travel models (docs/travel.md). Two shapes:
 * (a) the JSON of an OSRM `table` response (durations in seconds, optional distances in metres,
 * waypoints with `location: [lon, lat]`), matched to homes and sites by coordinates;
 * (b) a plain file whose origin and destination ids are person and site ids.
 */

const cellSchema = z.number().finite().min(0);

const osrmWaypointSchema = z
  .object({
    location: z.tuple([longitudeSchema, latitudeSchema]),
    name: z.string().optional(),
    hint: z.string().optional(),
    distance: z.number().optional(),
  })
  .loose();

/** OSRM `table` service response (`durations` seconds; `null` where no route was found). */
export const osrmTableSchema = z
  .object({
    code: z.literal('Ok'),
    durations: z.array(z.array(cellSchema.nullable())),
    distances: z.array(z.array(cellSchema.nullable())).optional(),
    sources: z.array(osrmWaypointSchema).min(1),
    destinations: z.array(osrmWaypointSchema).min(1),
  })
  .loose()
  .superRefine((table, ctx) => {
    checkShape(ctx, 'durations', table.durations, table.sources.length, table.destinations.length);
    if (table.distances !== undefined) {
      checkShape(ctx, 'distances', table.distances, table.sources.length, table.destinations.length);
    }
  });
export type OsrmTable = z.infer<typeof osrmTableSchema>;

const plainPlaceSchema = z.object({ id: idSchema, lat: latitudeSchema, lon: longitudeSchema }).strict();

/** Plain matrix: `minutes[i][j]` (and optional `km[i][j]`) from `origins[i]` to `destinations[j]`. */
export const plainTravelMatrixSchema = z
  .object({
    origins: z.array(plainPlaceSchema).min(1),
    destinations: z.array(plainPlaceSchema).min(1),
    minutes: z.array(z.array(cellSchema)),
    km: z.array(z.array(cellSchema)).optional(),
    source: z.string().optional(),
  })
  .strict()
  .superRefine((matrix, ctx) => {
    checkShape(ctx, 'minutes', matrix.minutes, matrix.origins.length, matrix.destinations.length);
    if (matrix.km !== undefined) {
      checkShape(ctx, 'km', matrix.km, matrix.origins.length, matrix.destinations.length);
    }
    checkUniqueIds(ctx, 'origins', matrix.origins);
    checkUniqueIds(ctx, 'destinations', matrix.destinations);
  });
export type PlainTravelMatrix = z.infer<typeof plainTravelMatrixSchema>;

export type ImportedTravelMatrix = { kind: 'osrm'; table: OsrmTable } | { kind: 'plain'; matrix: PlainTravelMatrix };

/** One reason a matrix file was rejected: the field (`durations[2][5]`) and why. */
export interface TravelMatrixProblem {
  field: string;
  message: string;
}

export type TravelMatrixParseResult =
  { ok: true; matrix: ImportedTravelMatrix } | { ok: false; problems: TravelMatrixProblem[] };

/**
 * Validates an imported matrix (already parsed from JSON). An object with `durations` or `code`
 * is read as an OSRM table, anything else as a plain matrix.
 */
export function parseImportedTravelMatrix(input: unknown): TravelMatrixParseResult {
  const looksOsrm = typeof input === 'object' && input !== null && ('durations' in input || 'code' in input);
  if (looksOsrm) {
    const result = osrmTableSchema.safeParse(input);
    return result.success
      ? { ok: true, matrix: { kind: 'osrm', table: result.data } }
      : { ok: false, problems: problemsOf(result.error) };
  }
  const result = plainTravelMatrixSchema.safeParse(input);
  return result.success
    ? { ok: true, matrix: { kind: 'plain', matrix: result.data } }
    : { ok: false, problems: problemsOf(result.error) };
}

/** `['durations', 2, 5]` → `durations[2][5]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? '(root)' : text;
}

function problemsOf(error: z.ZodError): TravelMatrixProblem[] {
  return error.issues.map((issue) => ({ field: formatFieldPath(issue.path), message: issue.message }));
}

function checkShape(
  ctx: z.RefinementCtx,
  field: string,
  rows: readonly (readonly unknown[])[],
  rowCount: number,
  columnCount: number,
): void {
  if (rows.length !== rowCount) {
    ctx.addIssue({ code: 'custom', path: [field], message: `expected ${rowCount} rows, found ${rows.length}` });
  }
  rows.forEach((row, i) => {
    if (row.length !== columnCount) {
      ctx.addIssue({
        code: 'custom',
        path: [field, i],
        message: `expected ${columnCount} columns, found ${row.length}`,
      });
    }
  });
}

function checkUniqueIds(ctx: z.RefinementCtx, field: string, places: readonly { id: string }[]): void {
  const seen = new Set<string>();
  places.forEach((place, i) => {
    if (seen.has(place.id)) {
      ctx.addIssue({ code: 'custom', path: [field, i, 'id'], message: `duplicate id "${place.id}"` });
    }
    seen.add(place.id);
  });
}
