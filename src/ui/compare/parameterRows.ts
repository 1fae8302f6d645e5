import { defaultScenarioParameters, type ScenarioParameters } from '../../schema/scenarioParameters';

export type ParameterValue = number | string | boolean | readonly string[];

/** One parameter in force: its default, its value in each scenario, and which of those differ. */
export interface ParameterRow {
  section: keyof ScenarioParameters;
  key: string;
  defaultValue: ParameterValue;
  values: ParameterValue[];
  changed: boolean[];
}

/**
 * Every parameter of `scenarioParametersSchema`, section by section in the schema's order, with
 * its default and each scenario's value. Read from the defaults, so a parameter added to the
 * schema shows up here without a change.
 */
export function parameterRows(parameters: readonly ScenarioParameters[]): ParameterRow[] {
  const defaults = defaultScenarioParameters();
  const rows: ParameterRow[] = [];
  for (const section of Object.keys(defaults) as Array<keyof ScenarioParameters>) {
    const sectionDefaults = defaults[section] as Record<string, ParameterValue>;
    for (const [key, defaultValue] of Object.entries(sectionDefaults)) {
      const values = parameters.map((p) => (p[section] as Record<string, ParameterValue>)[key] ?? defaultValue);
      rows.push({ section, key, defaultValue, values, changed: values.map((v) => !sameValue(v, defaultValue)) });
    }
  }
  return rows;
}

function sameValue(a: ParameterValue, b: ParameterValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = a as readonly string[];
    const y = b as readonly string[];
    return Array.isArray(a) && Array.isArray(b) && x.length === y.length && x.every((v, k) => v === y[k]);
  }
  return a === b;
}
