import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { createTravelModel, type TravelModel } from '../engine/travel';
import { roadGraphSchema, type RoadGraph } from '../schema/roadGraph';
import { formatFieldPath, parseImportedTravelMatrix, type ImportedTravelMatrix } from '../schema/travelMatrix';
import type { CliIo } from './command';

/** Reads a JSON file, or says why it cannot and returns undefined. */
export async function readJsonFile(file: string, io: CliIo, t: TFunction): Promise<unknown> {
  try {
    return JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    io.err(t('travel.error.readFile', { file, detail: (error as Error).message }));
    return undefined;
  }
}

/** The road graph of a data folder (`DIR/roads.json`), validated, and the model built from it. */
export async function loadRoadModel(
  dataDir: string,
  io: CliIo,
  t: TFunction,
): Promise<{ graph: RoadGraph; model: TravelModel } | null> {
  const file = join(dataDir, 'roads.json');
  const json = await readJsonFile(file, io, t);
  if (json === undefined) return null;
  const roads = roadGraphSchema.safeParse(json);
  if (!roads.success) {
    for (const issue of roads.error.issues) {
      io.err(t('travel.error.invalidRoads', { file, field: formatFieldPath(issue.path), message: issue.message }));
    }
    return null;
  }
  return { graph: roads.data, model: createTravelModel(roads.data) };
}

/** An imported travel-time matrix (OSRM table or plain), validated; null after reporting problems. */
export async function loadImportedMatrix(file: string, io: CliIo, t: TFunction): Promise<ImportedTravelMatrix | null> {
  const json = await readJsonFile(file, io, t);
  if (json === undefined) return null;
  const parsed = parseImportedTravelMatrix(json);
  if (!parsed.ok) {
    for (const problem of parsed.problems) {
      io.err(t('travel.error.invalidMatrix', { file, field: problem.field, message: problem.message }));
    }
    return null;
  }
  return parsed.matrix;
}
