import { randomStream, type RandomStream } from '../../src/engine/random';
import type { Locality } from '../../src/schema/locality';
import type { Person } from '../../src/schema/person';
import type { Region } from '../../src/schema/region';
import {
  candidateRosters,
  employerOrder,
  homeMunicipalityShares,
  rosters,
  titleProfiles,
  type TitleKey,
  type TitleProfile,
} from './titleProfiles';

export interface PeopleContext {
  seed: number;
  /** The transfer date, `YYYY-MM-DD`: ages and lengths of service are counted at it. */
  referenceDate: string;
  region: Region;
  localities: readonly Locality[];
  itOfficeOf: Readonly<Record<string, string>>;
  townHallOf: Readonly<Record<string, string>>;
  firstServerRoomOf: Readonly<Record<string, string>>;
  competenceIds: readonly string[];
}

/** People holding security clearance today, and how many non-managers are manager-eligible. */
export const CLEARED_PEOPLE = 10;
export const ELIGIBLE_SENIORS = 3;
/** People under the workers' agreement (arbetare) among the titles that may be. */
export const WORKER_AGREEMENT_PEOPLE = 4;

const DAY_MS = 86_400_000;

interface Draft {
  person: Person;
  profile: TitleProfile;
  serviceYears: number;
  tieBreak: number;
}

/**
 * Generates today's IT staff: for each member municipality its roster of titles (19/10/25/8),
 * each person with an age, a length of service, competence levels around the title's profile,
 * a home, and today's terms. Each person draws from their own stream (`person:p017`), so a
 * change to one person's draws never shifts another's. Deterministic for a seed.
 *
 * Ages are drawn per person, so for about one seed in two hundred the staff has fewer than
 * two people under 35 or aged 55 and over, which no real IT department of 62 has: then the
 * whole staff is drawn again from fresh streams (`person:p017:draw2`, ...) until it has both.
 */
export function generatePeople(context: PeopleContext): Person[] {
  const referenceYear = Number(context.referenceDate.slice(0, 4));
  let drafts = draftStaff(context, '');
  for (let draw = 2; draw <= MAX_STAFF_DRAWS && !agesSpread(drafts, referenceYear); draw++)
    drafts = draftStaff(context, `:draw${draw}`);
  assignByRank(
    drafts.filter((d) => d.profile.clearanceAffinity > 0),
    CLEARED_PEOPLE,
    (d) => d.profile.clearanceAffinity * 12 + Math.min(d.serviceYears, 20) / 4 + d.tieBreak,
    (d) => (d.person.securityClearance = true),
  );
  for (const d of drafts) if (d.profile.title === titleProfiles['it-chef'].title) d.person.managerEligible = true;
  assignByRank(
    drafts.filter((d) => !d.person.managerEligible && (d.person.competences.leadership ?? 0) >= 2),
    ELIGIBLE_SENIORS,
    (d) => (d.person.competences.leadership ?? 0) * 10 + Math.min(d.serviceYears, 20) / 4 + d.tieBreak,
    (d) => (d.person.managerEligible = true),
  );
  assignByRank(
    drafts.filter((d) => d.profile.mayBeWorker),
    WORKER_AGREEMENT_PEOPLE,
    (d) => d.tieBreak,
    (d) => (d.person.agreementArea = 'arbetare'),
  );
  return drafts.map((d) => d.person);
}

const MAX_STAFF_DRAWS = 20;

/** Cleared, manager-eligible (besides the IT manager) and worker-agreement people in a candidate's department. */
const CANDIDATE_CLEARED = 1;
const CANDIDATE_ELIGIBLE_SENIORS = 0;
const CANDIDATE_WORKER_AGREEMENT = 1;

/**
 * The staff of the municipalities that are not members by default but may join (Hylte):
 * numbered after the members' people (p063 …), each from their own stream, ranked for
 * clearance, eligibility and agreement within their own department. The members' people are
 * drawn before and apart from them, so they stay byte for byte as they were
 * (docs/membership.md). Deterministic for a seed.
 */
