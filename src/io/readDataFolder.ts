import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  assembleDataset,
  collectionFiles,
  datasetFile,
  optionalFiles,
  type AssembledDataset,
  type DataFolderProblem,
} from './dataFolder';

/** Reads a data folder from disk (CLI, tests, scripts) and assembles the raw dataset. */
export async function readDataFolder(dir: string): Promise<AssembledDataset> {
  const files: Record<string, unknown> = {};
  const unreadable = new Map<string, DataFolderProblem>();
  for (const file of [datasetFile, ...Object.values(collectionFiles), ...Object.values(optionalFiles)]) {
    let text: string;
    try {
      text = await readFile(join(dir, file), 'utf8');
    } catch {
      continue; // assembleDataset reports it as missing
    }
    try {
      files[file] = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      unreadable.set(file, { file, code: 'invalid-json', detail: (error as Error).message });
    }
  }
  const assembled = assembleDataset(files);
  const problems = [
    ...unreadable.values(),
    ...(assembled.ok ? [] : assembled.problems.filter((p) => !unreadable.has(p.file))),
  ].map((p) => ({ ...p, file: join(dir, p.file) }));
  return problems.length > 0 ? { ok: false, problems } : assembled;
}
