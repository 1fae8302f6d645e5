import { assembleDataset } from '../../src/io/dataFolder';
import type { StateStorage } from 'zustand/middleware';
import { createAppStore, type AppStoreOptions } from '../../src/state/store';
import { createInProcessEngine } from '../../src/worker/inProcessEngine';
import { smallDataset } from '../fixtures/smallDataset';
import { smallRoadModel } from '../fixtures/smallTravel';

/** The small dataset as the data folder's files, assembled. */
export function assembledSmallDataset(raw = smallDataset()) {
  const { municipalities, localities, sites, functions, competences, units, positions, people, scenarios, ...head } =
    raw;
  return assembleDataset({
    'dataset.json': head,
    'municipalities.json': { municipalities },
    'localities.json': { localities },
    'sites.json': { sites },
    'functions.json': { functions },
    'competences.json': { competences },
    'units.json': { units },
    'positions.json': { positions },
    'people.json': { people },
    'scenarios.json': { scenarios },
  });
}

/** A store over the small dataset; `engine: true` evaluates in-process over the small road model. */
export function smallStore(
  options: Omit<AppStoreOptions, 'engine'> & {
    engine?: boolean | AppStoreOptions['engine'];
    storage?: StateStorage;
  } = {},
) {
  const engine =
    options.engine === true
      ? createInProcessEngine(smallRoadModel)
      : options.engine === false
        ? null
        : (options.engine ?? null);
  const store = createAppStore({ ...options, engine });
  store.getState().loadDataset(assembledSmallDataset());
  return store;
}
