import type { Municipality } from './municipality';
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

/** The default membership: the municipalities marked `member` in the data. */
export function defaultMemberIds(municipalities: readonly Pick<Municipality, 'id' | 'member'>[]): Set<string> {
  return new Set(municipalities.filter((m) => m.member).map((m) => m.id));
}
