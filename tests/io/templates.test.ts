import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCollections } from '../../src/io/csv/importCollections';
import { importEntities } from '../../src/io/csv/importProblem';
import { csvTemplate } from '../../src/io/templates/csvTemplate';
import { entityColumns } from '../../src/io/templates/entityColumns';
import type { Dataset } from '../../src/schema/dataset';
import { defaultDataset } from '../helpers/defaultData';
import { templateFiles } from './templateFiles';

let current: Dataset;
beforeAll(async () => {
  current = await defaultDataset();
});

describe('templates and the import format page', () => {
  it('are up to date with the column tables (regenerate: npx tsx tests/io/writeTemplateFiles.ts)', () => {
    for (const [path, text] of Object.entries(templateFiles())) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('document every column of every table', () => {
    const page = readFileSync('docs/import-format.md', 'utf8');
    for (const entity of importEntities) {
      for (const column of entityColumns[entity].columns) {
        expect(page).toContain(`\`${column.header.sv}\``);
        expect(page).toContain(`\`${column.header.en}\``);
      }
    }
  });

  it.each(importEntities.flatMap((entity) => (['sv', 'en'] as const).map((lang) => [entity, lang] as const)))(
    'the %s template (%s) maps every column and its example row passes its own checks',
    (entity, lang) => {
      const template = csvTemplate(entity, lang);
      expect(template.startsWith('\uFEFF')).toBe(true);
      const result = importCollections(
        [{ name: `${entity}.csv`, bytes: new TextEncoder().encode(template) }],
        current,
        lang,
      );
      const problems = result.ok ? result.warnings : result.problems;
      // Only references to the rest of the dataset may fail: a one-row file replaces a collection.
      const own = problems.filter(
        (p) => p.code !== 'reference-lost' && p.code !== 'unknown-reference' && p.severity === 'error',
      );
      expect(own).toEqual([]);
      expect(problems.filter((p) => p.code === 'unknown-columns' || p.code === 'missing-columns')).toEqual([]);
    },
  );

  it("the people template with the dataset's competences imports a home by coordinates and one by locality", () => {
    const template = csvTemplate('people', 'sv', current.competences);
    const smalandsstenar = current.localities.find((l) => l.name === 'Smålandsstenar')!;
    const result = importCollections(
      [{ name: 'people.csv', bytes: new TextEncoder().encode(template) }],
      current,
      'sv',
    );
    expect(result.ok && result.dataset.people).toEqual([
      expect.objectContaining({
        id: 'p001',
        name: 'Åsa Öberg',
        home: { lat: 57.1853, lon: 14.0402 },
        employmentRate: 0.8,
        competences: { network: 3 },
      }),
      expect.objectContaining({
        id: 'p002',
        homePlacedBy: 'locality',
        home: { lat: smalandsstenar.lat, lon: smalandsstenar.lon },
      }),
    ]);
    // Competence columns are headed by their Swedish names in the Swedish template.
    expect(template.split('\n')[0]).toContain(';Nätverk;Servrar och virtualisering;');
  });
});
