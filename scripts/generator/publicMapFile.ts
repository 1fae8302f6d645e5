import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicMapOf } from '../../src/engine/map/publicMap';
import { localitySchema } from '../../src/schema/locality';
import { publicMapSchema, type PublicMap } from '../../src/schema/publicMap';
import { roadGraphSchema } from '../../src/schema/roadGraph';

/** The file of the public map in a data folder (see docs/map.md, "Public geography"). */
export const PUBLIC_MAP_FILE = 'public-map.json';

/** The public map of a data folder's `localities.json` and `roads.json`, validated on the way in and out. */
export function publicMapOfFolder(dir: string): PublicMap {
  const localities = localitySchema
    .array()
    .parse((JSON.parse(readFileSync(join(dir, 'localities.json'), 'utf8')) as { localities: unknown }).localities);
  const graph = roadGraphSchema.parse(JSON.parse(readFileSync(join(dir, 'roads.json'), 'utf8')));
  return publicMapSchema.parse(publicMapOf(localities, graph));
}
