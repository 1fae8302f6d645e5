import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/createTranslator';
import { formatDatasetIssue } from '../../src/i18n/formatIssue';
import { scenarioSchema } from '../../src/schema/scenario';
import { validateDataset } from '../../src/schema/validateDataset';
import { smallDataset } from '../fixtures/smallDataset';
import { toyEconomics } from '../engine/economics/economicsToy';

function errorsOf(economics: unknown) {
  const raw = { ...smallDataset(), economics };
  const v = validateDataset(raw);
  return v.ok ? [] : v.errors;
}

describe('economic inputs: bad input is refused with the field and the reason', () => {
  it('accepts the toy inputs and a dataset without any', () => {
    expect(errorsOf(toyEconomics())).toEqual([]);
    expect(validateDataset(smallDataset()).ok).toBe(true);
  });

  it('refuses a negative cost or rate', () => {
    const bad = {
      ...toyEconomics(),
      members: [{ municipalityId: 'east', staffCostSek: -1 }],
      unitCosts: { perPcSek: -5, perServerSek: 1, perNetworkDeviceSek: 1 },
    };
    const errors = errorsOf(bad);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'economics.members.0.staffCostSek', code: 'too-small' }),
        expect.objectContaining({ field: 'economics.unitCosts.perPcSek', code: 'too-small' }),
      ]),
    );
    expect(formatDatasetIssue(errors[0]!, createTranslator('sv'))).toMatch(/economics\./);
    expect(
      scenarioSchema.safeParse({ id: 's', name: 'S', kind: 'target', economics: { externalHourlySek: -1 } }).error
        ?.issues[0],
    ).toMatchObject({
      path: ['economics', 'externalHourlySek'],
      code: 'too_small',
    });
  });

  it('refuses a horizon that ends before the reference date', () => {
    const errors = errorsOf({
      ...toyEconomics(),
      horizon: { startYear: 2024, endYear: 2026 },
      phases: [{ id: 'a', name: 'A', start: '2024-01', end: '2024-06', hours: 1 }],
    });
    expect(errors).toEqual([
      expect.objectContaining({ field: 'economics.horizon.endYear', code: 'horizon-before-reference' }),
    ]);
    expect(formatDatasetIssue(errors[0]!, createTranslator('en'))).toContain(
      'the horizon ends in 2026, before the reference date 2027-07-01',
    );
  });

  it('refuses a phase with more months than the horizon, and one that ends before it starts', () => {
    const errors = errorsOf({
      ...toyEconomics(),
      phases: [
        { id: 'long', name: 'Long', start: '2027-01', end: '2029-06', hours: 1 },
        { id: 'back', name: 'Back', start: '2028-01', end: '2027-06', hours: 1 },
      ],
    });
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'economics.phases.0.end',
        code: 'phase-longer-than-horizon',
        params: { months: 30, horizonMonths: 24 },
      }),
      expect.objectContaining({ field: 'economics.phases.1.end', code: 'end-before-start' }),
    ]);
    expect(formatDatasetIssue(errors[0]!, createTranslator('sv'))).toContain(
      'fasen pågår 30 månader, mer än horisontens 24',
    );
  });

  it('refuses a member that is not a member municipality', () => {
    expect(errorsOf({ ...toyEconomics(), members: [{ municipalityId: 'north' }] })).toEqual([
      expect.objectContaining({ field: 'economics.members.0.municipalityId', code: 'unknown-reference' }),
    ]);
  });
});
