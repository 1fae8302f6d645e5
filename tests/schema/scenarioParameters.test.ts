import { describe, expect, it } from 'vitest';
import { scenarioParametersSchema } from '../../src/schema/scenarioParameters';

const refusal = (input: unknown) => {
  const result = scenarioParametersSchema.safeParse(input);
  if (result.success) throw new Error('accepted');
  return result.error.issues.map((i) => ({
    path: i.path.join('.'),
    code: i.code,
    bound: 'maximum' in i ? i.maximum : 'minimum' in i ? i.minimum : undefined,
  }));
};

describe('the parameters of local service, retention and vetting', () => {
  it('have the documented defaults', () => {
    const p = scenarioParametersSchema.parse({});
    expect(p.coverage).toMatchObject({ catchmentMinutes: 45, decayBeta: 662 });
    expect(p.assignment).toMatchObject({
      retentionWeight: 1,
      clearanceRule: 'vetting',
      vettingCost: 0.05,
      vettingLeadMonths: 3,
      managerMaxGapLevels: 1,
    });
    expect(p.attrition).toMatchObject({
      annualBaseRate: 0.07,
      transitionYears: 2.5,
      retirementRate: 0.5,
      retirementAge: 65,
    });
    expect(p.attrition).not.toHaveProperty('baseRate');
  });

  it('refuses out-of-range values naming the field and the bound', () => {
    expect(refusal({ assignment: { retentionWeight: 1.5 } })).toEqual([
      { path: 'assignment.retentionWeight', code: 'too_big', bound: 1 },
    ]);
    expect(refusal({ attrition: { annualBaseRate: -0.1 } })).toEqual([
      { path: 'attrition.annualBaseRate', code: 'too_small', bound: 0 },
    ]);
    expect(refusal({ attrition: { retirementAge: 90 } })).toEqual([
      { path: 'attrition.retirementAge', code: 'too_big', bound: 75 },
    ]);
    expect(refusal({ coverage: { catchmentMinutes: 0 } })).toEqual([
      { path: 'coverage.catchmentMinutes', code: 'too_small', bound: 0 },
    ]);
    expect(refusal({ assignment: { vettingLeadMonths: 30 } })).toEqual([
      { path: 'assignment.vettingLeadMonths', code: 'too_big', bound: 24 },
    ]);
    expect(refusal({ assignment: { clearanceRule: 'maybe' } })[0]).toMatchObject({
      path: 'assignment.clearanceRule',
      code: 'invalid_value',
    });
  });
});
