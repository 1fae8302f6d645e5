import { describe, expect, it } from 'vitest';
import { runCliForTest } from './runCliForTest';

interface Printed {
  years: number[];
  standAlone: Record<string, number[]>;
  company: { total: number[]; byItem: Record<string, number[]> };
  payments: Record<string, Record<string, number[]>>;
  capital: Record<string, number>;
  paybackYear: number | null;
  phases: { id: string; name: string; start: string; end: string; months: number; hours: number }[];
}

describe('sim economics', () => {
  it('prints the structure for the decentralised preset: 2027–2031, the three phases, payments summing to the total', async () => {
    const { code, stdout } = await runCliForTest(['economics', '--scenario', 'decentralised']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Printed;
    expect(Object.keys(out)).toEqual([
      'years',
      'standAlone',
      'company',
      'payments',
      'capital',
      'paybackYear',
      'phases',
    ]);
    expect(out.years).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(Object.keys(out.standAlone).sort()).toEqual(['gislaved', 'gnosjo', 'vaggeryd', 'varnamo']);
    expect(out.phases.map((p) => [p.start, p.end, p.months, p.hours])).toEqual([
      ['2027-03', '2027-08', 6, 3000],
      ['2027-06', '2028-05', 12, 9000],
      ['2028-03', '2029-12', 22, 8000],
    ]);
    expect(Object.keys(out.payments)).toEqual(['contribution', 'use', 'combined']);
    for (const model of Object.values(out.payments)) {
      out.years.forEach((_, k) =>
        expect(Object.values(model).reduce((s, row) => s + row[k]!, 0)).toBe(out.company.total[k]),
      );
    }
    out.years.forEach((_, k) =>
      expect(Object.values(out.company.byItem).reduce((s, row) => s + row[k]!, 0)).toBe(out.company.total[k]),
    );
    // The capital contribution stands apart: 5 000 000 kr by population.
    expect(Object.values(out.capital).reduce((s, v) => s + v, 0)).toBeCloseTo(5_000_000, -1);
    expect(out.paybackYear === null || out.years.includes(out.paybackYear)).toBe(true);
  });

  it('prints one model with --financing, and refuses an unknown one', async () => {
    const one = await runCliForTest(['economics', '--scenario', 'centralised', '--financing', 'combined']);
    expect(one.code).toBe(0);
    expect(Object.keys((JSON.parse(one.stdout) as Printed).payments)).toEqual(['combined']);
    const bad = await runCliForTest(['economics', '--scenario', 'centralised', '--financing', 'gift']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--financing must be one of contribution, use, combined');
  });
});
