/**
 * Writes the default dataset's files (all but roads.json) from the seeded generator:
 *   npm run generate-data                    rewrites data/ byte for byte
 *   npm run generate-data -- --seed 7        other synthetic people
 *   npm run generate-data -- --out /tmp/d    into another folder
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataFiles, DEFAULT_SEED, serialiseDataFile } from './generator/buildDataFiles';

function main(): number {
  let values: { seed?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { seed: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write('Usage: npm run generate-data -- [--seed N] [--out DIR]\n');
    return 0;
  }
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    process.stderr.write(`--seed must be an integer from 0 to 4294967295, got ${values.seed}\n`);
    return 2;
  }
  const outDir = values.out ?? 'data';
  mkdirSync(outDir, { recursive: true });
  for (const [file, content] of Object.entries(buildDataFiles(seed))) {
    writeFileSync(join(outDir, file), serialiseDataFile(content));
  }
  process.stdout.write(`Wrote the dataset (seed ${seed}) to ${outDir}\n`);
  return 0;
}

process.exitCode = main();