export function generateCandidatePeople(context: PeopleContext, firstNumber: number): Person[] {
  const employers = Object.keys(candidateRosters);
  const drafts = draftStaff(context, '', employers, candidateRosters, firstNumber);
  for (const employer of employers) {
    const own = drafts.filter((d) => d.person.municipalityId === employer);
    assignByRank(
      own.filter((d) => d.profile.clearanceAffinity > 0),
      CANDIDATE_CLEARED,
      (d) => d.profile.clearanceAffinity * 12 + Math.min(d.serviceYears, 20) / 4 + d.tieBreak,
      (d) => (d.person.securityClearance = true),
    );
    for (const d of own) if (d.profile.title === titleProfiles['it-chef'].title) d.person.managerEligible = true;
    assignByRank(
      own.filter((d) => !d.person.managerEligible && (d.person.competences.leadership ?? 0) >= 2),
      CANDIDATE_ELIGIBLE_SENIORS,
      (d) => (d.person.competences.leadership ?? 0) * 10 + Math.min(d.serviceYears, 20) / 4 + d.tieBreak,
      (d) => (d.person.managerEligible = true),
    );
    assignByRank(
      own.filter((d) => d.profile.mayBeWorker),
      CANDIDATE_WORKER_AGREEMENT,
      (d) => d.tieBreak,
      (d) => (d.person.agreementArea = 'arbetare'),
    );
  }
  return drafts.map((d) => d.person);
}

/** Every person of the staff drafted, each from their own stream (`person:<id><suffix>`). */
function draftStaff(
  context: PeopleContext,
  streamSuffix: string,
  employers: readonly string[] = employerOrder,
  rosterOf: Readonly<Record<string, readonly (readonly [TitleKey, number])[]>> = rosters,
  firstNumber = 1,
): Draft[] {
  const drafts: Draft[] = [];
  const homes = allocateHomeMunicipalities(context.seed, employers, rosterOf);
  for (const employer of employers) {
    const homeQueue = homes.get(employer) ?? [];
    for (const [titleKey, count] of rosterOf[employer] ?? []) {
      for (let i = 0; i < count; i++) {
        const id = `p${String(firstNumber + drafts.length).padStart(3, '0')}`;
        const homeMunicipality = homeQueue.shift() ?? employer;
        drafts.push(draftPerson(id, employer, titleProfiles[titleKey], homeMunicipality, context, streamSuffix));
      }
    }
  }
  return drafts;
}

/** At least two people under 35 and two aged 55 or over. */
function agesSpread(drafts: readonly Draft[], referenceYear: number): boolean {
  const ages = drafts.map((d) => referenceYear - d.person.birthYear);
  return ages.filter((a) => a < 35).length >= 2 && ages.filter((a) => a >= 55).length >= 2;
}

/** Marks the `count` highest-scoring drafts (ties broken by id). */
function assignByRank(candidates: Draft[], count: number, score: (d: Draft) => number, mark: (d: Draft) => void): void {
  [...candidates]
    .sort((a, b) => score(b) - score(a) || a.person.id.localeCompare(b.person.id))
    .slice(0, count)
    .forEach(mark);
}

/**
 * Home municipality per person, by employer: counts from the shares by largest remainder
 * (same for every seed), shuffled by the seed so that who lives where varies.
 */
function allocateHomeMunicipalities(
  seed: number,
  employers: readonly string[],
  rosterOf: Readonly<Record<string, readonly (readonly [TitleKey, number])[]>>,
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const employer of employers) {
    const size = (rosterOf[employer] ?? []).reduce((sum, [, count]) => sum + count, 0);
    const entries = Object.entries(homeMunicipalityShares[employer] ?? { [employer]: 1 });
    const exact = entries.map(([id, share]) => ({ id, quota: share * size }));
    const counts = new Map(exact.map((e) => [e.id, Math.floor(e.quota)]));
    let left = size - [...counts.values()].reduce((sum, c) => sum + c, 0);
    const byRemainder = [...exact].sort((a, b) => b.quota - Math.floor(b.quota) - (a.quota - Math.floor(a.quota)));
    for (const e of byRemainder) {
      if (left <= 0) break;
      counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
      left--;
    }
    const list: string[] = [];
    for (const [id, count] of counts) for (let i = 0; i < count; i++) list.push(id);
    result.set(employer, shuffle(list, randomStream(seed, `homes:${employer}`)));
  }
  return result;
}

