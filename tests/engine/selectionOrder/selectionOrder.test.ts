import { describe, expect, it } from 'vitest';
import { employmentDays } from '../../../src/engine/law/employmentDays';
import { selectionRankInputs } from '../../../src/engine/selectionOrder/rankInputs';
import { selectionOrder, type SelectionMember } from '../../../src/engine/selectionOrder/selectionOrder';
import type { Dataset, DatasetInput } from '../../../src/schema/dataset';
import { scenarioSchema } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';

type PersonInput = DatasetInput['people'][number];

/**
 * People with chosen employment and ages, all at east-hall today unless moved (reference
 * date of the fixture: see smallDataset). The CEO's post pos-01 is company-leading.
 */
function dataset(changes: (people: PersonInput[]) => PersonInput[] = (p) => p): Dataset {
  const raw = smallDataset();
  const base = { ...raw.people[0]!, employmentStart: undefined };
  const at = (
    id: string,
    periods: Array<{ start: string; end?: string }>,
    birthYear: number,
    extra: Partial<PersonInput> = {},
  ): PersonInput => ({
    ...base,
    id,
    employmentPeriods: periods,
    birthYear,
    ...extra,
  });
  raw.people = changes([
    at('a', [{ start: '2000-01-01' }], 1970),
    at('b', [{ start: '2010-01-01' }], 1960),
    at('c', [{ start: '2010-01-01' }], 1975), // same employment as b, younger
    at('d', [{ start: '2020-01-01' }], 1990, { birthDate: '1990-02-01' }),
    at('e', [{ start: '2020-01-01' }], 1990, { birthDate: '1990-01-15' }), // same as d, older by birth date
    at('f', [{ start: '1995-01-01' }], 1965, { agreementArea: 'arbetare' }),
  ]);
  raw.positions = raw.positions.map((p) => (p.id === 'pos-01' ? { ...p, companyLeading: true } : p));
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

const scenario = (extra: Record<string, unknown> = {}) =>
  scenarioSchema.parse({ id: 's', name: 'S', kind: 'target', ...extra });
const member = (personId: string, positionId: string | null = null): SelectionMember => ({ personId, positionId });
const always = () => true;
const order = (
  d: Dataset,
  members: SelectionMember[],
  extra: Record<string, unknown> = {},
  sufficient: (personId: string, positionId: string) => boolean = always,
) => selectionOrder(d, scenario(extra), members, sufficient, selectionRankInputs(d));
const moved = (moves: Record<string, Partial<PersonInput>>) => (people: PersonInput[]) =>
  people.map((p) => ({ ...p, ...(moves[p.id] ?? {}) }));

describe('selectionOrder (LAS 22 §)', () => {
  const d = dataset();

  it("ranks by total employment, then age (older first, by birth date), per today's workplace and agreement area", () => {
    const result = order(
      d,
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => member(id)),
    );
    expect(result.groups.map((g) => [g.id, g.ranking])).toEqual([
      ['east-hall--arbetare', ['f']],
      ['east-hall--tjansteman', ['a', 'b', 'c', 'e', 'd']],
    ]);
    expect(result.rankOf.c).toMatchObject({ groupId: 'east-hall--tjansteman', rank: 3 });
    expect(result.groups[1]!.unresolvedTies).toEqual([]);
  });

  it('flags a tie that only the birth year could not resolve, and lets the id decide it', () => {
    const yearOnly = dataset(moved({ d: { birthDate: undefined }, e: { birthDate: undefined } }));
    const group = order(yearOnly, [member('d'), member('e')]).groups[0]!;
    expect(group.ranking).toEqual(['d', 'e']);
    expect(group.unresolvedTies).toEqual([['d', 'e']]);
  });

  it('sums employment periods across a gap (LAS 3 §)', () => {
    // g and h both started in 1990 and came back in 2015; g stayed ten years the first time, h one.
    const gap = dataset((people) => [
      ...people,
      {
        ...people[0]!,
        id: 'g',
        employmentPeriods: [{ start: '1990-01-01', end: '1999-12-31' }, { start: '2015-01-01' }],
        birthYear: 1960,
      },
      {
        ...people[0]!,
        id: 'h',
        employmentPeriods: [{ start: '1990-01-01', end: '1990-12-31' }, { start: '2015-01-01' }],
        birthYear: 1960,
      },
    ]);
    const g = gap.people.find((p) => p.id === 'g')!;
    const h = gap.people.find((p) => p.id === 'h')!;
    expect(
      employmentDays(g.employmentPeriods, gap.referenceDate) - employmentDays(h.employmentPeriods, gap.referenceDate),
    ).toBe(9 * 365 + 2); // 1991–1999, two leap days
    const ranking = order(
      gap,
      ['a', 'b', 'g', 'h'].map((id) => member(id)),
    ).groups[0]!.ranking;
    expect(ranking.indexOf('g')).toBeLessThan(ranking.indexOf('b')); // 10 + years since 2015 > years since 2010
    expect(ranking.indexOf('h')).toBeGreaterThan(ranking.indexOf('b'));
  });

  it("groups by today's workplace whatever the position, and merges the units of one town on request", () => {
    const spread = dataset(moved({ b: { siteId: 'east-servers' }, c: { siteId: 'west-hall' } }));
    const members = [member('a', 'pos-02'), member('b'), member('c')];
    expect(order(spread, members).groups.map((g) => g.sites)).toEqual([['east-hall'], ['east-servers'], ['west-hall']]);
    // east-hall and east-servers stand in different localities of the fixture: merging keeps them apart…
    expect(
      order(spread, members, { parameters: { selectionOrder: { mergeUnitsInSameTown: true } } }).groups,
    ).toHaveLength(3);
    // …but two units in one town become one group.
    const oneTown = {
      ...spread,
      sites: spread.sites.map((s) => (s.id === 'east-servers' ? { ...s, localityId: 'east-town' } : s)),
    };
    const merged = order(oneTown, members, { parameters: { selectionOrder: { mergeUnitsInSameTown: true } } });
    expect(merged.groups.map((g) => [g.id, g.sites, g.ranking])).toEqual([
      ['town-east-town--tjansteman', ['east-hall', 'east-servers'], ['a', 'b']],
      ['town-west-town--tjansteman', ['west-hall'], ['c']],
    ]);
  });

  it('puts the holder of the company-leading post (the CEO) outside every group and every conflict (LAS 1 §)', () => {
    const result = order(d, [member('a'), member('d', 'pos-01'), member('e', 'pos-02')]);
    expect(result.outsideLas).toEqual([{ personId: 'd', positionId: 'pos-01' }]);
    expect(result.groups.flatMap((g) => g.ranking)).not.toContain('d');
    expect(result.rankOf.d).toBeUndefined();
    expect(result.conflicts.map((c) => c.placedPersonId)).toEqual(['e']);
  });

  it('finds a conflict when someone on the bench outranks a placed person and is qualified for the position', () => {
    const result = order(d, [member('a'), member('b', 'pos-02'), member('e', 'pos-03')]);
    expect(result.conflicts).toEqual([
      {
        benchPersonId: 'a',
        placedPersonId: 'b',
        positionId: 'pos-02',
        groupId: 'east-hall--tjansteman',
        agreedReason: null,
      },
      {
        benchPersonId: 'a',
        placedPersonId: 'e',
        positionId: 'pos-03',
        groupId: 'east-hall--tjansteman',
        agreedReason: null,
      },
    ]);
    const agreed = order(d, [member('a'), member('b', 'pos-02')], {
      decisions: {
        agreedDeviations: [
          { benchPersonId: 'a', placedPersonId: 'b', positionId: 'pos-02', reason: 'b leads the migration' },
        ],
      },
    });
    expect(agreed.conflicts).toEqual([
      expect.objectContaining({ benchPersonId: 'a', agreedReason: 'b leads the migration' }),
    ]);
  });

  it("lists a bench person's conflicts up to the first one `untilFirst` accepts, and all where it accepts none", () => {
    const members = [member('a'), member('f'), member('b', 'pos-02'), member('c'), member('e', 'pos-03')];
    const full = order(d, members);
    const conflictsOf = (o: typeof full, id: string) => o.conflicts.filter((c) => c.benchPersonId === id);
    expect(conflictsOf(full, 'a').map((c) => c.placedPersonId)).toEqual(['b', 'e']);
    expect(conflictsOf(full, 'c').map((c) => c.placedPersonId)).toEqual(['e']);
    const rounds = (untilFirst: (c: (typeof full.conflicts)[number]) => boolean) =>
      selectionOrder(d, scenario({}), members, always, selectionRankInputs(d), untilFirst);
    // Accepting e's position: a stops there (after b), c at its only one.
    expect(rounds((c) => c.positionId === 'pos-03').conflicts).toEqual(full.conflicts);
    // Accepting b's position: a stops at its first, and the rest of the order is unchanged.
    const light = rounds((c) => c.positionId === 'pos-02');
    expect(conflictsOf(light, 'a').map((c) => c.placedPersonId)).toEqual(['b']);
    expect(conflictsOf(light, 'c')).toEqual(conflictsOf(full, 'c'));
    expect(light.groups).toEqual(full.groups);
    expect(rounds(() => false)).toEqual(full);
  });

  it('finds no conflict when the bench person is not qualified, ranks lower, or is in another group', () => {
    const qualifiedOnlyFor03 = (_: string, positionId: string) => positionId === 'pos-03';
    expect(order(d, [member('a'), member('b', 'pos-02')], {}, qualifiedOnlyFor03).conflicts).toEqual([]);
    expect(order(d, [member('d'), member('a', 'pos-02')]).conflicts).toEqual([]);
    expect(
      order(dataset(moved({ a: { siteId: 'west-hall' } })), [member('a'), member('d', 'pos-02')]).conflicts,
    ).toEqual([]);
    expect(order(d, [member('f'), member('d', 'pos-02')]).conflicts).toEqual([]);
  });

  it('keeps exempted people apart from the ranking and out of conflicts', () => {
    const result = order(d, [member('a'), member('d', 'pos-02'), member('e')], { decisions: { lasExemptions: ['d'] } });
    expect(result.groups[0]).toMatchObject({ ranking: ['a', 'e'], exempted: ['d'] });
    expect(result.conflicts).toEqual([]);
  });

  it("before the transfer, orders each municipality's staff apart", () => {
    const two = dataset(moved({ c: { municipalityId: 'west' } }));
    const result = order(
      two,
      ['a', 'b', 'c'].map((id) => member(id)),
      { parameters: { selectionOrder: { basis: 'before-transfer' } } },
    );
    expect(result.basis).toBe('before-transfer');
    expect(result.groups.map((g) => [g.id, g.employer, g.ranking])).toEqual([
      ['east--east-hall--tjansteman', 'east', ['a', 'b']],
      ['west--east-hall--tjansteman', 'west', ['c']],
    ]);
  });
});

