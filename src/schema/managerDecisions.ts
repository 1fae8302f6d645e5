import { z } from 'zod';
import { idSchema } from './common';
import { decisionLogEntrySchema } from './decisionLogEntry';
import { manualDecisionsSchema } from './scenario';
import { selectionStageSchema } from './selectionStage';

/**
 * The decisions a manager made in a package, as a file HR imports into the full scenarios:
 * per scenario the manual decisions (locks, exclusions, vacancies, exemptions), the selection
 * stages and the decision log with who proposed each change. Strict: nothing else travels.
 * See docs/roles-and-packages.md.
 */
export const MANAGER_DECISIONS_FORMAT = 'ggvv-manager-decisions';
export const MANAGER_DECISIONS_VERSION = 1;

export const scenarioDecisionsSchema = z
  .object({
    scenarioId: idSchema,
    decisions: manualDecisionsSchema,
    stages: z.record(idSchema, selectionStageSchema),
    log: z.array(decisionLogEntrySchema),
  })
  .strict();
export type ScenarioDecisions = z.infer<typeof scenarioDecisionsSchema>;

export const managerDecisionsSchema = z
  .object({
    format: z.literal(MANAGER_DECISIONS_FORMAT),
    version: z.literal(MANAGER_DECISIONS_VERSION),
    /** The fingerprint of the dataset the package was made from. */
    datasetFingerprint: z.string().regex(/^[0-9a-f]{16}$/),
    createdAt: z.iso.datetime({ offset: true }),
    /** The manager's name as they gave it (optional). */
    proposedBy: z.string().trim().min(1).max(100).optional(),
    scenarios: z.array(scenarioDecisionsSchema).min(1),
  })
  .strict();
export type ManagerDecisions = z.infer<typeof managerDecisionsSchema>;
