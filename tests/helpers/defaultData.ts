import { readFileSync } from 'node:fs';
import { createTravelModel } from '../../src/engine/travel';
import { readDataFolder } from '../../src/io/readDataFolder';
import type { Dataset } from '../../src/schema/dataset';
import { roadGraphSchema } from '../../src/schema/roadGraph';
import { validateDataset } from '../../src/schema/validateDataset';

/** The default dataset of `data/`, validated (tests fail loudly if it is not). */
export async function defaultDataset(): Promise<Dataset> {
  const assembled = await readDataFolder('data');
  if (!assembled.ok) throw new Error(`data/ unreadable: ${JSON.stringify(assembled.problems)}`);
  const validation = validateDataset(assembled.raw, { strict: true });
  if (!validation.ok) throw new Error(`data/ invalid: ${JSON.stringify(validation.errors.slice(0, 3))}`);
  return validation.dataset;
}

/** The travel model of `data/roads.json`. */
export const defaultTravelModel = () =>
  createTravelModel(roadGraphSchema.parse(JSON.parse(readFileSync('data/roads.json', 'utf8'))));
