import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluateScenario';
import { buildManagerPackage } from '../../src/engine/managerPackage/buildManagerPackage';
import { createTranslator } from '../../src/i18n/createTranslator';
import { importManagerDecisions, managerDecisionsOf } from '../../src/io/managerDecisionsFile';
import { readManagerPackage } from '../../src/io/managerPackageFile';
import { privateFieldPaths } from '../../src/io/privateFieldScan';
import type { Dataset } from '../../src/schema/dataset';
import { packagedDatasetAsDataset, type ManagerPackage } from '../../src/schema/managerPackage';
import type { Scenario } from '../../src/schema/scenario';
import { scanForPrivateValues } from '../engine/managerPackage/privateValueScan';
import { defaultDataset, defaultTravelModel } from '../helpers/defaultData';
import { explainedScenario } from '../helpers/explainedScenario';

const travelModel = defaultTravelModel();
let hr: Dataset;
let pkg: ManagerPackage;
const copy = () => JSON.parse(JSON.stringify(pkg)) as Record<string, unknown> & ManagerPackage;

beforeAll(async () => {
  hr = await defaultDataset();
  pkg = buildManagerPackage(
    hr,
    hr.scenarios.filter((s) => s.id === 'decentralised'),
    { travelModel, createdAt: '2026-12-07T00:00:00Z' },
  );
});

const codes = (result: ReturnType<typeof readManagerPackage>) => (result.ok ? [] : result.problems.map((p) => p.code));

