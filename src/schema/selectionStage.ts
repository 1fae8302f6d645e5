import { z } from 'zod';

/**
 * A person's selection stage in a scenario, as HR tracks it. `slated` and `confirmed` lock the
 * person to the position they hold when the stage is set; `declined-transfer` (LAS 6 b §) puts
 * them outside the new company; `not-selected` and `leaving` leave them without a position.
 */
export const selectionStageSchema = z.enum([
  'proposed',
  'slated',
  'confirmed',
  'not-selected',
  'declined-transfer',
  'leaving',
]);
export type SelectionStage = z.infer<typeof selectionStageSchema>;
