/**
 * Rewrites data files from the old name shape (`name` + `nameEn`, `title` + `titleEn`) to
 * localised records (`name: { sv, en }`), in place: `tsx scripts/migrateLocalisedNames.ts
 * [folder or .json files …]` (default: every JSON file of `data/`). Idempotent: files already
 * migrated are left byte for byte. Files written as two-space JSON with a final newline.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateLocalisedNames } from '../src/io/migrateLocalisedNames';

const targets = process.argv.slice(2);
const files = (targets.length > 0 ? targets : ['data']).flatMap((target) =>
  statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((name) => name.endsWith('.json'))
        .map((name) => join(target, name))
    : [target],
);
let changed = 0;
for (const file of files) {
  const before = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as unknown;
  const after = migrateLocalisedNames(before);
  if (JSON.stringify(after) === JSON.stringify(before)) continue;
  writeFileSync(file, `${JSON.stringify(after, null, 2)}\n`);
  changed++;
  process.stdout.write(`migrated ${file}\n`);
}
process.stdout.write(`${changed} of ${files.length} files migrated\n`);
