import { z } from 'zod';
import type { Dataset } from '../schema/dataset';
import { migrateBaseRate } from '../schema/attritionMigration';
import { issuesFromZod } from '../schema/datasetIssue';
import { scenarioSchema, type Scenario } from '../schema/scenario';
import { withLawfulOrderDefault } from '../schema/savedState';
import { validateDataset } from '../schema/validateDataset';

export const SCENARIO_FILE_FORMAT = 'ggvv-scenarios';
/** The version of the scenario file this code writes; older files are migrated on import. */
export const SCENARIO_FILE_VERSION = 2;

/** Turns a file of version `from` into one of version `from + 1`. */
export interface ScenarioMigration {
  from: number;
  migrate: (file: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Every migration, in order. 1 → 2: scenarios written when the order of selection was not
 * respected by default get the lawful default (`withLawfulOrderDefault`), and the attrition's
 * `baseRate` (over the whole transition) becomes `annualBaseRate` (docs/retention.md).
 */
export const scenarioMigrations: readonly ScenarioMigration[] = [
  {
    from: 1,
    migrate: (file) => ({
      ...file,
      schemaVersion: 2,
      scenarios: Array.isArray(file.scenarios)
        ? withLawfulOrderDefault(file.scenarios).map(migrateBaseRate)
        : file.scenarios,
    }),
  },
];

/** A problem in a scenario file: which scenario (id, or `#n`), which field, and why. */
export interface ScenarioFileProblem {
  scenario: string | null;
  field: string;
  code: string;
  params: Record<string, string | number>;
}

export type ScenarioImport =
  { ok: true; scenarios: Scenario[]; migratedFrom: number | null } | { ok: false; problems: ScenarioFileProblem[] };

/** Scenarios as a re-importable JSON file, with its format and schema version. */
export function exportScenariosJson(scenarios: readonly Scenario[]): string {
  return `${JSON.stringify({ format: SCENARIO_FILE_FORMAT, schemaVersion: SCENARIO_FILE_VERSION, scenarios }, null, 2)}\n`;
}

const fileProblem = (code: string, params: Record<string, string | number> = {}): ScenarioImport => ({
  ok: false,
  problems: [{ scenario: null, field: '', code, params }],
});

/**
 * Reads a scenario file (text or parsed JSON): migrates it from its schema version to the
 * current one, validates every scenario and, given a dataset, every reference against it.
 * A bare scenario object or list (as the CLI's `--scenario-file` takes) is read as the current
 * version. Returns every problem, naming the scenario and the field.
 */
export function importScenarios(
  json: string | unknown,
  options: { dataset?: Dataset; migrations?: readonly ScenarioMigration[] } = {},
): ScenarioImport {
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (error) {
      return fileProblem('invalid-json', { detail: (error as Error).message });
    }
  }
  let file: Record<string, unknown>;
  if (Array.isArray(raw)) file = { schemaVersion: SCENARIO_FILE_VERSION, scenarios: raw };
  else if (raw !== null && typeof raw === 'object' && 'scenarios' in raw) file = raw as Record<string, unknown>;
  else if (raw !== null && typeof raw === 'object' && 'id' in raw && 'kind' in raw)
    file = { schemaVersion: SCENARIO_FILE_VERSION, scenarios: [raw] };
  else return fileProblem('not-a-scenario-file');

  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fileProblem('unknown-version', { version: String(version) });
  if (version > SCENARIO_FILE_VERSION)
    return fileProblem('newer-version', { version, supported: SCENARIO_FILE_VERSION });
  const migrations = options.migrations ?? scenarioMigrations;
  let migrated = file;
  for (let v = version; v < SCENARIO_FILE_VERSION; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return fileProblem('unknown-version', { version });
    migrated = step.migrate(migrated);
  }

  // A bare scenario (no version) may still carry the old `baseRate`: the migration is idempotent.
  if (Array.isArray(migrated.scenarios)) migrated = { ...migrated, scenarios: migrated.scenarios.map(migrateBaseRate) };
  const parsed = z.object({ scenarios: z.array(scenarioSchema) }).safeParse({ scenarios: migrated.scenarios });
  if (!parsed.success) {
    return {
      ok: false,
      problems: issuesFromZod(parsed.error, { scenarios: migrated.scenarios }).map((i) => ({
        scenario: i.id,
        field: i.field,
        code: i.code,
        params: i.params,
      })),
    };
  }
  const scenarios = parsed.data.scenarios;
  const problems: ScenarioFileProblem[] = [];
  const seen = new Set<string>();
  for (const s of scenarios) {
    if (seen.has(s.id)) problems.push({ scenario: s.id, field: 'id', code: 'duplicate-id', params: { id: s.id } });
    seen.add(s.id);
  }
  if (problems.length === 0 && options.dataset) {
    const imported = new Set(scenarios.map((s) => s.id));
    const others = options.dataset.scenarios.filter((s) => !imported.has(s.id));
    const validation = validateDataset({ ...options.dataset, scenarios: [...others, ...scenarios] });
    if (!validation.ok) {
      for (const i of validation.errors) {
        if (i.entity === 'scenario' && i.id !== null && imported.has(i.id))
          problems.push({ scenario: i.id, field: i.field, code: i.code, params: i.params });
      }
    }
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, scenarios, migratedFrom: version === SCENARIO_FILE_VERSION ? null : version };
}
