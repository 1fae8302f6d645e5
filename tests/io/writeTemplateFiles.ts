/** Regenerates the templates and docs/import-format.md: `npx tsx tests/io/writeTemplateFiles.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { templateFiles } from './templateFiles';

for (const [path, text] of Object.entries(templateFiles())) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8');
}
