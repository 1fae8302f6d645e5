import { z } from 'zod';
import { idSchema } from './common';

export const userRoleSchema = z.enum(['hr', 'manager', 'union']);
export type UserRole = z.infer<typeof userRoleSchema>;

/** One manual change to a scenario, with who (role), when and why. */
export const decisionLogEntrySchema = z
  .object({
    at: z.iso.datetime({ offset: true }),
    role: userRoleSchema,
    action: z.enum([
      'lock',
      'unlock',
      'exclude',
      'include',
      'vacancy',
      'unvacancy',
      'recruit-externally',
      'recruit-internally',
      'stage',
      'site-role',
      'las-exemption',
      'agreed-deviation',
      'parameter',
    ]),
    personId: idSchema.optional(),
    positionId: idSchema.optional(),
    siteId: idSchema.optional(),
    /** What changed, e.g. the new stage or the new role of a site. */
    detail: z.string().optional(),
    reason: z.string().trim().min(1),
    /** Who proposed it, when it came back from a manager's package (their name as they gave it). */
    proposedBy: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
export type DecisionLogEntry = z.infer<typeof decisionLogEntrySchema>;
