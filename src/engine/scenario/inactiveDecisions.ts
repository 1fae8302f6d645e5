import type { Dataset } from '../../schema/dataset';
import { positionInMembership } from '../../schema/membership';
import type { Scenario } from '../../schema/scenario';
import { scenarioMembers } from './scenarioMembers';

/** A manual decision on a person or position that the scenario's membership leaves out. */
export interface InactiveDecision {
  kind:
    | 'lock'
    | 'exclusion'
    | 'stage'
    | 'lasExemption'
    | 'agreedDeviation'
    | 'vacancy'
    | 'externalRecruitment'
    | 'retained';
  personId: string | null;
  positionId: string | null;
  /** The non-member municipality the person works for, or the position exists only with. */
  municipalityId: string;
}

/**
 * The decisions of a scenario that name people of non-member municipalities or positions that
 * exist only with a non-member, and what a non-member would keep itself (docs/membership.md).
 * They are kept in the scenario, never deleted, and have no effect while the municipality is
 * not a member: the evaluation does not see those people and positions. Turning the member on
 * again makes them active.
 */
export function inactiveDecisions(
  dataset: Pick<Dataset, 'municipalities' | 'people' | 'positions'>,
  scenario: Pick<Scenario, 'members' | 'decisions' | 'stages' | 'retained'>,
): InactiveDecision[] {
  const members = scenarioMembers(dataset, scenario);
  const employerOf = new Map(dataset.people.map((p) => [p.id, p.municipalityId]));
  const positions = new Map(dataset.positions.map((p) => [p.id, p]));
  const outsidePerson = (personId: string): string | null => {
    const employer = employerOf.get(personId);
    return employer !== undefined && !members.has(employer) ? employer : null;
  };
  const outsidePosition = (positionId: string | undefined): string | null => {
    const position = positionId === undefined ? undefined : positions.get(positionId);
    if (!position || positionInMembership(position, members)) return null;
    return position.memberId ?? (position.location.rule === 'local' ? position.location.municipalityId : '');
  };
  const found: InactiveDecision[] = [];
  const check = (kind: InactiveDecision['kind'], personId: string | null, positionId: string | null) => {
    const municipalityId =
      (personId === null ? null : outsidePerson(personId)) ?? outsidePosition(positionId ?? undefined);
    if (municipalityId !== null) found.push({ kind, personId, positionId, municipalityId });
  };
  const { decisions } = scenario;
  for (const l of decisions.locks) check('lock', l.personId, l.positionId);
  for (const e of decisions.exclusions) check('exclusion', e.personId, e.positionId ?? null);
  for (const [personId, stage] of Object.entries(scenario.stages))
    if (stage !== 'proposed') check('stage', personId, null);
  for (const personId of decisions.lasExemptions) check('lasExemption', personId, null);
  for (const d of decisions.agreedDeviations) {
    const municipalityId =
      outsidePerson(d.benchPersonId) ?? outsidePerson(d.placedPersonId) ?? outsidePosition(d.positionId);
    if (municipalityId !== null)
      found.push({ kind: 'agreedDeviation', personId: d.benchPersonId, positionId: d.positionId, municipalityId });
  }
  for (const positionId of decisions.vacancies) check('vacancy', null, positionId);
  for (const positionId of decisions.externalRecruitment) check('externalRecruitment', null, positionId);
  // What a municipality keeps itself (its positions, its security-sensitive operations).
  for (const [municipalityId, kept] of Object.entries(scenario.retained))
    if (!members.has(municipalityId) && (kept.positions.length > 0 || kept.securitySensitive))
      found.push({ kind: 'retained', personId: null, positionId: null, municipalityId });
  return found;
}
