import { describe, expect, it } from 'vitest';
import { createTranslator, resources } from '../../../src/i18n/createTranslator';
import { viewsMessages } from '../../../src/i18n/views';
import { defaultScenarioParameters } from '../../../src/schema/scenarioParameters';

describe('views messages', () => {
  it('has the same keys in Swedish and English, none empty', () => {
    expect(Object.keys(viewsMessages.sv).sort()).toEqual(Object.keys(viewsMessages.en).sort());
    for (const text of [...Object.values(viewsMessages.sv), ...Object.values(viewsMessages.en)])
      expect(text.trim()).not.toBe('');
  });

  it('labels and explains every scenario parameter, in both languages', () => {
    const defaults = defaultScenarioParameters();
    for (const language of ['sv', 'en'] as const) {
      // As registered: some parameters' texts live in their feature's module (src/i18n/serviceOutcomes.ts).
      const messages: Record<string, string> = resources[language].translation;
      for (const [section, values] of Object.entries(defaults)) {
        expect(messages[`views.section.${section}`], `${language} section.${section}`).toBeDefined();
        for (const key of Object.keys(values)) {
          expect(messages[`views.param.${section}.${key}`], `${language} param.${section}.${key}`).toBeDefined();
          expect(messages[`views.source.${section}.${key}`], `${language} source.${section}.${key}`).toBeDefined();
        }
      }
    }
  });

  it('is registered with the translator, plurals included', () => {
    expect(createTranslator('sv')('views.changes.count', { count: 1 })).toBe(
      '1 person byter befattning eller arbetsplats.',
    );
    expect(createTranslator('en')('views.changes.count', { count: 3 })).toBe('3 people change position or site.');
  });
});