describe('exemptions: at most three per employer (LAS 22 §)', () => {
  const withExemptions = (ids: string[], basis: 'after-transfer' | 'before-transfer', people = dataset()) => {
    const raw = {
      ...people,
      scenarios: [scenario({ decisions: { lasExemptions: ids }, parameters: { selectionOrder: { basis } } })],
    };
    return validateDataset(raw);
  };

  it('refuses a fourth exemption of the company, naming the employer', () => {
    expect(withExemptions(['a', 'b', 'c'], 'after-transfer').ok).toBe(true);
    const four = withExemptions(['a', 'b', 'c', 'd'], 'after-transfer');
    expect(four.ok).toBe(false);
    if (!four.ok) {
      expect(four.errors).toContainEqual(
        expect.objectContaining({
          entity: 'scenario',
          id: 's',
          field: 'decisions.lasExemptions',
          code: 'too-many-exemptions',
          params: { employer: 'company', count: 4, maximum: 3 },
        }),
      );
    }
  });

  it('does not count the exemptions of people whose municipality is not a member of the scenario', () => {
    const split = dataset(moved({ d: { municipalityId: 'west' }, e: { municipalityId: 'west' } }));
    const raw = {
      ...split,
      scenarios: [scenario({ members: ['east'], decisions: { lasExemptions: ['a', 'b', 'c', 'd', 'e'] } })],
    };
    expect(validateDataset(raw).ok).toBe(true);
  });

  it('allows three per municipality before the transfer, and refuses a fourth of one municipality', () => {
    const split = dataset(moved({ d: { municipalityId: 'west' }, e: { municipalityId: 'west' } }));
    expect(withExemptions(['a', 'b', 'c', 'd', 'e'], 'before-transfer', split).ok).toBe(true);
    const four = withExemptions(['a', 'b', 'c', 'f'], 'before-transfer', split);
    expect(four.ok).toBe(false);
    if (!four.ok) expect(four.errors[0]).toMatchObject({ code: 'too-many-exemptions', params: { employer: 'east' } });
  });
});
