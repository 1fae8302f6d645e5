/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` script in its own process, one after the
 * other, so that no benchmark's garbage or JIT state leaks into the next. Each script prints
 * its own figures and ratios against a baseline measured in the same run.
 * `npm run bench -- assignment` runs only the scripts whose name contains "assignment".
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n=== ${script} ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, script)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
if (scripts.length === 0) process.stdout.write(`no benchmark matches "${filter}"\n`);
process.exit(failed === 0 ? 0 : 1);
