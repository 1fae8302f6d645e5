import { describe, expect, it } from 'vitest';
import { selectionOrder, type SelectionMember } from '../../../src/engine/selectionOrder/selectionOrder';
import type { Dataset } from '../../../src/schema/dataset';
import { scenarioSchema } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';

/** Six people with chosen service lengths and ages, all at east-hall unless moved. */
function dataset(): Dataset {
  const raw = smallDataset();
  const base = raw.people[0]!;
  raw.people = [
    { ...base, id: 'a', employmentStart: '2000-01-01', birthYear: 1970 },
    { ...base, id: 'b', employmentStart: '2010-01-01', birthYear: 1960 },
    { ...base, id: 'c', employmentStart: '2010-01-01', birthYear: 1975 }, // same start as b, younger
    { ...base, id: 'd', employmentStart: '2020-01-01', birthYear: 1990 },
    { ...base, id: 'e', employmentStart: '2020-01-01', birthYear: 1990 }, // ties d: id decides
    { ...base, id: 'f', employmentStart: '1995-01-01', birthYear: 1965, agreementArea: 'arbetare' },
  ];
  raw.municipalities.forEach((m) => (m.itStaff = null));
  raw.municipalities[0]!.itStaff = 6;
  raw.municipalities[1]!.itStaff = 0;
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

const scenario = (extra: Record<string, unknown> = {}) => scenarioSchema.parse({ id: 's', name: 'S', kind: 'target', ...extra });
const member = (personId: string, siteId: string, positionId: string | null): SelectionMember => ({ personId, siteId, positionId });
const always = () => true;

describe('selectionOrder (LAS 22 §)', () => {
  const d = dataset();

  it('ranks by length of employment, then age (older first), then id, per site and agreement area', () => {
    const order = selectionOrder(d, scenario(), ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => member(id, 'east-hall', null)), always);
    expect(order.groups.map((g) => [g.id, g.ranking])).toEqual([
      ['east-hall--arbetare', ['f']],
      ['east-hall--tjansteman', ['a', 'b', 'c', 'd', 'e']],
    ]);
    expect(order.rankOf.c).toEqual({ groupId: 'east-hall--tjansteman', rank: 3 });
  });

  it('makes one group per operating unit, and merges units in the same town when asked', () => {
    const members = [member('a', 'east-hall', null), member('b', 'east-servers', null), member('c', 'west-hall', null)];
    expect(selectionOrder(d, scenario(), members, always).groups.map((g) => g.sites)).toEqual([['east-hall'], ['east-servers'], ['west-hall']]);
    // east-hall and east-servers stand in different localities of the fixture, so merging by town keeps them apart…
    const merged = selectionOrder(d, scenario({ parameters: { selectionOrder: { mergeUnitsInSameTown: true } } }), members, always);
    expect(merged.groups).toHaveLength(3);
    // …but two units in one town become one group.
    const sameTown = selectionOrder(
      d,
      scenario({ parameters: { selectionOrder: { mergeUnitsInSameTown: true } } }),
      [member('a', 'east-hall', null), member('b', 'east-hall', 'pos-02')],
      always,
    );
    expect(sameTown.groups).toEqual([expect.objectContaining({ id: 'town-east-town--tjansteman', ranking: ['a', 'b'] })]);
  });

  it('finds a conflict when someone on the bench outranks a placed person and is qualified for the position', () => {
    const members = [member('a', 'east-hall', null), member('b', 'east-hall', 'pos-02'), member('d', 'east-hall', 'pos-01')];
    const order = selectionOrder(d, scenario(), members, always);
    expect(order.conflicts).toEqual([
      { benchPersonId: 'a', placedPersonId: 'b', positionId: 'pos-02', groupId: 'east-hall--tjansteman' },
      { benchPersonId: 'a', placedPersonId: 'd', positionId: 'pos-01', groupId: 'east-hall--tjansteman' },
    ]);
  });

  it('finds no conflict when the bench person is not qualified, ranks lower, or is in another group', () => {
    const qualifiedOnlyFor01 = (_: string, positionId: string) => positionId === 'pos-01';
    const members = [member('a', 'east-hall', null), member('b', 'east-hall', 'pos-02')];
    expect(selectionOrder(d, scenario(), members, qualifiedOnlyFor01).conflicts).toEqual([]);
    expect(selectionOrder(d, scenario(), [member('d', 'east-hall', null), member('a', 'east-hall', 'pos-02')], always).conflicts).toEqual([]);
    expect(selectionOrder(d, scenario(), [member('a', 'west-hall', null), member('d', 'east-hall', 'pos-02')], always).conflicts).toEqual([]);
    expect(selectionOrder(d, scenario(), [member('f', 'east-hall', null), member('d', 'east-hall', 'pos-02')], always).conflicts).toEqual([]);
  });

  it('keeps exempted people apart from the ranking and out of conflicts', () => {
    const members = [member('a', 'east-hall', null), member('d', 'east-hall', 'pos-02'), member('e', 'east-hall', null)];
    const order = selectionOrder(d, scenario({ decisions: { lasExemptions: ['d'] } }), members, always);
    expect(order.groups[0]).toMatchObject({ ranking: ['a', 'e'], exempted: ['d'] });
    expect(order.conflicts).toEqual([]);
  });

  it('allows at most three exemptions', () => {
    expect(scenarioSchema.safeParse({ id: 's', name: 'S', kind: 'target', decisions: { lasExemptions: ['a', 'b', 'c'] } }).success).toBe(true);
    expect(scenarioSchema.safeParse({ id: 's', name: 'S', kind: 'target', decisions: { lasExemptions: ['a', 'b', 'c', 'd'] } }).success).toBe(false);
  });
});
