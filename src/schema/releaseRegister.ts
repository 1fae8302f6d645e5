import { z } from 'zod';
import { anonymisedReportSchema } from './anonymisedReport';

/**
 * HR's register of the anonymised reports released from one dataset (see
 * docs/anonymisation.md): each new report is protected jointly with these. Kept in the browser
 * for the app and beside the report file for the CLI; never given to the union. The
 * fingerprints are hashes: of the people behind the counts (so a register of other data is
 * noticed) and of each scenario's count tables (identical tables are known cell by cell).
 */
export const RELEASE_REGISTER_FORMAT = 'ggvv-release-register';
export const RELEASE_REGISTER_SCHEMA_VERSION = 1;

export const releaseSchema = z.strictObject({
  /** When HR released it (ISO time), for HR's own overview. */
  releasedAt: z.string().max(40).optional(),
  /** Hash of each target scenario's count tables, by scenario id. */
  tableFingerprints: z.record(z.string().min(1), z.string().min(1)),
  report: anonymisedReportSchema,
});
export type Release = z.infer<typeof releaseSchema>;

export const releaseRegisterSchema = z.strictObject({
  format: z.literal(RELEASE_REGISTER_FORMAT),
  schemaVersion: z.literal(RELEASE_REGISTER_SCHEMA_VERSION),
  datasetId: z.string().min(1),
  /** Hash of the people (ids, employers, homes' areas): another version of the data differs. */
  peopleFingerprint: z.string().min(1),
  k: z.number().int().min(3).max(1000),
  releases: z.array(releaseSchema),
});
export type ReleaseRegister = z.infer<typeof releaseRegisterSchema>;

export function emptyRegister(datasetId: string, peopleFingerprint: string, k: number): ReleaseRegister {
  return {
    format: RELEASE_REGISTER_FORMAT,
    schemaVersion: RELEASE_REGISTER_SCHEMA_VERSION,
    datasetId,
    peopleFingerprint,
    k,
    releases: [],
  };
}
