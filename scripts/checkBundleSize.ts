/**
 * Fails the build check when a page's first view needs more than 250 KB of gzipped JavaScript:
 * for every built page (`dist/*.html`), its entry chunk and everything it imports statically
 * (the page's module preloads and the chunks' own static `import … from "./x.js"`), each file
 * counted once. Lazily loaded views and the engine's Web Worker are not part of the first view.
 * Run after `vite build`: `tsx scripts/checkBundleSize.ts [distDir]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT_BYTES = 250 * 1024;
const dist = process.argv[2] ?? 'dist';
const assets = join(dist, 'assets');

if (!existsSync(assets)) {
  console.error(`No ${assets}: run \`vite build\` first.`);
  process.exit(1);
}

/** `<script type="module" src>` and `<link rel="modulepreload" href>` of a built page. */
function pageScripts(html: string): string[] {
  const files = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g)) files.add(basename(m[1]!));
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) files.add(basename(m[1]!));
  return [...files];
}

/** Static imports of a chunk: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; not `import("./x.js")`. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)) found.add(m[1]!);
  return [...found];
}

const gzipSize = (file: string) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let failed = false;
const pages = readdirSync(dist).filter((f) => f.endsWith('.html'));
for (const page of pages) {
  const queue = pageScripts(readFileSync(join(dist, page), 'utf8'));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(assets, file))) continue;
    seen.add(file);
    queue.push(...staticImports(readFileSync(join(assets, file), 'utf8')));
  }
  const sizes = [...seen].map((file) => ({ file, bytes: gzipSize(file) }));
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const ok = total <= LIMIT_BYTES;
  failed ||= !ok;
  console.log(
    `${page}: first-view JavaScript ${kb(total)} gzipped (limit ${kb(LIMIT_BYTES)}) ${ok ? 'OK' : 'TOO LARGE'}`,
  );
  for (const { file, bytes } of sizes.sort((a, b) => b.bytes - a.bytes))
    console.log(`  ${kb(bytes).padStart(9)}  ${file}`);
}
if (pages.length === 0) {
  console.error(`No built page in ${dist}.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
