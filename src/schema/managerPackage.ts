import { z } from 'zod';
import { idSchema } from './common';
import { datasetSchema, type Dataset } from './dataset';
import { personObjectSchema } from './person';
import { personFactsSchema } from './personFacts';
import { travelParametersSchema } from './travelParameters';

/**
 * The manager's package (docs/roles-and-packages.md): the dataset as a manager may see it, without the private
 * fields, with what the engine needs from them precomputed by HR's app. Its own schema, strict
 * everywhere: a private field added to a person (or anything unknown anywhere) is refused.
 * See docs/roles-and-packages.md.
 */
export const MANAGER_PACKAGE_FORMAT = 'ggvv-manager-package';
export const MANAGER_PACKAGE_VERSION = 1;

/**
 * The fields of a person that only HR sees. A new private field (e.g. employment periods, a
 * birth date) is added here and to nothing else: the package's person schema omits them all.
 */
export const privatePersonFields = [
  'home',
  'birthYear',
  'birthDate',
  'employmentStart',
  'employmentPeriods',
  'salary',
] as const;
export type PrivatePersonField = (typeof privatePersonFields)[number];

const omitPrivate = Object.fromEntries(privatePersonFields.map((field) => [field, true])) as {
  [K in PrivatePersonField]: true;
};

/** A person as a manager receives them. */
export const sharedPersonSchema = personObjectSchema.omit(omitPrivate).strict();
export type SharedPerson = z.infer<typeof sharedPersonSchema>;

const cellSchema = z.number().finite().min(0);

/**
 * Travel from every person's home to every site, by ids (no coordinates), for one set of travel
 * parameters: `minutes[i][j]` and `km[i][j]` from `personIds[i]` to `siteIds[j]`; `source[i][j]`
 * the model that produced the figure (0 road graph, 1 fallback, 2 imported matrix).
 */
export const homeTravelSchema = z
  .object({
    travelParameters: travelParametersSchema.strict(),
    personIds: z.array(idSchema),
    siteIds: z.array(idSchema),
    minutes: z.array(z.array(cellSchema)),
    km: z.array(z.array(cellSchema)),
    source: z.array(z.array(z.number().int().min(0).max(2))),
  })
  .strict()
  .superRefine((matrix, ctx) => {
    for (const field of ['minutes', 'km', 'source'] as const) {
      const rows = matrix[field];
      if (rows.length !== matrix.personIds.length) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `expected ${matrix.personIds.length} rows, found ${rows.length}`,
        });
      }
      rows.forEach((row, i) => {
        if (row.length !== matrix.siteIds.length) {
          ctx.addIssue({
            code: 'custom',
            path: [field, i],
            message: `expected ${matrix.siteIds.length} columns, found ${row.length}`,
          });
        }
      });
    }
  });
export type HomeTravel = z.infer<typeof homeTravelSchema>;

/** The dataset part of a package: HR's dataset with every person stripped of the private fields. */
export const sharedDatasetSchema = datasetSchema
  .omit({ people: true })
  .extend({ people: z.array(sharedPersonSchema) })
  .strict();
export type SharedDataset = z.infer<typeof sharedDatasetSchema>;

/** What HR's app computed from the private fields, in their place. */
export const packagePrecomputedSchema = z
  .object({
    /** The retirement rule the `reachesRetirementAge` facts were computed with. */
    retirementAge: z.number().int().min(50).max(80),
    transitionYears: z.number().min(0).max(20),
    personFacts: z.array(personFactsSchema),
    homeTravel: z.array(homeTravelSchema).min(1),
  })
  .strict();
export type PackagePrecomputed = z.infer<typeof packagePrecomputedSchema>;

export const managerPackageSchema = z
  .object({
    format: z.literal(MANAGER_PACKAGE_FORMAT),
    packageVersion: z.literal(MANAGER_PACKAGE_VERSION),
    role: z.literal('manager'),
    /** Identifies HR's dataset (its public ids), so decisions can only go back to it. */
    datasetFingerprint: z.string().regex(/^[0-9a-f]{16}$/),
    createdAt: z.iso.datetime({ offset: true }),
    dataset: sharedDatasetSchema,
    precomputed: packagePrecomputedSchema,
  })
  .strict();
export type ManagerPackage = z.infer<typeof managerPackageSchema>;

/**
 * The dataset the app runs on in manager mode: the package's people (without private fields)
 * and the precomputed facts the engine reads in their place (`src/engine/personFacts`).
 */
export type PackagedDataset = SharedDataset & { precomputed: PackagePrecomputed };

/** The precomputed part of a dataset opened from a package; null for HR's own dataset. */
export function precomputedOf(dataset: Dataset | PackagedDataset): PackagePrecomputed | null {
  return 'precomputed' in dataset ? dataset.precomputed : null;
}

/**
 * The one place the package's dataset is given the type of HR's dataset, so the views and the
 * engine run on it unchanged. Its people lack the private fields at run time: the engine reads
 * what it needs through `personFactsOf` and `travelMatrices`, and every view that shows a
 * private field is HR-only (see docs/roles-and-packages.md).
 */
export function packagedDatasetAsDataset(dataset: PackagedDataset): Dataset {
  return dataset as unknown as Dataset;
}
