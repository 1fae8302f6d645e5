import { z } from 'zod';
import { idSchema, isoDateSchema, nonNegativeIntSchema, sourceSchema } from './common';
import { competenceSchema } from './competence';
import { economicsSchema } from './economics';
import { localitySchema } from './locality';
import { municipalitySchema } from './municipality';
import { organisationUnitSchema } from './organisationUnit';
import { personSchema } from './person';
import { positionSchema } from './position';
import { regionSchema } from './region';
import { scenarioSchema } from './scenario';
import { siteSchema } from './site';
import { workFunctionSchema } from './workFunction';

export const DATASET_SCHEMA_VERSION = 1;

/**
 * The whole dataset as the app and the CLI hold it. This schema checks each entity's shape;
 * `validateDataset` adds the cross-references (ids, region, totals) and the warnings.
 */
export const datasetSchema = z
  .object({
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    id: idSchema,
    name: z.string().min(1),
    region: regionSchema,
    /** The planned transfer date: lengths of service and ages are counted at it. */
    referenceDate: isoDateSchema,
    /** Declared size of the new organisation; a difference from `positions` is a warning. */
    targetOrganisation: z.object({ positions: nonNegativeIntSchema, managers: nonNegativeIntSchema }).strict(),
    /**
     * The anonymised report's k (every published figure counts at least k people): one per
     * dataset, since reports of the same people are protected together (docs/anonymisation.md).
     */
    anonymisation: z
      .object({ k: z.number().int().min(3).max(50).default(5) })
      .strict()
      .prefault({}),
    sources: z.array(sourceSchema).default([]),
    municipalities: z.array(municipalitySchema),
    localities: z.array(localitySchema),
    sites: z.array(siteSchema),
    functions: z.array(workFunctionSchema),
    competences: z.array(competenceSchema),
    units: z.array(organisationUnitSchema),
    people: z.array(personSchema),
    positions: z.array(positionSchema),
    scenarios: z.array(scenarioSchema).default([]),
    /** Economic inputs (`economics.json`), optional: defaults apply when missing (docs/economics.md). */
    economics: economicsSchema.optional(),
  })
  .strict();
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;

/** The collections of a dataset, with the entity name their messages use. */
export const datasetCollections = {
  municipalities: 'municipality',
  localities: 'locality',
  sites: 'site',
  functions: 'function',
  competences: 'competence',
  units: 'unit',
  people: 'person',
  positions: 'position',
  scenarios: 'scenario',
} as const;
export type DatasetCollection = keyof typeof datasetCollections;
export type DatasetEntity = (typeof datasetCollections)[DatasetCollection] | 'dataset';
