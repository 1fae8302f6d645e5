import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { distanceKmBetween } from '../../src/schema/geodesy';
import type { Dataset } from '../../src/schema/dataset';
import type { Person } from '../../src/schema/person';
import { buildDataFiles, DEFAULT_SEED, REFERENCE_DATE, serialiseDataFile } from '../../scripts/generator/buildDataFiles';
import { commuteSummary } from '../../scripts/generator/commuteSummary';
import { dataFileNames, readDataFiles, validateFiles } from './loadDataFolder';

const REPO = join(__dirname, '..', '..');
const referenceMs = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);
const YEAR_MS = 365.25 * 86_400_000;

function datasetOf(seed: number): Dataset {
  const validation = validateFiles(buildDataFiles(seed));
  if (!validation.ok) throw new Error(`seed ${seed} invalid: ${JSON.stringify(validation.errors)}`);
  return validation.dataset;
}

/** The municipality of the locality nearest a home (homes are drawn around localities). */
function homeMunicipality(dataset: Dataset, person: Person): string {
  let best = dataset.localities[0];
  let bestKm = Infinity;
  for (const l of dataset.localities) {
    const km = distanceKmBetween(person.home.lat, person.home.lon, l.lat, l.lon);
    if (km < bestKm) {
      bestKm = km;
      best = l;
    }
  }
  return best?.municipalityId ?? '';
}

/** The four members' staff; Hylte's (a possible member) follows them, p063 … (docs/membership.md). */
const memberStaff = (dataset: Dataset) => dataset.people.filter((p) => p.municipalityId !== 'hylte');
const hylteStaff = (dataset: Dataset) => dataset.people.filter((p) => p.municipalityId === 'hylte');

/** Plausibility of a generated staff (data/README.md): ages, service, homes, commutes, terms. */
function expectPlausiblePeople(dataset: Dataset): void {
  const people = memberStaff(dataset);
  const referenceYear = Number(REFERENCE_DATE.slice(0, 4));
  for (const p of people) {
    const age = referenceYear - p.birthYear;
    expect(age).toBeGreaterThanOrEqual(23);
    expect(age).toBeLessThanOrEqual(64);
    const first = p.employmentPeriods[0]!.start;
    const startMs = Date.parse(`${first}T00:00:00Z`);
    const serviceYears = (referenceMs - startMs) / YEAR_MS;
    expect(serviceYears).toBeGreaterThanOrEqual(0);
    expect(serviceYears).toBeLessThanOrEqual(35);
    expect(Number(first.slice(0, 4)) - p.birthYear).toBeGreaterThanOrEqual(18);
    // At most one gap: an ended first period, then one open period up to now.
    expect(p.employmentPeriods.length).toBeLessThanOrEqual(2);
    expect(p.employmentPeriods.at(-1)!.end).toBeUndefined();
    if (p.birthDate !== undefined) expect(Number(p.birthDate.slice(0, 4))).toBe(p.birthYear);
    expect(p.salary ?? 0).toBeGreaterThanOrEqual(32000);
    expect(p.salary ?? Infinity).toBeLessThanOrEqual(70000);
    expect(p.onSiteDaysToday).toBeGreaterThanOrEqual(3);
    expect(p.onSiteDaysToday).toBeLessThanOrEqual(5);
    expect(p.employmentRate).toBeGreaterThanOrEqual(0.75);
    expect(['tjansteman', 'arbetare']).toContain(p.agreementArea);
    expect(p.name).toBeUndefined();
  }
  // Ages spread over the bands, not bunched.
  const ages = people.map((p) => referenceYear - p.birthYear);
  expect(ages.filter((a) => a < 35).length).toBeGreaterThanOrEqual(2);
  expect(ages.filter((a) => a >= 55).length).toBeGreaterThanOrEqual(2);
  const meanAge = ages.reduce((s, a) => s + a, 0) / ages.length;
  expect(meanAge).toBeGreaterThan(38);
  expect(meanAge).toBeLessThan(50);
  // Most live in their employer's municipality; a few in Jönköping and in Hylte.
  const homes = people.map((p) => homeMunicipality(dataset, p));
  const atHome = people.filter((p, i) => homes[i] === p.municipalityId).length;
  expect(atHome / people.length).toBeGreaterThanOrEqual(0.6);
  expect(atHome / people.length).toBeLessThanOrEqual(0.85);
  const inJonkoping = homes.filter((h) => h === 'jonkoping').length;
  expect(inJonkoping).toBeGreaterThanOrEqual(2);
  expect(inJonkoping).toBeLessThanOrEqual(6);
  expect(homes.filter((h) => h === 'hylte').length).toBeGreaterThanOrEqual(1);
  // Today's commute near the county's (21.9 min mean, ~60 % under 15 min), by the tuning model.
  const commute = commuteSummary(people, dataset.sites);
  expect(commute.meanStraightKm).toBeGreaterThan(10);
  expect(commute.meanStraightKm).toBeLessThan(20);
  expect(commute.meanTuningMinutes).toBeGreaterThan(14);
  expect(commute.meanTuningMinutes).toBeLessThan(26);
  expect(commute.shareUnder15Minutes).toBeGreaterThanOrEqual(0.4);
  expect(commute.shareUnder15Minutes).toBeLessThanOrEqual(0.75);
  // Clearance for about 8–12, all in security, infrastructure or management titles.
  const cleared = people.filter((p) => p.securityClearance);
  expect(cleared.length).toBeGreaterThanOrEqual(8);
  expect(cleared.length).toBeLessThanOrEqual(12);
  for (const p of cleared) expect(['security', 'infrastructure', 'head-office']).toContain(p.functionId);
  // The four IT managers are manager-eligible, and a few seniors besides.
  const chefs = people.filter((p) => p.title === 'IT-chef');
  expect(chefs.map((p) => p.municipalityId).sort()).toEqual(['gislaved', 'gnosjo', 'vaggeryd', 'varnamo']);
  expect(chefs.every((p) => p.managerEligible && (p.competences.leadership ?? 0) >= 3)).toBe(true);
  const eligible = people.filter((p) => p.managerEligible).length;
  expect(eligible).toBeGreaterThan(4);
  expect(eligible).toBeLessThanOrEqual(10);
}