function shuffle<T>(items: T[], random: RandomStream): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function draftPerson(
  id: string,
  employer: string,
  profile: TitleProfile,
  homeMunicipality: string,
  context: PeopleContext,
  streamSuffix: string,
): Draft {
  const random = randomStream(context.seed, `person:${id}${streamSuffix}`);
  const referenceYear = Number(context.referenceDate.slice(0, 4));
  const referenceMs = Date.parse(`${context.referenceDate}T00:00:00Z`);

  // Age over the title's range: mostly triangular (mean in the middle), three in ten uniform
  // so that the youngest and oldest bands are not empty.
  const [minAge, maxAge] = profile.ages;
  const ageFraction = random() < 0.3 ? random() : (random() + random()) / 2;
  const age = Math.round(minAge + ageFraction * (maxAge - minAge));
  const birthYear = referenceYear - age;
  // Service: skewed towards shorter spells (u · (0.4 + 0.6u), mean 0.4 of the most possible),
  // at most 35 years, starting at 19 at the earliest.
  const maxService = Math.max(0.2, Math.min(35, age - 19));
  const u = random();
  const serviceYears = maxService * u * (0.4 + 0.6 * u);
  const startMs = referenceMs - Math.max(30, Math.round(serviceYears * 365.25)) * DAY_MS;
  const { employmentPeriods, birthDate } = drawLawFields(id, context, streamSuffix, birthYear, startMs, referenceMs);

  // Experience in the trade counts for skill, not only the years with this employer.
  const experienceYears = Math.max(serviceYears, age - 25);
  const competences = drawCompetences(profile, experienceYears, context.competenceIds, random);
  const home = drawHome(homeMunicipality, context, random);
  const siteId = siteFor(profile, employer, context);
  const employmentRate = random() < 0.87 ? 1 : ([0.75, 0.8, 0.9][Math.floor(random() * 3)] ?? 0.8);
  const [minSalary, maxSalary] = profile.salary;
  const seniority = Math.min(1, serviceYears / 20);
  const salaryPosition = Math.min(1, Math.max(0, 0.6 * seniority + 0.4 * random()));
  const salary = Math.round((minSalary + salaryPosition * (maxSalary - minSalary)) / 100) * 100;
  const [minDays, maxDays] = profile.onSiteDays;
  const onSiteDaysToday = minDays + Math.floor(random() * (maxDays - minDays + 1));
  const tieBreak = random();

  const person: Person = {
    id,
    municipalityId: employer,
    siteId,
    functionId: profile.functionId,
    title: profile.title,
    home,
    competences,
    employmentRate,
    employmentPeriods,
    birthYear,
    ...(birthDate === undefined ? {} : { birthDate }),
    agreementArea: 'tjansteman',
    securityClearance: false,
    managerEligible: false,
    salary,
    onSiteDaysToday,
  };
  return { person, profile, serviceYears, tieBreak };
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The employment periods and the birth date, from a stream of their own (`law:p017`) so
 * that the other fields stay as they were drawn before periods existed. About one in eight
 * with more than eight years of service left and came back (a gap of two months to two
 * years); nine in ten have a birth date, the others only a birth year.
 */
function drawLawFields(
  id: string,
  context: PeopleContext,
  streamSuffix: string,
  birthYear: number,
  startMs: number,
  referenceMs: number,
): { employmentPeriods: Person['employmentPeriods']; birthDate: string | undefined } {
  const random = randomStream(context.seed, `law:${id}${streamSuffix}`);
  const yearStart = Date.UTC(birthYear, 0, 1);
  const daysInYear = (Date.UTC(birthYear + 1, 0, 1) - yearStart) / DAY_MS;
  const birthDay = Math.floor(random() * daysInYear);
  const birthDate = random() < 0.9 ? isoDay(yearStart + birthDay * DAY_MS) : undefined;
  const serviceDays = (referenceMs - startMs) / DAY_MS;
  if (serviceDays > 8 * 365 && random() < 0.125) {
    const firstDays = Math.round(serviceDays * (0.2 + 0.3 * random()));
    const gapDays = 60 + Math.round(random() * 670);
    const firstEnd = startMs + firstDays * DAY_MS;
    const secondStart = firstEnd + (gapDays + 1) * DAY_MS;
    if (secondStart < referenceMs - 365 * DAY_MS) {
      return {
        employmentPeriods: [{ start: isoDay(startMs), end: isoDay(firstEnd) }, { start: isoDay(secondStart) }],
        birthDate,
      };
    }
  }
  return { employmentPeriods: [{ start: isoDay(startMs) }], birthDate };
}

/**
 * Levels around the title's profile: primary competences (profile level 3) stay at 3, rise
 * to 4 for some with long experience and drop to 2 for some beginners; secondary ones vary
 * by one level (down mostly for the less experienced); a quarter of the other areas get
 * basic knowledge (1).
 */
function drawCompetences(
  profile: TitleProfile,
  experienceYears: number,
  competenceIds: readonly string[],
  random: RandomStream,
): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const competenceId of competenceIds) {
    const base = profile.levels[competenceId] ?? 0;
    const u = random();
    let level: number;
    if (base >= 3) {
      if (experienceYears >= 12 && u < 0.4) level = base + 1;
      else if (experienceYears < 3 && u < 0.5) level = base - 1;
      else level = base;
    } else if (base > 0) {
      if (u < (experienceYears < 6 ? 0.2 : 0.08)) level = base - 1;
      else if (u < (experienceYears >= 12 ? 0.45 : 0.3)) level = base + 1;
      else level = base;
    } else {
      level = u < 0.25 ? 1 : 0;
    }
    levels[competenceId] = Math.max(0, Math.min(4, level));
  }
  return levels;
}

