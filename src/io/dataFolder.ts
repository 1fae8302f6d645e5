import type { DatasetInput } from '../schema/dataset';

/**
 * The layout of a data folder: `dataset.json` holds the dataset's own fields (name, region,
 * reference date, target organisation, sources); each collection has a file of its own,
 * `{ "sources": [...], "<collection>": [...] }`, whose sources are merged into the dataset's.
 * The same layout is read by the CLI (from disk) and by the app (bundled).
 */
export const collectionFiles = {
  municipalities: 'municipalities.json',
  localities: 'localities.json',
  sites: 'sites.json',
  functions: 'functions.json',
  competences: 'competences.json',
  units: 'units.json',
  positions: 'positions.json',
  people: 'people.json',
  scenarios: 'scenarios.json',
} as const;
export const datasetFile = 'dataset.json';

/** Files a data folder may leave out, each holding one field of the dataset: `{ "economics": {...} }`. */
export const optionalFiles = { economics: 'economics.json' } as const;

export type CollectionName = keyof typeof collectionFiles;

/** A problem reading the files of a data folder, before validation can start. */
export interface DataFolderProblem {
  file: string;
  code: 'missing-file' | 'invalid-json' | 'not-an-object' | 'missing-collection';
  detail?: string;
}

export type AssembledDataset = { ok: true; raw: DatasetInput } | { ok: false; problems: DataFolderProblem[] };

/**
 * Assembles the raw (unvalidated) dataset from the parsed contents of a data folder's files,
 * keyed by file name. Validation follows through `validateDataset`.
 */
export function assembleDataset(files: Record<string, unknown>): AssembledDataset {
  const problems: DataFolderProblem[] = [];
  const objectIn = (file: string): Record<string, unknown> | undefined => {
    const content = files[file];
    if (content === undefined) {
      problems.push({ file, code: 'missing-file' });
      return undefined;
    }
    if (content === null || typeof content !== 'object' || Array.isArray(content)) {
      problems.push({ file, code: 'not-an-object' });
      return undefined;
    }
    return content as Record<string, unknown>;
  };
  const head = objectIn(datasetFile);
  const raw: Record<string, unknown> = { ...head };
  const sources: unknown[] = Array.isArray(head?.sources) ? [...head.sources] : [];
  for (const [collection, file] of Object.entries(collectionFiles)) {
    const content = objectIn(file);
    if (!content) continue;
    if (!(collection in content)) {
      problems.push({ file, code: 'missing-collection', detail: collection });
      continue;
    }
    raw[collection] = content[collection];
    if (Array.isArray(content.sources)) sources.push(...content.sources);
  }
  for (const [field, file] of Object.entries(optionalFiles)) {
    const content = files[file];
    if (content === undefined) continue;
    if (content === null || typeof content !== 'object' || Array.isArray(content))
      problems.push({ file, code: 'not-an-object' });
    else if (!(field in content)) problems.push({ file, code: 'missing-collection', detail: field });
    else raw[field] = (content as Record<string, unknown>)[field];
  }
  raw.sources = sources;
  return problems.length > 0 ? { ok: false, problems } : { ok: true, raw: raw as DatasetInput };
}
