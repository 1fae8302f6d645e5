import { z } from 'zod';
import { distanceKmBetween } from './geodesy';
import { datasetSchema, type Dataset } from './dataset';
import { issuesFromZod, type DatasetIssue } from './datasetIssue';
import { economicsIssues } from './economicsChecks';
import { defaultMemberIds, positionInMembership, scenarioMemberSet } from './membership';
import { memberFigureFields } from './municipality';
import { employmentPeriodProblems } from './employmentPeriodProblems';
import { retainedIssues, retainedPositionIds } from './retainedChecks';
import { scenarioSchema } from './scenario';

export interface ValidateOptions {
  /** Treat warnings (declared figures that differ from the collections) as errors. */
  strict?: boolean;
}

export type DatasetValidation =
  | { ok: true; dataset: Dataset; warnings: DatasetIssue[] }
  | { ok: false; errors: DatasetIssue[]; warnings: DatasetIssue[] };

const SHARE_TOLERANCE = 1e-3;
/** LAS 22 §: an employer may exempt at most three people from the order of selection. */
export const MAX_EXEMPTIONS_PER_EMPLOYER = 3;

/**
 * Validates a raw dataset: the shape of every entity (zod), then the cross-references,
 * the region, the sums of shares and the declared figures. Returns every problem at once.
 */
export function validateDataset(raw: unknown, options: ValidateOptions = {}): DatasetValidation {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: issuesFromZod(parsed.error, raw), warnings: [] };
  return crossChecked(parsed.data, options);
}

/**
 * `validateDataset` of a valid dataset with one raw scenario put last in place of any of the
 * same id (a scenario file): the same problems, but only the scenario parsed again, not every
 * entity (at 2 000 people the whole dataset's shapes take a tenth of a second).
 */
export function validateDatasetWithScenario(
  dataset: Dataset,
  raw: unknown,
  options: ValidateOptions = {},
): DatasetValidation {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  const others = dataset.scenarios.filter((s) => s.id !== id);
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    // Its issues where the whole dataset's parse would put them.
    const at = ['scenarios', others.length];
    const error = new z.ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })));
    return { ok: false, errors: issuesFromZod(error, { scenarios: [...others, raw] }), warnings: [] };
  }
  return crossChecked({ ...dataset, scenarios: [...others, parsed.data] }, options);
}

/** The cross-checks of a dataset whose entities are valid, warnings made errors under `strict`. */
function crossChecked(dataset: Dataset, options: ValidateOptions): DatasetValidation {
  const found = crossCheckDataset(dataset);
  const errors = found.filter((i) => i.severity === 'error');
  let warnings = found.filter((i) => i.severity === 'warning');
  if (options.strict && warnings.length > 0) {
    errors.push(...warnings.map((w) => ({ ...w, severity: 'error' as const })));
    warnings = [];
  }
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, dataset, warnings };
}

