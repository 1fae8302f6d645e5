import {
  applyRoleDecision,
  lasEmployerOf,
  type RoleDecision,
  type RoleDecisionError,
} from '../engine/roleMapping/roleDecisions';
import { activeScenario, readyDataset } from './selectors';
import type { AppSlice } from './sliceTypes';

/** What a decision came to: saved, refused by the rules (and why), or not a valid scenario. */
export type RoleDecisionResult = 'ok' | RoleDecisionError | 'invalid';

export interface RoleDecisionsSlice {
  /**
   * Applies a manual decision on the role mapping to the active scenario as it is now (one undo
   * step), logged with the time, the user's role and the reason; nothing changes when refused.
   */
  decideRole: (decision: RoleDecision, reason: string) => RoleDecisionResult;
}

/** `isoNow`: the clock stamping each log entry (ISO date-time). */
export const createRoleDecisionsSlice =
  (isoNow: () => string): AppSlice<RoleDecisionsSlice> =>
  (_set, get) => ({
    decideRole: (decision, reason) => {
      const state = get();
      const scenario = activeScenario(state);
      if (!scenario) return 'invalid';
      const outcome = applyRoleDecision(scenario, decision, {
        at: isoNow(),
        role: state.role,
        reason,
        employerOf: lasEmployerOf(readyDataset(state) ?? { people: [], municipalities: [] }, scenario),
      });
      if (!outcome.ok) return outcome.error;
      return state.updateScenario(scenario.id, () => outcome.scenario) ? 'ok' : 'invalid';
    },
  });