/**
 * A home in the given municipality: a locality drawn in proportion to its population, then
 * a point around its centre (within the town for most; 2–8 km out in the countryside for
 * about a third), redrawn until it lies inside the region's box.
 */
function drawHome(municipalityId: string, context: PeopleContext, random: RandomStream): { lat: number; lon: number } {
  const candidates = context.localities.filter((l) => l.municipalityId === municipalityId);
  const total = candidates.reduce((sum, l) => sum + l.population, 0);
  let pick = random() * total;
  let locality = candidates[candidates.length - 1];
  for (const l of candidates) {
    pick -= l.population;
    if (pick < 0) {
      locality = l;
      break;
    }
  }
  if (!locality) throw new Error(`no locality in municipality ${municipalityId}`);
  const { bbox } = context.region;
  const townRadiusKm = 0.6 + Math.sqrt(locality.population) / 60;
  const rural = random() < 0.35;
  for (let attempt = 0; attempt < 20; attempt++) {
    const [x, y] = pointInUnitDisk(random);
    // Town: uniform over the disk of the town's radius; countryside: 2–8 km out, any bearing.
    const norm = Math.sqrt(x * x + y * y);
    const scaleKm = rural ? (2 + 6 * random()) / norm : townRadiusKm;
    const lat = locality.lat + (scaleKm * y) / KM_PER_DEGREE_LAT;
    const lon = locality.lon + (scaleKm * x) / KM_PER_DEGREE_LON;
    if (lat >= bbox.minLat && lat <= bbox.maxLat && lon >= bbox.minLon && lon <= bbox.maxLon)
      return { lat: round5(lat), lon: round5(lon) };
  }
  return { lat: locality.lat, lon: locality.lon };
}

/**
 * A uniform point in the unit disk by rejection (no trigonometry: only +, ×, √, which IEEE 754
 * rounds exactly, so the generated bytes do not depend on the platform's Math.sin/cos).
 */
function pointInUnitDisk(random: RandomStream): [number, number] {
  for (;;) {
    const x = 2 * random() - 1;
    const y = 2 * random() - 1;
    const r2 = x * x + y * y;
    if (r2 <= 1 && r2 > 1e-12) return [x, y];
  }
}

function siteFor(profile: TitleProfile, employer: string, context: PeopleContext): string {
  const table =
    profile.site === 'town-hall'
      ? context.townHallOf
      : profile.site === 'server-room'
        ? context.firstServerRoomOf
        : context.itOfficeOf;
  const siteId = table[employer];
  if (siteId === undefined) throw new Error(`no ${profile.site} for ${employer}`);
  return siteId;
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** km per degree at the region's mean latitude (57.3°): a constant, so no Math.cos is needed. */
const KM_PER_DEGREE_LAT = 111.32;
const KM_PER_DEGREE_LON = 60.1;