describe('reading a manager package', () => {
  it('refuses a package of a newer version, naming the versions', () => {
    const result = readManagerPackage('p.json', JSON.stringify({ ...copy(), packageVersion: 2 }));
    expect(codes(result)).toEqual(['newer-version']);
    const t = createTranslator('sv');
    if (!result.ok)
      expect(t('managerPackage.problem.newer-version', result.problems[0]!.params)).toContain('version 2');
  });

  it('refuses a private field added to a person, naming the field', () => {
    const bad = copy();
    (bad.dataset.people[3] as Record<string, unknown>).home = { lat: 57.2, lon: 14.1 };
    const result = readManagerPackage('p.json', JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toEqual({
        code: 'private-field',
        params: { file: 'p.json', field: 'dataset.people[3]', key: 'home' },
      });
  });

  it('refuses a package that fails its schema, naming the field', () => {
    const bad = copy();
    bad.precomputed.homeTravel[0]!.minutes[0]![0] = -5;
    const result = readManagerPackage('p.json', JSON.stringify(bad));
    expect(codes(result)).toEqual(['schema']);
    if (!result.ok) expect(result.problems[0]!.params.field).toBe('precomputed.homeTravel[0].minutes[0][0]');
  });

  it('refuses a package whose people were changed after export (fingerprint)', () => {
    const bad = copy();
    bad.dataset.people[0]!.id = 'p999';
    expect(codes(readManagerPackage('p.json', JSON.stringify(bad)))).toContain('tampered');
  });

  it('refuses a package from another dataset than the one expected, and what is not a package', () => {
    expect(codes(readManagerPackage('p.json', JSON.stringify(pkg), '0123456789abcdef'))).toEqual(['other-dataset']);
    expect(codes(readManagerPackage('p.json', JSON.stringify(hr)))).toEqual(['not-a-package']);
    expect(codes(readManagerPackage('p.json', '{"format":'))).toEqual(['not-json']);
  });
});

describe('decisions coming back to HR', () => {
  function managerEdits(): Scenario[] {
    const dataset = packagedDatasetAsDataset({ ...pkg.dataset, precomputed: pkg.precomputed });
    const scenario = dataset.scenarios.find((s) => s.id === 'decentralised')!;
    const explained = explainedScenario(dataset, scenario, { travelModel });
    const placement = explained.evaluation.assignment!.placements.find(
      (p) => explained.explain(p.positionId).runnerUp !== null,
    )!;
    const lock = {
      personId: explained.explain(placement.positionId).runnerUp!.personId,
      positionId: placement.positionId,
    };
    const edited: Scenario = {
      ...scenario,
      decisions: {
        ...scenario.decisions,
        locks: [lock],
        exclusions: [{ personId: placement.personId, positionId: placement.positionId }],
      },
      log: [
        {
          at: '2026-12-07T09:00:00Z',
          role: 'manager',
          action: 'lock',
          personId: lock.personId,
          positionId: lock.positionId,
          reason: 'Knows the customers',
        },
      ],
    };
    return dataset.scenarios.map((s) => (s.id === edited.id ? edited : s));
  }

  it('round trip: a lock made in the package gives HR the same mapping, and the log shows who proposed it', () => {
    const edited = managerEdits();
    const file = managerDecisionsOf(edited, pkg.datasetFingerprint, '2026-12-07T10:00:00Z', 'Anna Chef');
    const text = JSON.stringify(file);
    expect(privateFieldPaths(file)).toEqual([]);
    expect(scanForPrivateValues(text, hr)).toEqual([]);
    const result = importManagerDecisions('beslut.json', text, hr, hr.scenarios);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.changed).toEqual(['decentralised']);
    const hrScenario = result.scenarios.find((s) => s.id === 'decentralised')!;
    const managerScenario = edited.find((s) => s.id === 'decentralised')!;
    expect(hrScenario.decisions).toEqual(managerScenario.decisions);
    expect(hrScenario.log.at(-1)).toMatchObject({
      role: 'manager',
      proposedBy: 'Anna Chef',
      reason: 'Knows the customers',
    });
    const managerDataset = packagedDatasetAsDataset({ ...pkg.dataset, precomputed: pkg.precomputed });
    expect(evaluateScenario(hr, hrScenario, { travelModel }).assignment).toEqual(
      evaluateScenario(managerDataset, managerScenario, { travelModel }).assignment,
    );
    // Imported twice, the log does not repeat itself.
    const again = importManagerDecisions('beslut.json', text, hr, result.scenarios);
    expect(again.ok && again.scenarios.find((s) => s.id === 'decentralised')!.log.length).toBe(hrScenario.log.length);
  });

  it('refuses unknown people and positions with the field, and decisions for another dataset', () => {
    const file = managerDecisionsOf(managerEdits(), pkg.datasetFingerprint, '2026-12-07T10:00:00Z');
    const bad = JSON.parse(JSON.stringify(file)) as typeof file;
    bad.scenarios[0]!.decisions.locks.push({ personId: 'nobody', positionId: 'no-position' });
    const result = importManagerDecisions('beslut.json', JSON.stringify(bad), hr, hr.scenarios);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({
        code: 'unknown-reference',
        params: {
          file: 'beslut.json',
          entity: 'person',
          id: 'nobody',
          field: 'scenarios[0].decisions.locks[1].personId',
        },
      });
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          code: 'unknown-reference',
          params: expect.objectContaining({ entity: 'position', id: 'no-position' }),
        }),
      );
      expect(createTranslator('en')('managerPackage.problem.unknown-reference', result.problems[0]!.params)).toContain(
        'person nobody does not exist',
      );
    }
    const other = importManagerDecisions(
      'beslut.json',
      JSON.stringify({ ...file, datasetFingerprint: '0123456789abcdef' }),
      hr,
      hr.scenarios,
    );
    expect(other.ok ? [] : other.problems.map((p) => p.code)).toEqual(['other-dataset']);
    const unknownScenario = importManagerDecisions(
      'beslut.json',
      JSON.stringify({ ...file, scenarios: [{ ...file.scenarios[0]!, scenarioId: 'elsewhere' }] }),
      hr,
      hr.scenarios,
    );
    expect(unknownScenario.ok ? [] : unknownScenario.problems.map((p) => p.code)).toEqual(['unknown-scenario']);
  });
});
