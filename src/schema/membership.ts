import { memberFigureFields, type Municipality } from './municipality';
import type { Position } from './position';

/**
 * Whether a position exists under a membership (docs/membership.md): a position that carries
 * `memberId` exists only while that municipality is a member, and a position tied to a
 * municipality's service points (`local`) only while that municipality is a member, since
 * it has nowhere else to work.
 */
export function positionInMembership(
  position: Pick<Position, 'memberId' | 'location'>,
  members: ReadonlySet<string>,
): boolean {
  if (position.memberId !== undefined && !members.has(position.memberId)) return false;
  if (position.location.rule === 'local' && !members.has(position.location.municipalityId)) return false;
  return true;
}

/**
 * The member municipalities of a scenario: its own `members` when it lists them, otherwise
 * the default membership.
 */
export function scenarioMemberSet(
  municipalities: readonly Pick<Municipality, 'id' | 'member'>[],
  scenario: { readonly members?: readonly string[] | undefined } | null | undefined,
): Set<string> {
  return scenario?.members !== undefined ? new Set(scenario.members) : defaultMemberIds(municipalities);
}

/** The default membership: the municipalities marked `member` in the data. */
export function defaultMemberIds(municipalities: readonly Pick<Municipality, 'id' | 'member'>[]): Set<string> {
  return new Set(municipalities.filter((m) => m.member).map((m) => m.id));
}

/** Whether a municipality can be a member of a scenario: a member by default, or one with the pre-study's figures. */
export function canBeMember(municipality: Municipality): boolean {
  return municipality.member || memberFigureFields.every((field) => municipality[field] !== null);
}
