import { beforeAll, describe, expect, it } from 'vitest';
import { formatScenarioFileProblem } from '../../src/i18n/importExport';
import {
  exportScenariosJson,
  importScenarios,
  SCENARIO_FILE_VERSION,
  scenarioMigrations,
} from '../../src/io/scenarioFile';
import type { Dataset } from '../../src/schema/dataset';
import { defaultDataset } from '../helpers/defaultData';

let current: Dataset;
beforeAll(async () => {
  current = await defaultDataset();
});

describe('scenario files', () => {
  it('exports scenarios with their version and imports the same scenarios', () => {
    const text = exportScenariosJson(current.scenarios);
    expect(JSON.parse(text)).toMatchObject({ format: 'ggvv-scenarios', schemaVersion: SCENARIO_FILE_VERSION });
    const result = importScenarios(text, { dataset: current });
    expect(result).toEqual({ ok: true, scenarios: current.scenarios, migratedFrom: null });
  });

  it('keeps manual decisions, stages and the log through a round trip', () => {
    const edited = {
      ...current.scenarios[1]!,
      decisions: {
        locks: [{ personId: 'p001', positionId: 'pos-01' }],
        exclusions: [{ personId: 'p002' }],
        vacancies: ['pos-02'],
        lasExemptions: ['p003'],
        agreedDeviations: [
          { benchPersonId: 'p004', placedPersonId: 'p005', positionId: 'pos-03', reason: 'Leads the migration' },
        ],
        externalRecruitment: [],
      },
      stages: { p001: 'confirmed' as const },
      log: [
        {
          at: '2027-03-01T10:00:00+01:00',
          role: 'hr' as const,
          action: 'lock' as const,
          personId: 'p001',
          positionId: 'pos-01',
          reason: 'CEO',
        },
      ],
    };
    const result = importScenarios(exportScenariosJson([edited]), { dataset: current });
    expect(result.ok && result.scenarios).toEqual([edited]);
  });

  it('runs the migration hook from an older version', () => {
    const old = {
      schemaVersion: 0,
      scenarios: [{ ...current.scenarios[0]!, title: current.scenarios[0]!.name, name: undefined }],
    };
    const migrations = [
      {
        from: 0,
        migrate: (file: Record<string, unknown>) => ({
          ...file,
          schemaVersion: 1,
          scenarios: (file.scenarios as Record<string, unknown>[]).map(({ title, ...s }) => ({ ...s, name: title })),
        }),
      },
      ...scenarioMigrations,
    ];
    const result = importScenarios(JSON.stringify(old), { migrations });
    expect(result).toEqual({ ok: true, scenarios: [current.scenarios[0]], migratedFrom: 0 });
    expect(importScenarios(JSON.stringify(old)).ok).toBe(false);
  });

  it('gives scenarios of version 1 the lawful default: the order of selection respected', () => {
    const old = current.scenarios.map((s) => ({
      ...s,
      parameters: { ...s.parameters, selectionOrder: { ...s.parameters.selectionOrder, respectOrder: false } },
    }));
    const result = importScenarios(JSON.stringify({ schemaVersion: 1, scenarios: old }), { dataset: current });
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(result.ok && result.scenarios.map((s) => s.parameters.selectionOrder.respectOrder)).toEqual(
      current.scenarios.map(() => true),
    );
    // From version 2 on, a scenario that turns it off keeps it off.
    const kept = importScenarios(exportScenariosJson(old as typeof current.scenarios), { dataset: current });
    expect(kept.ok && kept.scenarios.map((s) => s.parameters.selectionOrder.respectOrder)).toEqual(
      current.scenarios.map(() => false),
    );
  });

  it('refuses more than three exemptions from the order per employer, naming the employer', () => {
    const four = {
      ...current.scenarios[1]!,
      decisions: { ...current.scenarios[1]!.decisions, lasExemptions: ['p001', 'p002', 'p003', 'p004'] },
    };
    const result = importScenarios(exportScenariosJson([four]), { dataset: current });
    expect(!result.ok && result.problems.map((p) => [p.scenario, p.field, p.code, p.params.employer])).toEqual([
      ['centralised', 'decisions.lasExemptions', 'too-many-exemptions', 'company'],
    ]);
    expect(!result.ok && formatScenarioFileProblem(result.problems[0]!, 'en')).toContain('employer company');
  });

  it('migrates the old baseRate of a version 1 file, and of a bare scenario, to annualBaseRate', () => {
    const old = { ...current.scenarios[1]!, parameters: { attrition: { baseRate: 0.19, transitionYears: 2 } } };
    const file = importScenarios(JSON.stringify({ schemaVersion: 1, scenarios: [old] }));
    expect(file.ok && file.migratedFrom).toBe(1);
    const bare = importScenarios(JSON.stringify(old));
    for (const result of [file, bare]) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      // (1 − 0.1)² = 0.81: an annual 0.1 gives the old 0.19 over the two years.
      expect(result.scenarios[0]!.parameters.attrition.annualBaseRate).toBeCloseTo(0.1, 12);
      expect(result.scenarios[0]!.parameters.attrition).not.toHaveProperty('baseRate');
    }
    const outOfRange = importScenarios(JSON.stringify({ ...old, parameters: { attrition: { baseRate: 2 } } }));
    expect(!outOfRange.ok && outOfRange.problems.map((p) => [p.field, p.code])).toEqual([
      ['parameters.attrition.annualBaseRate', 'too-big'],
    ]);
  });

  it('names the scenario and the field of every problem', () => {
    const bad = {
      schemaVersion: 1,
      scenarios: [{ ...current.scenarios[1]!, kind: 'future', parameters: { commute: { addedMinutesThreshold: -5 } } }],
    };
    const result = importScenarios(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.scenario, p.field, p.code])).toEqual([
      ['centralised', 'kind', 'invalid-value'],
      ['centralised', 'parameters.commute.addedMinutesThreshold', 'too-small'],
    ]);
    expect(formatScenarioFileProblem(result.problems[1]!, 'sv')).toBe(
      'scenariofil, scenario centralised, parameters.commute.addedMinutesThreshold: måste vara minst 0 (är -5)',
    );
  });

  it('checks references against the dataset when given one', () => {
    const bad = {
      ...current.scenarios[1]!,
      functionSites: { ...current.scenarios[1]!.functionSites, infrastructure: 'moon-base' },
    };
    const result = importScenarios(exportScenariosJson([bad]), { dataset: current });
    expect(!result.ok && result.problems.map((p) => [p.scenario, p.field, p.code])).toEqual([
      ['centralised', 'functionSites.infrastructure', 'unknown-reference'],
    ]);
  });

  it('refuses newer versions, unknown shapes and broken JSON with a message', () => {
    const cases: [string, string][] = [
      [
        JSON.stringify({ schemaVersion: 99, scenarios: [] }),
        'scenario file: written by a newer version (schema 99; this app reads up to 2)',
      ],
      [
        JSON.stringify({ hello: 'world' }),
        'scenario file: not a scenario file: expected {"schemaVersion": …, "scenarios": [...]}',
      ],
      ['{', 'scenario file: not valid JSON'],
    ];
    for (const [text, message] of cases) {
      const result = importScenarios(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(formatScenarioFileProblem(result.problems[0]!, 'en').startsWith(message)).toBe(true);
    }
  });
});
