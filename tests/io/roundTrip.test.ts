import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDatasetCsv } from '../../src/io/csv/exportCollectionCsv';
import { importCollections } from '../../src/io/csv/importCollections';
import { assembleDataset } from '../../src/io/dataFolder';
import { dataFolderFiles } from '../../src/io/dataFolderFiles';
import { exportDatasetJson, importDatasetJson } from '../../src/io/datasetJson';
import type { Dataset } from '../../src/schema/dataset';
import { validateDataset } from '../../src/schema/validateDataset';
import { defaultDataset } from '../helpers/defaultData';

const utf8 = (text: string) => new TextEncoder().encode(text);
let current: Dataset;
beforeAll(async () => {
  current = await defaultDataset();
});

/** CSV holds one column per competence: requirements come back in the competences' order. */
function requirementsInCompetenceOrder(dataset: Dataset): Dataset {
  const order = new Map(dataset.competences.map((c, i) => [c.id, i]));
  return {
    ...dataset,
    positions: dataset.positions.map((p) => ({
      ...p,
      requirements: [...p.requirements].sort((a, b) => order.get(a.competenceId)! - order.get(b.competenceId)!),
    })),
  };
}

describe('round trips of the default dataset', () => {
  it.each(['sv', 'en'] as const)('exports the four collections as CSV (%s) and imports the same dataset', (lang) => {
    const files = Object.entries(exportDatasetCsv(current, lang)).map(([name, text]) => ({ name, bytes: utf8(text) }));
    const result = importCollections(files, current, lang);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.dataset).toEqual(requirementsInCompetenceOrder(current));
    // A second round trip changes nothing at all.
    const again = importCollections(
      Object.entries(exportDatasetCsv(result.dataset, lang)).map(([name, text]) => ({ name, bytes: utf8(text) })),
      result.dataset,
      lang,
    );
    expect(again.ok && again.dataset).toEqual(result.dataset);
  });

  it("imports the data folder's own JSON collection files unchanged", () => {
    const files = ['people', 'positions', 'sites', 'competences'].map((c) => ({
      name: `${c}.json`,
      bytes: new Uint8Array(readFileSync(`data/${c}.json`)),
    }));
    const result = importCollections(files, current, 'en');
    expect(result.ok && result.dataset).toEqual(current);
  });

  it('exports the dataset as one JSON file and imports it whole', () => {
    const result = importDatasetJson({ name: 'dataset.json', bytes: utf8(exportDatasetJson(current)) });
    expect(result.ok && result.dataset).toEqual(current);
  });

  it('writes a data folder that assembles and validates to the same dataset', () => {
    const files = Object.fromEntries(
      Object.entries(dataFolderFiles(current)).map(([file, text]) => [file, JSON.parse(text) as unknown]),
    );
    const assembled = assembleDataset(files);
    expect(assembled.ok).toBe(true);
    if (!assembled.ok) return;
    const validation = validateDataset(assembled.raw, { strict: true });
    expect(validation.ok && validation.dataset).toEqual(current);
  });

  it('reports what is wrong in a dataset JSON file by entity, id and field', () => {
    const broken = { ...current, people: current.people.map((p, i) => (i === 2 ? { ...p, birthYear: 'old' } : p)) };
    const result = importDatasetJson({ name: 'dataset.json', bytes: utf8(JSON.stringify(broken)) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.entity, i.id, i.field, i.code])).toEqual([
      ['person', 'p003', 'birthYear', 'invalid-type'],
    ]);
    const notJson = importDatasetJson({ name: 'dataset.json', bytes: utf8('{') });
    expect(!notJson.ok && notJson.fileProblems.map((p) => p.code)).toEqual(['invalid-json']);
  });
});
