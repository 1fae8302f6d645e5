/**
 * Scenarios saved before the attrition model counted turnover per year carry
 * `parameters.attrition.baseRate`: the probability of leaving over the whole transition. It
 * becomes the annual rate that gives the same probability over the scenario's transition
 * (its `transitionYears`, else the default 2.5): 1 − (1 − baseRate)^(1 / years), so the
 * model's p_base is unchanged (docs/retention.md). Idempotent: a scenario without
 * `baseRate`, or that already sets `annualBaseRate`, only loses the old field.
 */
export const DEFAULT_TRANSITION_YEARS = 2.5;

export function migrateBaseRate(scenario: unknown): unknown {
  if (!isRecord(scenario) || !isRecord(scenario.parameters) || !isRecord(scenario.parameters.attrition))
    return scenario;
  const attrition = scenario.parameters.attrition;
  if (!('baseRate' in attrition)) return scenario;
  const { baseRate, ...rest } = attrition;
  const years =
    typeof rest.transitionYears === 'number' && rest.transitionYears > 0
      ? rest.transitionYears
      : DEFAULT_TRANSITION_YEARS;
  const migrated: Record<string, unknown> = { ...rest };
  if (!('annualBaseRate' in rest)) {
    // A value out of range is carried over as it is, so the schema refuses it by name.
    migrated.annualBaseRate =
      typeof baseRate === 'number' && baseRate >= 0 && baseRate <= 1 ? 1 - Math.pow(1 - baseRate, 1 / years) : baseRate;
  }
  return { ...scenario, parameters: { ...scenario.parameters, attrition: migrated } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
