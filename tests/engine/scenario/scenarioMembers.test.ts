import { describe, expect, it } from 'vitest';
import { baselineForMembers, scenarioMembers } from '../../../src/engine/scenario/scenarioMembers';
import { scenarioSchema } from '../../../src/schema/scenario';

const municipalities = [
  { id: 'a', member: true },
  { id: 'b', member: true },
  { id: 'c', member: false },
] as never;

describe('scenarioMembers', () => {
  it('is the default membership when the scenario lists none', () => {
    expect([...scenarioMembers({ municipalities }, {})].sort()).toEqual(['a', 'b']);
    expect([...scenarioMembers({ municipalities }, null)].sort()).toEqual(['a', 'b']);
  });

  it("is the scenario's own list when it has one, a non-member by default included", () => {
    expect([...scenarioMembers({ municipalities }, { members: ['a', 'c'] })].sort()).toEqual(['a', 'c']);
  });

  it('a scenario with no members or a member named twice is refused, naming the field', () => {
    const base = { id: 's', name: 'S', kind: 'target' } as const;
    const none = scenarioSchema.safeParse({ ...base, members: [] });
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]).toMatchObject({ path: ['members'], message: 'no-members' });
    const twice = scenarioSchema.safeParse({ ...base, members: ['a', 'a'] });
    expect(twice.error?.issues[0]).toMatchObject({ path: ['members'], message: 'duplicate-member' });
  });
});

describe('baselineForMembers', () => {
  const today = scenarioSchema.parse({ id: 'today', name: 'Idag', kind: 'baseline' });

  it('is the baseline itself when the members agree, listed or by default, in any order', () => {
    expect(baselineForMembers({ municipalities }, today, {})).toBe(today);
    expect(baselineForMembers({ municipalities }, today, { members: ['b', 'a'] })).toBe(today);
  });

  it("is a copy with the scenario's members, its id naming them in the dataset's order", () => {
    const withC = baselineForMembers({ municipalities }, today, { members: ['c', 'a', 'b'] });
    expect(withC).toMatchObject({ id: 'today@a+b+c', members: ['a', 'b', 'c'], kind: 'baseline' });
    expect(withC.parameters).toBe(today.parameters);
    expect(baselineForMembers({ municipalities }, today, { members: ['b', 'c', 'a'] }).id).toBe(withC.id);
    expect(baselineForMembers({ municipalities }, today, { members: ['a'] }).id).toBe('today@a');
  });
});
