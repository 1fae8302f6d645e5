import type { Language } from '../i18n/createTranslator';
import type { Scenario } from '../schema/scenario';

/**
 * The scenario with its name and description in `language`, where it has them in both (a
 * preset's); otherwise unchanged. The same object when nothing changes.
 */
export function scenarioInLanguage(scenario: Scenario, language: Language): Scenario {
  const name = scenario.localised?.name?.[language];
  const description = scenario.localised?.description?.[language];
  if (
    (name === undefined || name === scenario.name) &&
    (description === undefined || description === scenario.description)
  )
    return scenario;
  return { ...scenario, name: name ?? scenario.name, description: description ?? scenario.description };
}

/** Drops the localised text of a field the user has written themselves. */
export function withoutLocalised(scenario: Scenario, field: 'name' | 'description'): Scenario {
  if (!scenario.localised?.[field]) return scenario;
  const { [field]: _dropped, ...rest } = scenario.localised;
  const { localised: _old, ...plain } = scenario;
  return Object.keys(rest).length > 0 ? { ...plain, localised: rest } : plain;
}

/**
 * Saved scenarios from before presets had both languages: a scenario still bearing a preset's
 * id, Swedish name and description gets the preset's texts (so it follows the language too).
 */
export function attachPresetTexts(scenarios: readonly Scenario[], presets: readonly Scenario[]): Scenario[] {
  return scenarios.map((s) => {
    if (s.localised) return s;
    const preset = presets.find((p) => p.localised && p.id === s.id);
    if (!preset?.localised) return s;
    const localised: NonNullable<Scenario['localised']> = {};
    if (preset.localised.name && (s.name === preset.localised.name.sv || s.name === preset.localised.name.en))
      localised.name = preset.localised.name;
    if (
      preset.localised.description &&
      (s.description === preset.localised.description.sv || s.description === preset.localised.description.en)
    )
      localised.description = preset.localised.description;
    return Object.keys(localised).length > 0 ? { ...s, localised } : s;
  });
}
