import { assembleDataset } from './dataFolder';

/**
 * The default dataset, bundled at build time from `data/` (no network at run time).
 * Only the dataset's own files are taken; other files of the folder load where they are used.
 */
const files = import.meta.glob(
  [
    '/data/dataset.json',
    '/data/municipalities.json',
    '/data/localities.json',
    '/data/sites.json',
    '/data/functions.json',
    '/data/competences.json',
    '/data/units.json',
    '/data/positions.json',
    '/data/people.json',
    '/data/scenarios.json',
    '/data/economics.json',
  ],
  { eager: true, import: 'default' },
);

/** The default data folder's files keyed by file name, ready for `assembleDataset`. */
export function defaultDataFiles(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(files).map(([path, content]) => [path.slice('/data/'.length), content]));
}

export const assembleDefaultDataset = () => assembleDataset(defaultDataFiles());
