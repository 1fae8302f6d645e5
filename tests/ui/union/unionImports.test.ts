import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module the union page pulls in, following relative imports from its entry. */
function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(
      /(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\s+['"](\.[^'"]+)['"]/g,
    )) {
      const spec = match[1] ?? match[2]!;
      const base = resolve(dirname(file), spec);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find(
        (c) => /\.tsx?$/.test(c) && existsSync(c),
      );
      if (found) visit(found);
    }
  };
  visit(resolve(entry));
  return [...seen].map((f) => f.slice(resolve('.').length + 1));
}

describe('the union page', () => {
  it('never imports the dataset, its loaders, data files or the app store', () => {
    const modules = importGraph('src/union/main.tsx');
    expect(modules).toContain('src/union/UnionApp.tsx');
    expect(modules).toContain('src/engine/report/checkAnonymisedReport.ts');
    const forbidden = modules.filter(
      (m) =>
        m.startsWith('src/io/') ||
        m.startsWith('src/state/') ||
        m.startsWith('data/') ||
        m.includes('defaultDataFiles'),
    );
    expect(forbidden).toEqual([]);
    for (const module of modules) expect(readFileSync(module, 'utf8')).not.toMatch(/from ['"][^'"]*\.json['"]/);
  });
});
