/**
 * Writes data/public-map.json, the public geography the union page draws beside the municipal
 * boundaries (town names and centres, main roads with numbers), from data/localities.json and
 * data/roads.json (see docs/map.md, "Public geography"):
 *   npx tsx scripts/generatePublicMap.ts             rewrites data/public-map.json
 *   npx tsx scripts/generatePublicMap.ts --dir D     from and into another data folder
 * Run it after either source file changes; tests/data/publicMap.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serialiseDataFile } from './generator/buildDataFiles';
import { PUBLIC_MAP_FILE, publicMapOfFolder } from './generator/publicMapFile';

const { values } = parseArgs({ options: { dir: { type: 'string' } }, strict: true });
const dir = values.dir ?? join(import.meta.dirname, '..', 'data');
const out = join(dir, PUBLIC_MAP_FILE);
writeFileSync(out, serialiseDataFile(publicMapOfFolder(dir)));
process.stdout.write(`wrote ${out}\n`);
