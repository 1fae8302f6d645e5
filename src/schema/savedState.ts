import { z } from 'zod';
import { languageSchema } from './language';
import { migrateBaseRate } from './attritionMigration';
import { idSchema } from './common';
import { scenarioSchema } from './scenario';

/**
 * The workspace as saved in the browser: inputs only, never results. Every saved
 * state carries its schema version; an older one is migrated, one that fails its schema is set
 * aside (never silently dropped).
 */
export const SAVED_STATE_VERSION = 4;

export const viewIds = [
  'overview',
  'impact',
  'map',
  'roles',
  'compare',
  'economics',
  'scenarios',
  'report',
  'log',
  'data',
] as const;
export const viewIdSchema = z.enum(viewIds);
export type ViewId = z.infer<typeof viewIdSchema>;

export const userRoleSchema = z.enum(['hr', 'manager']);
export type UserRole = z.infer<typeof userRoleSchema>;

/** Version 1: scenarios, the active one and the language; no role, no view, no seeding mark. */
export const savedStateV1Schema = z
  .object({
    language: languageSchema,
    scenarios: z.array(z.unknown()),
    activeScenarioId: idSchema.nullable(),
  })
  .strict();
export type SavedStateV1 = z.infer<typeof savedStateV1Schema>;

/**
 * Version 4 (current): a scenario may name its members (`members`, docs/membership.md).
 * Version 3 had the same fields, and its scenarios none: membership was the data's
 * (`municipality.member`), which a scenario without `members` still means, so a version 3
 * state is read as it is. An app of version 3 sets a version 4 state aside rather than
 * dropping the members it does not know.
 *
 * Version 3. `scenariosSeeded`: the list was made from the dataset's presets once
 * (first start). Version 2 had the same fields; its scenarios predate the lawful default of the
 * order of selection, may set the attrition's old `baseRate` (over the whole transition), which
 * version 3 reads as `annualBaseRate`, and carried the report's k (`parameters.anonymisation.k`);
 * k now belongs to the dataset (docs/anonymisation.md).
 */
export const savedStateSchema = z
  .object({
    language: languageSchema,
    role: userRoleSchema,
    view: viewIdSchema,
    scenarios: z.array(scenarioSchema),
    activeScenarioId: idSchema.nullable(),
    scenariosSeeded: z.boolean(),
  })
  .strict();
export type SavedState = z.infer<typeof savedStateSchema>;

/**
 * Scenarios saved before the order of selection was respected by default carry the old
 * default `respectOrder: false`, stored whether or not anyone chose it (parameter edits were
 * not logged): they get the lawful default. HR can switch it off again.
 */
export function withLawfulOrderDefault(scenarios: readonly unknown[]): unknown[] {
  return scenarios.map((raw) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    const scenario = raw as { parameters?: { selectionOrder?: Record<string, unknown> } };
    const order = scenario.parameters?.selectionOrder;
    if (!order || order.respectOrder !== false) return raw;
    return { ...scenario, parameters: { ...scenario.parameters, selectionOrder: { ...order, respectOrder: true } } };
  });
}

/** The envelope zustand's persist writes: `{ state, version }`. */
export const savedEnvelopeSchema = z.object({ state: z.unknown(), version: z.number().int() });

export type SavedStateCheck =
  | {
      ok: true;
      state: SavedState;
      migratedFrom: number | null;
      /** A k the old scenarios set other than the default 5 (the largest): HR sets it again as the dataset's. */
      movedReportK?: number | null;
    }
  | { ok: false; reason: 'invalid-state' | 'unknown-version'; detail: string };

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : '';
};

/**
 * Validates a saved state of any known version and brings it to the current one. Versions 1
 * and 2 have their attrition `baseRate` migrated (`migrateBaseRate`); version 1's scenarios are re-read with today's scenario schema (new parameters take their defaults);
 * its list counts as already seeded, since the user made it.
 */
/** The largest k that saved scenarios set other than 5, or null. */
function legacyReportK(scenarios: readonly unknown[]): number | null {
  let k: number | null = null;
  for (const scenario of scenarios) {
    const value = (scenario as { parameters?: { anonymisation?: { k?: unknown } } } | null)?.parameters?.anonymisation
      ?.k;
    if (typeof value === 'number' && Number.isInteger(value) && value !== 5) k = Math.max(k ?? 0, value);
  }
  return k;
}

export function checkSavedState(state: unknown, version: number): SavedStateCheck {
  if (version === SAVED_STATE_VERSION) {
    const parsed = savedStateSchema.safeParse(state);
    return parsed.success
      ? { ok: true, state: parsed.data, migratedFrom: null }
      : { ok: false, reason: 'invalid-state', detail: firstIssue(parsed.error) };
  }
  if (version === 3) {
    // Version 3 → 4: scenarios without `members` keep the default membership they had.
    const parsed = savedStateSchema.safeParse(state);
    return parsed.success
      ? { ok: true, state: parsed.data, migratedFrom: 3 }
      : { ok: false, reason: 'invalid-state', detail: firstIssue(parsed.error) };
  }
  if (version === 2) {
    // Version 2 → 3: the scenarios get the lawful default of the order of selection and the
    // annual base rate, and are re-read with today's schema, which no longer has the report's
    // k; a k other than the default is handed back so that it is not lost silently.
    const scenarios = isRecord(state) && Array.isArray(state.scenarios) ? state.scenarios : null;
    const raw = scenarios
      ? { ...(state as Record<string, unknown>), scenarios: withLawfulOrderDefault(scenarios).map(migrateBaseRate) }
      : state;
    const parsed = savedStateSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: 'invalid-state', detail: firstIssue(parsed.error) };
    return { ok: true, state: parsed.data, migratedFrom: 2, movedReportK: scenarios ? legacyReportK(scenarios) : null };
  }
  if (version === 1) {
    const parsed = savedStateV1Schema.safeParse(state);
    if (!parsed.success) return { ok: false, reason: 'invalid-state', detail: firstIssue(parsed.error) };
    const scenarios = z
      .array(scenarioSchema)
      .safeParse(withLawfulOrderDefault(parsed.data.scenarios).map(migrateBaseRate));
    if (!scenarios.success)
      return { ok: false, reason: 'invalid-state', detail: `scenarios.${firstIssue(scenarios.error)}` };
    return {
      ok: true,
      migratedFrom: 1,
      movedReportK: legacyReportK(parsed.data.scenarios),
      state: {
        language: parsed.data.language,
        role: 'hr',
        view: 'overview',
        scenarios: scenarios.data,
        activeScenarioId: parsed.data.activeScenarioId,
        scenariosSeeded: true,
      },
    };
  }
  return { ok: false, reason: 'unknown-version', detail: String(version) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
