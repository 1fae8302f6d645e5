import { describe, expect, it } from 'vitest';
import { economicsOfScenario } from '../../../src/engine/economics/economicsOfScenario';
import type { EconomicsResult } from '../../../src/engine/economics/economicsTypes';
import { toyDataset, toyEvaluation, toyScenario } from './economicsToy';

function run(...args: Parameters<typeof toyScenario>): EconomicsResult {
  const outcome = economicsOfScenario(toyDataset(), toyScenario(...args), toyEvaluation());
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

describe('economicsOfScenario on the two-member toy (hand-computed)', () => {
  const r = run();

  it('prices each member on its own from salaries, on-costs and unit costs', () => {
    // east staff: (50 000 + 40 000) · 12 · 1.5 = 1 620 000; non-staff: 800·100 + 50·1 000 + 300·10 = 133 000
    // west staff: (30 000 + 40 000) · 12 · 1.5 = 1 260 000; non-staff: 400·100 + 20·1 000 + 100·10 = 61 000
    expect(r.standAloneInputs).toEqual([
      expect.objectContaining({
        municipalityId: 'east',
        staffSek: 1_620_000,
        nonStaffSek: 133_000,
        staffSource: 'estimate',
      }),
      expect.objectContaining({ municipalityId: 'west', staffSek: 1_260_000, nonStaffSek: 61_000 }),
    ]);
    // The trend 10 %: 2028 = 2027 · 1.1.
    expect(r.standAlone.east![0]).toBeCloseTo(1_753_000, 6);
    expect(r.standAlone.east![1]).toBeCloseTo(1_928_300, 6);
    expect(r.standAlone.west![1]).toBeCloseTo(1_453_100, 6);
  });

  it("lays out the company's items from the transfer month (July 2027)", () => {
    const item = (name: keyof typeof r.company.byItem) => r.company.byItem[name];
    // Before the transfer each member runs its own: half of 1 753 000 + half of 1 321 000.
    expect(item('membersBeforeTransfer')[0]).toBeCloseTo(876_500 + 660_500, 6);
    expect(item('membersBeforeTransfer')[1]).toBeCloseTo(0, 6);
    // Placed p001 + p002: 90 000 · 12 · 1.5 = 1 620 000 a year; 6 months in 2027, × 1.1 in 2028.
    expect(item('staffPlaced')[0]).toBeCloseTo(810_000, 6);
    expect(item('staffPlaced')[1]).toBeCloseTo(1_782_000, 6);
    // pos-03 recruited at the median salary of everyone (40 000): 720 000 a year.
    expect(item('staffRecruited')[0]).toBeCloseTo(360_000, 6);
    // Non-staff N = 194 000; ramp over 24 months from January 2027: Σ_{i=6..11} (i + ½)/24 = 2.25,
    // so 2027 = N/12 · (6 − 0.2 · 2.25) = 89 725; 2028: Σ_{i=12..23} (i + ½)/24 = 9, N/12 · (12 − 1.8) · 1.1 = 181 390.
    expect(item('nonStaff')[0]).toBeCloseTo(89_725, 6);
    expect(item('nonStaff')[1]).toBeCloseTo(181_390, 6);
    // 2 400 h over 24 months = 100 h a month at 0.5 · 100 + 0.5 · 300 = 200 kr: 240 000 a year.
    expect(item('transitionWork')[0]).toBeCloseTo(240_000, 6);
    expect(item('transitionWork')[1]).toBeCloseTo(264_000, 6);
    // Parallel licences 0.1 · 194 000 = 19 400 a year.
    expect(item('parallelLicences')[0]).toBeCloseTo(19_400, 6);
    // Notice: p003 (employed 2019-01-01, 8.5 years: 5 months) 30 000 · 1.5 · 5 = 225 000;
    // p004 (2010-05-01, 17 years: 6 months) 40 000 · 1.5 · 6 = 360 000; all in 2027.
    expect(item('redundancy')[0]).toBeCloseTo(585_000, 6);
    expect(item('redundancy')[1]).toBeCloseTo(0, 6);
    // Desks: (2 placed + 1 recruit) · 1 200 = 3 600 a year.
    expect(item('desks')[0]).toBeCloseTo(1_800, 6);
    expect(r.counts).toMatchObject({ placed: 2, recruited: 1, benched: 2 });
    expect(r.noticeGroups).toEqual([
      { months: 5, people: 1, start: '2027-07', end: '2027-11' },
      { months: 6, people: 1, start: '2027-07', end: '2027-12' },
    ]);
  });

  it('sums the company total, the hump and the payback year', () => {
    // 2027: 1 537 000 + 810 000 + 360 000 + 89 725 + 240 000 + 19 400 + 585 000 + 1 800 = 3 642 925
    expect(r.company.total[0]).toBeCloseTo(3_642_925, 6);
    // 2028: (1 620 000 + 720 000 + 164 900 + 240 000 + 19 400 + 3 600) · 1.1 = 3 044 690
    expect(r.company.total[1]).toBeCloseTo(3_044_690, 6);
    expect(r.hump[0]).toBeCloseTo(240_000 + 19_400 + 585_000, 6);
    // Saving: 3 074 000 − 3 642 925 = −568 925, then + 3 381 400 − 3 044 690: −232 215: no payback.
    expect(r.accumulatedSaving[1]).toBeCloseTo(-232_215, 6);
    expect(r.paybackYear).toBeNull();
  });

  it('splits the cost by the financing models', () => {
    // Contribution by employees (1 000 : 500): the shared part of 2027 is 3 642 925 − 1 537 000 = 2 105 925;
    // east pays 876 500 + ⅔ · 2 105 925 = 2 280 450, west 660 500 + ⅓ · 2 105 925 = 1 362 475.
    expect(r.payments.contribution.east![0]).toBeCloseTo(2_280_450, 6);
    expect(r.payments.contribution.west![0]).toBeCloseTo(1_362_475, 6);
    // By use: 133 000 : 61 000 of the shared part.
    expect(r.payments.use.east![0]).toBeCloseTo(876_500 + (133 / 194) * 2_105_925, 4);
    // Combined 50/50.
    expect(r.payments.combined.west![0]).toBeCloseTo(660_500 + (0.5 / 3 + 0.5 * (61 / 194)) * 2_105_925, 4);
    // The use price of a PC recovers the cost: 100 kr · 2 105 925 / 194 000 units of price.
    expect(r.usePrices.perPcSek[0]).toBeCloseTo((100 * 2_105_925) / 194_000, 6);
    // Capital 1 000 in equal shares, apart from the payments.
    expect(r.capital).toEqual({ east: 500, west: 500 });
    // East's balance: stand-alone 1 753 000 − 2 280 450 = −527 450 in 2027.
    expect(r.balances.contribution.east!.perYear[0]).toBeCloseTo(-527_450, 6);
  });

  it('moves the payback year when the saving and the hump change', () => {
    // Without the hump and with the full saving the company pays back at once.
    const lean = run({ saving: 1, parallelLicenceShare: 0, internalHourlySek: 0, externalHourlySek: 0 });
    expect(lean.paybackYear).toBe(2028);
    expect(
      run({
        saving: 1,
        parallelLicenceShare: 0,
        internalHourlySek: 0,
        externalHourlySek: 0,
        severanceMonths: 0,
        trend: 0,
      }).accumulatedSaving[1],
    ).toBeGreaterThan(
      run({ saving: 0, parallelLicenceShare: 0, internalHourlySek: 0, externalHourlySek: 0, trend: 0 })
        .accumulatedSaving[1]!,
    );
  });

  it('band: the low saving costs more than the high one once the ramp starts', () => {
    expect(r.band.low[1]).toBeGreaterThan(r.company.total[1]!);
    expect(r.band.high[1]).toBeLessThan(r.company.total[1]!);
  });

  it('refuses a key that sums to zero, naming the field', () => {
    const d = toyDataset();
    const zero = { ...d, municipalities: d.municipalities.map((m) => ({ ...m, employees: 0 })) };
    const outcome = economicsOfScenario(zero, toyScenario(), toyEvaluation());
    expect(outcome).toEqual({
      ok: false,
      issues: [{ field: 'economics.financingKey', code: 'key-sums-to-zero', params: { key: 'employees' } }],
    });
  });

  it('applies the defaults, with a warning, to a dataset without economics', () => {
    const outcome = economicsOfScenario(toyDataset(null), toyScenario(), toyEvaluation());
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.result.warnings).toContainEqual({ code: 'economics-defaults' });
    expect(outcome.result.phases.map((p) => [p.start, p.end, p.months, p.hours])).toEqual([
      ['2027-03', '2027-08', 6, 3000],
      ['2027-06', '2028-05', 12, 9000],
      ['2028-03', '2029-12', 22, 8000],
    ]);
    expect(outcome.result.years).toEqual([2027, 2028, 2029, 2030, 2031]);
  });
});