/** The checks zod's per-entity shapes cannot make: ids, references, region, sums, totals. */
export function crossCheckDataset(d: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const error = (
    entity: DatasetIssue['entity'],
    id: string | null,
    field: string,
    code: DatasetIssue['code'],
    params: DatasetIssue['params'] = {},
  ) => issues.push({ severity: 'error', entity, id, field, code, params });
  const warning = (
    entity: DatasetIssue['entity'],
    id: string | null,
    field: string,
    code: DatasetIssue['code'],
    params: DatasetIssue['params'] = {},
  ) => issues.push({ severity: 'warning', entity, id, field, code, params });

  const idsOf = <T extends { id: string }>(items: T[], entity: DatasetIssue['entity']): Map<string, T> => {
    const map = new Map<string, T>();
    for (const item of items) {
      if (map.has(item.id)) error(entity, item.id, 'id', 'duplicate-id');
      else map.set(item.id, item);
    }
    return map;
  };
  const municipalities = idsOf(d.municipalities, 'municipality');
  const localities = idsOf(d.localities, 'locality');
  const sites = idsOf(d.sites, 'site');
  const functions = idsOf(d.functions, 'function');
  const competences = idsOf(d.competences, 'competence');
  const units = idsOf(d.units, 'unit');
  const people = idsOf(d.people, 'person');
  const positions = idsOf(d.positions, 'position');
  const companyPositions: Map<string, { id: string }> = positions;
  idsOf(d.scenarios, 'scenario');

  const ref = (
    entity: DatasetIssue['entity'],
    id: string,
    field: string,
    target: Map<string, unknown>,
    value: string,
    targetEntity: string,
  ) => {
    if (!target.has(value)) error(entity, id, field, 'unknown-reference', { target: targetEntity, value });
  };

  // Region: every coordinate inside the box, with its margin.
  const { bbox, marginKm } = d.region;
  const inRegion = (lat: number, lon: number): boolean => {
    const clampedLat = Math.min(Math.max(lat, bbox.minLat), bbox.maxLat);
    const clampedLon = Math.min(Math.max(lon, bbox.minLon), bbox.maxLon);
    return distanceKmBetween(lat, lon, clampedLat, clampedLon) <= marginKm;
  };
  const checkRegion = (entity: DatasetIssue['entity'], id: string, field: string, lat: number, lon: number) => {
    if (!inRegion(lat, lon)) error(entity, id, field, 'outside-region', { lat, lon, region: d.region.name });
  };

  for (const m of d.municipalities) {
    if (!m.member) continue;
    for (const field of memberFigureFields) {
      if (m[field] === null) error('municipality', m.id, field, 'member-figure-missing');
    }
  }

  const shareSums = new Map<string, { employees: number; pcs: number }>();
  for (const l of d.localities) {
    ref('locality', l.id, 'municipalityId', municipalities, l.municipalityId, 'municipality');
    checkRegion('locality', l.id, 'lat', l.lat, l.lon);
    const sum = shareSums.get(l.municipalityId) ?? { employees: 0, pcs: 0 };
    sum.employees += l.employeeShare;
    sum.pcs += l.pcShare;
    shareSums.set(l.municipalityId, sum);
  }
  for (const [municipalityId, sum] of shareSums) {
    if (Math.abs(sum.employees - 1) > SHARE_TOLERANCE)
      error('municipality', municipalityId, 'localities.employeeShare', 'shares-not-one', {
        sum: round(sum.employees),
      });
    if (Math.abs(sum.pcs - 1) > SHARE_TOLERANCE)
      error('municipality', municipalityId, 'localities.pcShare', 'shares-not-one', { sum: round(sum.pcs) });
  }

  for (const s of d.sites) {
    ref('site', s.id, 'municipalityId', municipalities, s.municipalityId, 'municipality');
    ref('site', s.id, 'localityId', localities, s.localityId, 'locality');
    const locality = localities.get(s.localityId);
    if (locality && locality.municipalityId !== s.municipalityId)
      error('site', s.id, 'localityId', 'locality-in-other-municipality', { value: s.localityId });
    checkRegion('site', s.id, 'lat', s.lat, s.lon);
  }

  for (const p of d.people) {
    ref('person', p.id, 'municipalityId', municipalities, p.municipalityId, 'municipality');
    ref('person', p.id, 'siteId', sites, p.siteId, 'site');
    ref('person', p.id, 'functionId', functions, p.functionId, 'function');
    for (const competenceId of Object.keys(p.competences))
      ref('person', p.id, `competences.${competenceId}`, competences, competenceId, 'competence');
    checkRegion('person', p.id, 'home', p.home.lat, p.home.lon);
    for (const problem of employmentPeriodProblems(p.employmentPeriods, d.referenceDate)) {
      const field = `employmentPeriods.${problem.index}.${problem.field}`;
      const value = p.employmentPeriods[problem.index]![problem.field] ?? '';
      if (problem.code === 'periods-overlap')
        error('person', p.id, field, 'periods-overlap', { value, other: problem.other + 1 });
      else error('person', p.id, field, problem.code, { value, reference: d.referenceDate });
    }
    if (p.birthDate !== undefined && Number(p.birthDate.slice(0, 4)) !== p.birthYear)
      error('person', p.id, 'birthDate', 'birth-year-differs', { value: p.birthDate, year: p.birthYear });
  }

  for (const pos of d.positions) {
    ref('position', pos.id, 'unitId', units, pos.unitId, 'unit');
    ref('position', pos.id, 'functionId', functions, pos.functionId, 'function');
    pos.requirements.forEach((r, index) =>
      ref('position', pos.id, `requirements.${index}.competenceId`, competences, r.competenceId, 'competence'),
    );
    if (pos.location.rule === 'local')
      ref('position', pos.id, 'location.municipalityId', municipalities, pos.location.municipalityId, 'municipality');
    if (pos.reportsTo !== null) ref('position', pos.id, 'reportsTo', positions, pos.reportsTo, 'position');
    if (pos.memberId !== undefined) ref('position', pos.id, 'memberId', municipalities, pos.memberId, 'municipality');
  }
  for (const pos of reportsToLoops(d.positions)) error('position', pos, 'reportsTo', 'reports-to-loop');

  for (const s of d.scenarios) {
    // A scenario's members (docs/membership.md): known municipalities with the pre-study's figures.
    s.members?.forEach((memberId, index) => {
      const municipality = municipalities.get(memberId);
      if (!municipality) {
        ref('scenario', s.id, `members.${index}`, municipalities, memberId, 'municipality');
        return;
      }
      const missing = memberFigureFields.filter((field) => municipality[field] === null);
      if (missing.length > 0)
        error('scenario', s.id, `members.${index}`, 'member-figure-missing', {
          value: memberId,
          fields: missing.join(', '),
        });
    });
    retainedIssues(
      d,
      s,
      (field, code, params) => error('scenario', s.id, field, code, params),
      (field, code, params) => warning('scenario', s.id, field, code, params),
      inRegion,
    );
    // Decisions may name the positions this scenario's members retain.
    const retainedIds = retainedPositionIds(d, s);
    const positions =
      retainedIds.length === 0
        ? companyPositions
        : new Map([...companyPositions, ...retainedIds.map((id) => [id, { id }] as const)]);
    for (const [functionId, siteId] of Object.entries(s.functionSites)) {
      ref('scenario', s.id, `functionSites.${functionId}`, functions, functionId, 'function');
      ref('scenario', s.id, `functionSites.${functionId}`, sites, siteId, 'site');
      const fn = functions.get(functionId);
      if (fn && fn.siting !== 'function-site')
        error('scenario', s.id, `functionSites.${functionId}`, 'wrong-siting', { value: functionId });
    }
    s.servicePoints.forEach((sp, index) => {
      ref('scenario', s.id, `servicePoints.${index}.siteId`, sites, sp.siteId, 'site');
      ref('scenario', s.id, `servicePoints.${index}.municipalityId`, municipalities, sp.municipalityId, 'municipality');
    });
    const { locks, exclusions, vacancies, lasExemptions, externalRecruitment } = s.decisions;
    locks.forEach((l, index) => {
      ref('scenario', s.id, `decisions.locks.${index}.personId`, people, l.personId, 'person');
      ref('scenario', s.id, `decisions.locks.${index}.positionId`, positions, l.positionId, 'position');
    });
    exclusions.forEach((e, index) => {
      ref('scenario', s.id, `decisions.exclusions.${index}.personId`, people, e.personId, 'person');
      if (e.positionId !== undefined)
        ref('scenario', s.id, `decisions.exclusions.${index}.positionId`, positions, e.positionId, 'position');
    });
    vacancies.forEach((v, index) => ref('scenario', s.id, `decisions.vacancies.${index}`, positions, v, 'position'));
    lasExemptions.forEach((p, index) => ref('scenario', s.id, `decisions.lasExemptions.${index}`, people, p, 'person'));
    // LAS 22 §: at most three exemptions per employer – the company after the transfer, each
    // municipality when the order is made before it. An exemption of someone whose municipality
    // is not a member of the scenario is kept but has no effect, and takes none of the three.
    const perEmployer = new Map<string, number>();
    const members = scenarioMemberSet(d.municipalities, s);
    for (const personId of new Set(lasExemptions)) {
      const person = people.get(personId);
      if (!person || !members.has(person.municipalityId)) continue;
      const employer = s.parameters.selectionOrder.basis === 'before-transfer' ? person.municipalityId : 'company';
      perEmployer.set(employer, (perEmployer.get(employer) ?? 0) + 1);
    }
    for (const [employer, count] of perEmployer) {
      if (count > MAX_EXEMPTIONS_PER_EMPLOYER)
        error('scenario', s.id, 'decisions.lasExemptions', 'too-many-exemptions', {
          employer,
          count,
          maximum: MAX_EXEMPTIONS_PER_EMPLOYER,
        });
    }
    s.decisions.agreedDeviations.forEach((dev, index) => {
      ref('scenario', s.id, `decisions.agreedDeviations.${index}.benchPersonId`, people, dev.benchPersonId, 'person');
      ref('scenario', s.id, `decisions.agreedDeviations.${index}.placedPersonId`, people, dev.placedPersonId, 'person');
      ref('scenario', s.id, `decisions.agreedDeviations.${index}.positionId`, positions, dev.positionId, 'position');
    });
    // A position to recruit that the positions no longer hold (another set of positions was
    // imported) changes nothing: a warning, so the import does not fail on the presets' choice.
    externalRecruitment.forEach((p, index) => {
      if (!positions.has(p))
        warning('scenario', s.id, `decisions.externalRecruitment.${index}`, 'position-to-recruit-missing', {
          value: p,
        });
    });
    for (const personId of Object.keys(s.stages))
      ref('scenario', s.id, `stages.${personId}`, people, personId, 'person');
  }

  issues.push(...economicsIssues(d));

  // Declared figures against the collections: warnings (errors in strict mode). The target
  // organisation is the default membership's (docs/membership.md).
  const defaultMembers = defaultMemberIds(d.municipalities);
  const defaultPositions = d.positions.filter((p) => positionInMembership(p, defaultMembers));
  const managers = defaultPositions.filter((p) => p.manager).length;
  if (defaultPositions.length !== d.targetOrganisation.positions)
    warning('dataset', null, 'targetOrganisation.positions', 'positions-differ', {
      declared: d.targetOrganisation.positions,
      actual: defaultPositions.length,
    });
  if (managers !== d.targetOrganisation.managers)
    warning('dataset', null, 'targetOrganisation.managers', 'managers-differ', {
      declared: d.targetOrganisation.managers,
      actual: managers,
    });
  // Every member that declares its IT staff, and a possible member whose staff is in the data
  // (it may join a scenario, docs/membership.md).
  for (const m of d.municipalities) {
    if (m.itStaff === null) continue;
    const actual = d.people.filter((p) => p.municipalityId === m.id).length;
    if (!m.member && actual === 0) continue;
    if (actual !== m.itStaff)
      warning('municipality', m.id, 'itStaff', 'it-staff-differ', { declared: m.itStaff, actual });
  }
  return issues;
}

/** Positions whose `reportsTo` chain runs into a loop (each reported once). */
function reportsToLoops(positions: Dataset['positions']): string[] {
  const parent = new Map(positions.map((p) => [p.id, p.reportsTo]));
  const inLoop = new Set<string>();
  for (const start of parent.keys()) {
    const seen = new Set<string>();
    let current: string | null | undefined = start;
    while (current !== null && current !== undefined && !seen.has(current)) {
      seen.add(current);
      current = parent.get(current);
    }
    if (current === start) inLoop.add(start);
  }
  return [...inLoop].sort();
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
