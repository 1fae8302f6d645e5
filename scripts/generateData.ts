/**
 * Writes the default dataset's files (all but roads.json) from the seeded generator:
 *   npm run generate-data                    rewrites data/ byte for byte
 *   npm run generate-data -- --seed 7        other synthetic people
 *   npm run generate-data -- --out /tmp/d    into another folder
 *   npm run generate-data -- --scale 32 --sites 200 --out /tmp/big
 *                                            a larger merger, roads.json included (scripts/generator/scaleDataset.ts)
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataFiles, DEFAULT_SEED, serialiseDataFile } from './generator/buildDataFiles';
import { buildScaleDataFiles } from './generator/scaleDataset';

function main(): number {
  let values: { seed?: string; out?: string; scale?: string; sites?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        seed: { type: 'string' },
        out: { type: 'string' },
        scale: { type: 'string' },
        sites: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write('Usage: npm run generate-data -- [--seed N] [--out DIR] [--scale N --sites S --out DIR]\n');
    return 0;
  }
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    process.stderr.write(`--seed must be an integer from 0 to 4294967295, got ${values.seed}\n`);
    return 2;
  }
  const scaled = values.scale !== undefined || values.sites !== undefined;
  if (scaled && values.out === undefined) {
    process.stderr.write('--scale needs --out DIR (data/ holds the default dataset)\n');
    return 2;
  }
  const outDir = values.out ?? 'data';
  let files: Record<string, unknown>;
  try {
    files = scaled
      ? buildScaleDataFiles({ seed, scale: Number(values.scale ?? 1), sites: Number(values.sites ?? 21) })
      : buildDataFiles(seed);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(join(outDir, file), serialiseDataFile(content));
  }
  // A scale folder is complete on its own: the road graph comes with it.
  if (scaled) copyFileSync(join('data', 'roads.json'), join(outDir, 'roads.json'));
  process.stdout.write(
    `Wrote the dataset (seed ${seed}${scaled ? `, scale ${values.scale ?? 1}` : ''}) to ${outDir}\n`,
  );
  return 0;
}

process.exitCode = main();
