import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { travelMatrix, travelSourceOfCode, type TravelPlace } from '../../engine/travel';
import { createTranslator } from '../../i18n/createTranslator';
import type { ImportedTravelMatrix } from '../../schema/travelMatrix';
import type { RoadGraph } from '../../schema/roadGraph';
import { travelParametersSchema } from '../../schema/travelParameters';
import type { CliCommand } from '../command';
import { loadImportedMatrix, loadRoadModel } from '../loadTravelInputs';

/**
 * `travel --from A --to B [--data DIR] [--travel-matrix FILE]`: one-way car travel between two
 * places as `{"distanceKm", "minutes", "source"}` (rounded to 0.1). A place is a locality name
 * (any case, Swedish letters allowed) or id, or `lat,lon`; with a plain matrix file, also one of
 * its origin (for --from) or destination (for --to) ids.
 */
export const travelCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      data: { type: 'string', default: 'data' },
      'travel-matrix': { type: 'string' },
    },
    strict: true,
  });
  const t = createTranslator(io.lang);
  for (const option of ['from', 'to'] as const) {
    if (values[option] === undefined) {
      io.err(t('travel.error.missingOption', { option }));
      return 1;
    }
  }

  const roads = await loadRoadModel(values.data, io, t);
  if (!roads) return 1;
  let imported: ImportedTravelMatrix | undefined;
  if (values['travel-matrix'] !== undefined) {
    const matrix = await loadImportedMatrix(values['travel-matrix'], io, t);
    if (!matrix) return 1;
    imported = matrix;
  }

  const places = await knownPlaces(values.data, roads.graph);
  const plainPlaces = imported?.kind === 'plain' ? imported.matrix : undefined;
  const from = resolvePlace(values.from ?? '', places, plainPlaces?.origins ?? []);
  const to = resolvePlace(values.to ?? '', places, plainPlaces?.destinations ?? []);
  for (const [raw, place] of [
    [values.from, from],
    [values.to, to],
  ] as const) {
    if (place === undefined) {
      io.err(t('travel.error.unknownPlace', { place: raw ?? '' }));
      return 1;
    }
  }

  const params = travelParametersSchema.parse({});
  const result = travelMatrix(roads.model, [from as TravelPlace], [to as TravelPlace], params, imported);
  for (const warning of result.warnings) io.err(t(`travel.warning.${warning.code}`, warning.params));
  io.out(
    JSON.stringify({
      distanceKm: round1(result.km[0] ?? NaN),
      minutes: round1(result.minutes[0] ?? NaN),
      source: travelSourceOfCode(result.source[0] ?? 255),
    }),
  );
  return 0;
};

interface NamedPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

const localitiesFileSchema = z.object({
  localities: z.array(z.object({ id: z.string(), name: z.string(), lat: z.number(), lon: z.number() }).loose()),
});

/** The dataset's localities (`DIR/localities.json`), or the road graph's locality nodes without it. */
async function knownPlaces(dataDir: string, roads: RoadGraph): Promise<NamedPlace[]> {
  try {
    const parsed = localitiesFileSchema.safeParse(JSON.parse(await readFile(join(dataDir, 'localities.json'), 'utf8')));
    if (parsed.success) return parsed.data.localities;
  } catch {
    // No readable localities file yet: the road graph names its localities too.
  }
  return roads.nodes.flatMap((node) =>
    node.localityId === undefined ? [] : [{ id: node.localityId, name: node.name, lat: node.lat, lon: node.lon }],
  );
}

const normalise = (text: string): string => text.normalize('NFC').trim().toLocaleLowerCase('sv-SE');

const latLonPattern = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;

function resolvePlace(
  raw: string,
  places: readonly NamedPlace[],
  matrixPlaces: readonly { id: string; lat: number; lon: number }[],
): TravelPlace | undefined {
  const coordinates = latLonPattern.exec(raw);
  if (coordinates !== null) {
    const lat = Number(coordinates[1]);
    const lon = Number(coordinates[2]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
    return { id: `${lat},${lon}`, lat, lon };
  }
  const wanted = normalise(raw);
  const locality = places.find((p) => p.id === wanted || normalise(p.name) === wanted);
  if (locality !== undefined) return { id: locality.id, lat: locality.lat, lon: locality.lon };
  const matrixPlace = matrixPlaces.find((p) => p.id === raw.trim());
  return matrixPlace === undefined ? undefined : { id: matrixPlace.id, lat: matrixPlace.lat, lon: matrixPlace.lon };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
