import { migrateLocalisedNames } from '../../src/io/migrateLocalisedNames';
import { DATASET_SCHEMA_VERSION } from '../../src/schema/dataset';
import type { Region } from '../../src/schema/region';
import { competences, functions, units } from './catalogue';
import { localityShares } from './localityShares';
import { generateCandidatePeople, generatePeople, type PeopleContext } from './people';
import { administrationLocality, localityFacts, municipalities } from './places';
import { buildPositions } from './positions';
import { buildScenarios } from './scenarios';
import { firstServerRoomOf, itOfficeOf, sites, townHallOf } from './sites';
import { sources } from './sources';

/** The seed of the committed default dataset (`npm run generate-data` without `--seed`). */
export const DEFAULT_SEED = 20270701;

export const REFERENCE_DATE = '2027-07-01';

export const region: Region = {
  name: 'GGVV med pendlingsomland (Gislaved, Gnosjö, Vaggeryd, Värnamo, Hylte, Jönköping)',
  bbox: { minLat: 56.85, maxLat: 57.85, minLon: 12.9, maxLon: 14.5 },
  marginKm: 10,
};

/**
 * Every file of the default data folder except `roads.json` (another generator's), keyed by
 * file name, in the layout `assembleDataset` reads. Deterministic for a seed.
 */
export function buildDataFiles(seed: number = DEFAULT_SEED): Record<string, unknown> {
  const localities = localityShares(localityFacts, administrationLocality);
  const context: PeopleContext = {
    seed,
    referenceDate: REFERENCE_DATE,
    region,
    localities,
    itOfficeOf,
    townHallOf,
    firstServerRoomOf,
    competenceIds: competences.map((c) => c.id),
  };
  // The members' people first, unchanged by Hylte's, then Hylte's (docs/membership.md).
  const memberPeople = generatePeople(context);
  const people = [...memberPeople, ...generateCandidatePeople(context, memberPeople.length + 1)];
  // Names are written as localised records (the catalogue keeps the two fields per language).
  const files: Record<string, unknown> = {
    'dataset.json': {
      schemaVersion: DATASET_SCHEMA_VERSION,
      id: 'ggvv',
      name: 'Gemensam IT-drift GGVV (Gislaved, Gnosjö, Vaggeryd, Värnamo)',
      region,
      referenceDate: REFERENCE_DATE,
      targetOrganisation: { positions: 51, managers: 3 },
      sources: [
        sources.preStudy,
        sources.domainNotes,
        { ...sources.synthetic, note: `${sources.synthetic.note} Seed ${seed}.` },
      ],
    },
    'municipalities.json': { sources: [sources.scbPopulation2024, sources.jonkopingStatistics], municipalities },
    'localities.json': { sources: [sources.wikipedia, sources.trafikverket, sources.placeList], localities },
    'sites.json': { sources: [], sites },
    'functions.json': { sources: [], functions },
    'competences.json': { sources: [], competences },
    'units.json': { sources: [], units },
    'positions.json': { sources: [], positions: buildPositions() },
    'people.json': { sources: [], people },
    'scenarios.json': { sources: [], scenarios: buildScenarios(itOfficeOf, townHallOf) },
  };
  return Object.fromEntries(Object.entries(files).map(([file, content]) => [file, migrateLocalisedNames(content)]));
}

/** The bytes written for a file: two-space JSON with a final newline. */
export function serialiseDataFile(content: unknown): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}
