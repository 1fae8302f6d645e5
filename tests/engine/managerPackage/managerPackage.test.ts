import { beforeAll, describe, expect, it } from 'vitest';
import { createEvaluationCache, evaluateScenario } from '../../../src/engine/evaluateScenario';
import { buildManagerPackage } from '../../../src/engine/managerPackage/buildManagerPackage';
import { employmentDays } from '../../../src/engine/law/employmentDays';
import { noticeMonthsForDays } from '../../../src/engine/law/noticeMonths';
import { personFactsFromPrivateFields } from '../../../src/engine/personFacts/personFacts';
import { compareRank } from '../../../src/engine/selectionOrder/rankInputs';
import type { Person } from '../../../src/schema/person';
import { readManagerPackage } from '../../../src/io/managerPackageFile';
import { privateFieldPaths } from '../../../src/io/privateFieldScan';
import type { Dataset } from '../../../src/schema/dataset';
import { packagedDatasetAsDataset, type ManagerPackage } from '../../../src/schema/managerPackage';
import { defaultDataset, defaultTravelModel } from '../../helpers/defaultData';
import { scanForPrivateValues } from './privateValueScan';
import { explainedScenario } from '../../helpers/explainedScenario';

const createdAt = '2026-12-07T00:00:00Z';
let hr: Dataset;
let pkg: ManagerPackage;
let text: string;
const travelModel = defaultTravelModel();

beforeAll(async () => {
  hr = await defaultDataset();
  const targets = hr.scenarios.filter((s) => s.id === 'centralised' || s.id === 'decentralised');
  pkg = buildManagerPackage(hr, targets, { travelModel, createdAt });
  text = JSON.stringify(pkg);
});

describe('manager package from the default data', () => {
  it('holds the chosen scenarios and the baseline, and one person per HR person', () => {
    expect(pkg.dataset.scenarios.map((s) => s.id)).toEqual(['today', 'centralised', 'decentralised']);
    expect(pkg.dataset.people.map((p) => p.id)).toEqual(hr.people.map((p) => p.id));
    expect(pkg.precomputed.homeTravel[0]!.minutes).toHaveLength(hr.people.length);
  });

  it('contains no private field and no private value (by field and by value)', () => {
    expect(privateFieldPaths(JSON.parse(text))).toEqual([]);
    expect(scanForPrivateValues(text, hr)).toEqual([]);
    // The scan itself finds what it looks for: HR's dataset is full of it.
    expect(scanForPrivateValues(JSON.stringify(hr), hr).length).toBeGreaterThan(hr.people.length);
  });

  it('reads back through its schema', () => {
    const read = readManagerPackage('package.json', text);
    expect(read.ok).toBe(true);
  });

  it.each(['today', 'centralised', 'decentralised'])('gives the manager the same evaluation of %s as HR', (id) => {
    const read = readManagerPackage('package.json', text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const managerDataset = packagedDatasetAsDataset({ ...read.package.dataset, precomputed: read.package.precomputed });
    const hrScenario = hr.scenarios.find((s) => s.id === id)!;
    const managerScenario = managerDataset.scenarios.find((s) => s.id === id)!;
    const hrResult = evaluateScenario(hr, hrScenario, { travelModel, cache: createEvaluationCache() });
    const managerResult = evaluateScenario(managerDataset, managerScenario, {
      travelModel,
      cache: createEvaluationCache(),
    });
    expect(managerResult.placements).toEqual(hrResult.placements);
    expect(managerResult.assignment).toEqual(hrResult.assignment);
    expect(managerResult.commute).toEqual(hrResult.commute);
    expect(managerResult.coverage).toEqual(hrResult.coverage);
    expect(managerResult.retention).toEqual(hrResult.retention);
    expect(managerResult.assignment?.selectionOrder.groups.length ?? 0).toBe(
      hrResult.assignment?.selectionOrder.groups.length ?? 0,
    );
  });

  it('evaluates a lock the manager adds as HR would', () => {
    const read = readManagerPackage('package.json', text);
    if (!read.ok) throw new Error('unreadable');
    const managerDataset = packagedDatasetAsDataset({ ...read.package.dataset, precomputed: read.package.precomputed });
    const base = hr.scenarios.find((s) => s.id === 'decentralised')!;
    const first = explainedScenario(hr, base, { travelModel });
    // Lock the runner-up of some placement onto that position: a real change of the mapping.
    const lock = first.evaluation
      .assignment!.placements.map((p) => ({ positionId: p.positionId, runnerUp: first.explain(p.positionId).runnerUp }))
      .filter((p) => p.runnerUp !== null)
      .map((p) => ({ personId: p.runnerUp!.personId, positionId: p.positionId }))[0]!;
    const locked = { ...base, decisions: { ...base.decisions, locks: [lock] } };
    const hrLocked = evaluateScenario(hr, locked, { travelModel });
    const managerLocked = evaluateScenario(managerDataset, locked, { travelModel });
    expect(hrLocked.assignment!.placements.find((p) => p.positionId === lock.positionId)!.personId).toBe(lock.personId);
    expect(managerLocked.assignment).toEqual(hrLocked.assignment);
    expect(managerLocked.commute).toEqual(hrLocked.commute);
  });
});

describe('person facts', () => {
  it('order people by ranks exactly as by employment periods, then birth date or year, then id', async () => {
    const dataset = await defaultDataset();
    const facts = new Map(personFactsFromPrivateFields(dataset).map((f) => [f.personId, f]));
    const days = (p: Person) => employmentDays(p.employmentPeriods, dataset.referenceDate);
    const older = (a: Person, b: Person) =>
      a.birthDate && b.birthDate ? a.birthDate.localeCompare(b.birthDate) : a.birthYear - b.birthYear;
    const byDates = [...dataset.people]
      .sort((a, b) => days(b) - days(a) || older(a, b) || a.id.localeCompare(b.id))
      .map((p) => p.id);
    const byRanks = [...dataset.people]
      .sort((a, b) => compareRank(a.id, facts.get(a.id)!, b.id, facts.get(b.id)!).order)
      .map((p) => p.id);
    expect(byRanks).toEqual(byDates);
  });

  it('carries the notice months and re-employment right the periods give', async () => {
    const dataset = await defaultDataset();
    const facts = new Map(personFactsFromPrivateFields(dataset).map((f) => [f.personId, f]));
    for (const p of dataset.people) {
      const fact = facts.get(p.id)!;
      expect(fact.noticeMonths).toBe(noticeMonthsForDays(employmentDays(p.employmentPeriods, dataset.referenceDate)));
      expect(fact.employmentYears).toBe(Math.floor(employmentDays(p.employmentPeriods, dataset.referenceDate) / 365));
    }
  });
});