/** Competence profiles that fit the titles: the title's core area at 2–4, most at 3 or more. */
const coreCompetence: Record<string, string> = {
  Nätverkstekniker: 'network',
  Systemtekniker: 'servers-virtualisation',
  Drifttekniker: 'datacenter',
  Servicedesktekniker: 'service-desk',
  'Skol-IT-tekniker': 'school-it',
  'M365-specialist': 'digital-workplace',
  Informationssäkerhetssamordnare: 'information-security',
};

function expectCoherentCompetences(people: readonly Person[]): void {
  let atThreeOrMore = 0;
  let counted = 0;
  for (const p of people) {
    const core = coreCompetence[p.title];
    if (core === undefined) continue;
    const level = p.competences[core] ?? 0;
    expect(level, `${p.id} ${p.title} ${core}`).toBeGreaterThanOrEqual(2);
    counted++;
    if (level >= 3) atThreeOrMore++;
  }
  expect(counted).toBeGreaterThan(30);
  expect(atThreeOrMore / counted).toBeGreaterThan(0.6);
  const networkTechs = people.filter((p) => p.title === 'Nätverkstekniker');
  const others = people.filter((p) => p.title !== 'Nätverkstekniker');
  const mean = (xs: Person[]) => xs.reduce((s, p) => s + (p.competences.network ?? 0), 0) / xs.length;
  expect(mean(networkTechs)).toBeGreaterThan(mean(others) + 1.5);
}

