import type { z } from 'zod';
import { datasetFingerprint } from '../schema/datasetFingerprint';
import {
  MANAGER_PACKAGE_FORMAT,
  MANAGER_PACKAGE_VERSION,
  managerPackageSchema,
  privatePersonFields,
  type ManagerPackage,
} from '../schema/managerPackage';
import { formatFieldPath } from '../schema/travelMatrix';

/** Why a package or decisions file was refused: a code (text in src/i18n/managerPackage.ts) and its values. */
export interface PackageProblem {
  code:
    | 'not-json'
    | 'not-a-package'
    | 'not-decisions'
    | 'newer-version'
    | 'schema'
    | 'private-field'
    | 'tampered'
    | 'facts-missing'
    | 'travel-missing'
    | 'other-dataset'
    | 'unknown-scenario'
    | 'unknown-reference';
  params: Record<string, string | number>;
}

export type PackageReadResult = { ok: true; package: ManagerPackage } | { ok: false; problems: PackageProblem[] };

const MAX_SCHEMA_PROBLEMS = 20;

/** JSON text, or the problem saying why not. */
export function parseJsonText(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: PackageProblem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      problem: { code: 'not-json', params: { file, detail: error instanceof Error ? error.message : '' } },
    };
  }
}

/**
 * Reads a manager package (docs/roles-and-packages.md), refusing with reasons: not JSON, not a
 * package, a newer version, a schema failure (a private field added is named as such), a
 * fingerprint that does not match its own content (tampered), facts or travel missing for
 * someone, or (with `expectedFingerprint`) a package from another dataset.
 */
export function readManagerPackage(file: string, text: string, expectedFingerprint?: string | null): PackageReadResult {
  const json = parseJsonText(file, text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const value = json.value as { format?: unknown; packageVersion?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.format !== MANAGER_PACKAGE_FORMAT) {
    return { ok: false, problems: [{ code: 'not-a-package', params: { file } }] };
  }
  if (typeof value.packageVersion === 'number' && value.packageVersion > MANAGER_PACKAGE_VERSION) {
    return {
      ok: false,
      problems: [
        { code: 'newer-version', params: { file, version: value.packageVersion, supported: MANAGER_PACKAGE_VERSION } },
      ],
    };
  }
  const parsed = managerPackageSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(file, parsed.error) };
  const pkg = parsed.data;
  const problems: PackageProblem[] = [];
  if (datasetFingerprint(pkg.dataset) !== pkg.datasetFingerprint) problems.push({ code: 'tampered', params: { file } });
  const withFacts = new Set(pkg.precomputed.personFacts.map((f) => f.personId));
  for (const person of pkg.dataset.people) {
    if (!withFacts.has(person.id)) problems.push({ code: 'facts-missing', params: { file, id: person.id } });
  }
  pkg.precomputed.homeTravel.forEach((matrix, m) => {
    const people = new Set(matrix.personIds);
    const sites = new Set(matrix.siteIds);
    for (const person of pkg.dataset.people) {
      if (!people.has(person.id))
        problems.push({
          code: 'travel-missing',
          params: { file, id: person.id, field: `precomputed.homeTravel[${m}].personIds` },
        });
    }
    for (const site of pkg.dataset.sites) {
      if (!sites.has(site.id))
        problems.push({
          code: 'travel-missing',
          params: { file, id: site.id, field: `precomputed.homeTravel[${m}].siteIds` },
        });
    }
  });
  if (problems.length === 0 && expectedFingerprint && expectedFingerprint !== pkg.datasetFingerprint) {
    problems.push({ code: 'other-dataset', params: { file } });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, package: pkg };
}

/** zod's issues as problems; an unknown key that is a private person field is named as such. */
export function schemaProblems(file: string, error: z.ZodError): PackageProblem[] {
  const privateFields = new Set<string>(privatePersonFields);
  return error.issues.slice(0, MAX_SCHEMA_PROBLEMS).map((issue): PackageProblem => {
    const field = formatFieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const found = issue.keys.filter((k) => privateFields.has(k));
      if (found.length > 0) return { code: 'private-field', params: { file, field, key: found.join(', ') } };
    }
    return { code: 'schema', params: { file, field, reason: issue.message } };
  });
}
