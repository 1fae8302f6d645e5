import { z } from 'zod';
import { idSchema } from './common';
import { localisedTextSchema, withLegacyLocalised } from './localisedText';

/**
 * A function: the work a group of positions does, and so where it sits. `siting` says how a
 * scenario places it: at one site (`function-site`, from the scenario's `functionSites`) or at
 * the service points (`service-point`: field service, one group per member municipality), or
 * not at all (`municipality`: work a member keeps, at its retained positions' own sites).
 */
export const workFunctionSchema = withLegacyLocalised(
  z
    .object({
      id: idSchema,
      name: localisedTextSchema,
      siting: z.enum(['function-site', 'service-point', 'municipality']),
      description: z.string().optional(),
      /**
       * Share 0–1 of a holder's working time that is on-site support where the users are: the
       * supply of local service (docs/service-coverage.md). Missing: a default by function, with a warning.
       */
      onSiteShare: z.number().min(0).max(1).optional(),
    })
    .strict(),
  'name',
  'nameEn',
);
export type WorkFunction = z.infer<typeof workFunctionSchema>;