describe('generateData (seeded generator)', () => {
  it('reproduces the committed data files byte for byte with the default seed', () => {
    const committed = readDataFiles();
    const generated = buildDataFiles(DEFAULT_SEED);
    expect(Object.keys(generated).sort()).toEqual([...dataFileNames].sort());
    for (const file of dataFileNames) expect(serialiseDataFile(generated[file]), file).toBe(committed[file]);
  });

  it('gives the same bytes for the same seed and other people for another seed', () => {
    const a = serialiseDataFile(buildDataFiles(7)['people.json']);
    const b = serialiseDataFile(buildDataFiles(7)['people.json']);
    const c = serialiseDataFile(buildDataFiles(8)['people.json']);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    // Only the people depend on the seed (and the seed note of dataset.json).
    expect(serialiseDataFile(buildDataFiles(8)['positions.json'])).toBe(serialiseDataFile(buildDataFiles(7)['positions.json']));
  });

  it("keeps the four members' people byte for byte as they were before Hylte's staff was added", () => {
    // SHA-256 of the 62 people of data/people.json as committed before Hylte joined the data
    // (two-space JSON of the array): adding a possible member must not redraw anyone.
    const people = JSON.parse(readFileSync(join(REPO, 'data', 'people.json'), 'utf8')).people as Person[];
    const members = people.filter((p) => p.municipalityId !== 'hylte');
    expect(members.map((p) => p.id)).toEqual(people.slice(0, 62).map((p) => p.id));
    expect(createHash('sha256').update(JSON.stringify(members, null, 2)).digest('hex')).toBe(
      '80b7e21496258d7d49bef07f5be65c3467098da2e6135b5abe78136e2f785df6',
    );
  });

  it("gives Hylte ten plausible people of its own, employed by Hylte at Hylte's sites", () => {
    const dataset = datasetOf(DEFAULT_SEED);
    const hylte = hylteStaff(dataset);
    expect(hylte.map((p) => p.id)).toEqual(Array.from({ length: 10 }, (_, i) => `p0${63 + i}`));
    expect(hylte.filter((p) => p.title === 'IT-chef').every((p) => p.managerEligible)).toBe(true);
    expect(hylte.filter((p) => p.securityClearance)).toHaveLength(1);
  });

  it('generates plausible, coherent people with the default seed', () => {
    const dataset = datasetOf(DEFAULT_SEED);
    expectPlausiblePeople(dataset);
    // A few came back after a gap (LAS 3 § sums the periods); a few have only a birth year.
    expect(dataset.people.filter((p) => p.employmentPeriods.length === 2).length).toBeGreaterThanOrEqual(2);
    expect(dataset.people.filter((p) => p.birthDate === undefined).length).toBeGreaterThanOrEqual(2);
    expectCoherentCompetences(dataset.people);
  });

  it('draws the staff again when its ages are not spread: a seed whose first draw had one person under 35', () => {
    const dataset = datasetOf(687696559);
    expectPlausiblePeople(dataset);
  });

  it('generates a strictly valid, plausible dataset for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const dataset = datasetOf(seed);
        const count = (id: string) => dataset.people.filter((p) => p.municipalityId === id).length;
        expect(['gislaved', 'gnosjo', 'varnamo', 'vaggeryd'].map(count)).toEqual([19, 10, 25, 8]);
        expect(dataset.people.map((p) => p.id)).toEqual(Array.from({ length: 72 }, (_, i) => `p${String(i + 1).padStart(3, '0')}`));
        expect(hylteStaff(dataset).map((p) => p.id)).toEqual(dataset.people.slice(62).map((p) => p.id));
        expectPlausiblePeople(dataset);
        expectCoherentCompetences(dataset.people);
      }),
      { numRuns: 25 },
    );
  });
});

describe('npm run generate-data (scripts/generateData.ts)', () => {
  const out = mkdtempSync(join(tmpdir(), 'ggvv-data-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'generateData.ts'), ...args], { cwd: REPO, encoding: 'utf8' });

  it('writes another seed into another folder, the same bytes as the generator', () => {
    const result = run(['--seed', '42', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const generated = buildDataFiles(42);
    for (const file of dataFileNames) expect(readFileSync(join(out, file), 'utf8'), file).toBe(serialiseDataFile(generated[file]));
  });

  it('rejects an unknown flag and a bad seed', () => {
    expect(run(['--colour', 'red']).status).toBe(2);
    const bad = run(['--seed', 'x', '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--seed/);
  });
});
