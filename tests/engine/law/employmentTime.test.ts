import { describe, expect, it } from 'vitest';
import { benchEntitlements } from '../../../src/engine/law/benchEntitlements';
import { employmentDays, employmentDaysWithin } from '../../../src/engine/law/employmentDays';
import { noticeMonthsForDays } from '../../../src/engine/law/noticeMonths';
import { reemploymentRight } from '../../../src/engine/law/reemploymentRight';
import type { Dataset } from '../../../src/schema/dataset';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';

const ref = '2027-07-01';

describe('employment time (LAS 3 §)', () => {
  it('counts an open period up to the day before the reference date, a closed one with both ends', () => {
    expect(employmentDays([{ start: '2026-07-01' }], ref)).toBe(365);
    expect(employmentDays([{ start: '2020-01-01', end: '2020-01-31' }], ref)).toBe(31);
    expect(employmentDays([{ start: '2027-07-01' }], ref)).toBe(0);
  });

  it('sums periods across a gap, and ignores what lies at or after the reference date', () => {
    const periods = [{ start: '2010-01-01', end: '2010-12-31' }, { start: '2026-07-01' }];
    expect(employmentDays(periods, ref)).toBe(365 + 365);
    expect(employmentDays([{ start: '2027-01-01', end: '2030-12-31' }], ref)).toBe(181);
    expect(employmentDaysWithin(periods, '2010-06-01', '2027-01-01')).toBe(214 + 184);
  });
});

describe('notice (LAS 11 §) at each boundary, by days', () => {
  it('steps at 2, 4, 6, 8 and 10 years of 365 days', () => {
    const cases: Array<[number, number]> = [
      [729, 1],
      [730, 2],
      [1459, 2],
      [1460, 3],
      [2190, 4],
      [2920, 5],
      [3649, 5],
      [3650, 6],
    ];
    for (const [days, months] of cases) expect(noticeMonthsForDays(days), `${days} days`).toBe(months);
    // Two calendar years across a leap day are 731 days: still the two-year step.
    expect(noticeMonthsForDays(employmentDays([{ start: '2025-07-01' }], ref))).toBe(2);
  });
});

describe('right to re-employment (LAS 25 §)', () => {
  it('needs more than twelve months within the last three years', () => {
    expect(reemploymentRight([{ start: '2026-07-01' }], ref)).toBe(false); // exactly 365 days: twelve months, not more
    expect(reemploymentRight([{ start: '2026-06-30' }], ref)).toBe(true); // 366 days
    // Long service that ended more than three years ago does not count.
    expect(reemploymentRight([{ start: '2000-01-01', end: '2024-06-30' }, { start: '2027-01-01' }], ref)).toBe(false);
    // Periods inside the window add up.
    expect(reemploymentRight([{ start: '2024-07-01', end: '2024-12-31' }, { start: '2026-06-01' }], ref)).toBe(true);
  });
});

describe('benchEntitlements', () => {
  const d: Dataset = (() => {
    const raw = smallDataset();
    raw.positions = raw.positions.map((p) => (p.id === 'pos-01' ? { ...p, companyLeading: true } : p));
    const result = validateDataset(raw);
    if (!result.ok) throw new Error('fixture');
    return result.dataset;
  })();

  it('gives notice months, the re-employment right and the open positions a person is qualified for, never the CEO post', () => {
    const [entitlement] = benchEntitlements(d, ['p002'], ['pos-01', 'pos-03', 'pos-03'], () => true);
    // p002 employed since 2015-08-15: about 11.9 years.
    expect(entitlement).toEqual({
      personId: 'p002',
      employmentYears: Math.floor(employmentDays([{ start: '2015-08-15' }], d.referenceDate) / 365),
      noticeMonths: 6,
      reemploymentRight: true,
      redeploymentOptions: ['pos-03'],
    });
    expect(
      benchEntitlements(d, ['p002'], ['pos-03'], (_, positionId) => positionId !== 'pos-03')[0]!.redeploymentOptions,
    ).toEqual([]);
  });
});
