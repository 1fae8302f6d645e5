/**
 * Validates a data folder strictly and prints every issue (development aid):
 *   npx tsx scripts/generator/checkDataFolder.ts [DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleDataset, collectionFiles, datasetFile } from '../../src/io/dataFolder';
import { validateDataset } from '../../src/schema/validateDataset';

const dir = process.argv[2] ?? 'data';
const files: Record<string, unknown> = {};
for (const file of [datasetFile, ...Object.values(collectionFiles)])
  files[file] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
const assembled = assembleDataset(files);
if (!assembled.ok) {
  process.stdout.write(`${JSON.stringify(assembled.problems, null, 2)}\n`);
  process.exitCode = 1;
} else {
  const result = validateDataset(assembled.raw, { strict: true });
  const issues = result.ok ? result.warnings : result.errors;
  for (const issue of issues) process.stdout.write(`${JSON.stringify(issue)}\n`);
  process.stdout.write(
    result.ok ? `valid (strict), ${issues.length} warnings\n` : `invalid: ${issues.length} issues\n`,
  );
  process.exitCode = result.ok ? 0 : 1;
}
