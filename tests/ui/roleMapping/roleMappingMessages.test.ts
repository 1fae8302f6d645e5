import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/createTranslator';
import { roleMappingMessages } from '../../../src/i18n/roleMapping';
import { selectionStageSchema } from '../../../src/schema/selectionStage';
import { decisionLogEntrySchema } from '../../../src/schema/decisionLogEntry';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('role mapping messages', () => {
  it('has the same keys and placeholders in Swedish and English, none empty', () => {
    expect(Object.keys(roleMappingMessages.sv).sort()).toEqual(Object.keys(roleMappingMessages.en).sort());
    const sv: Record<string, string> = roleMappingMessages.sv;
    for (const [key, text] of Object.entries(roleMappingMessages.en)) {
      expect(text.trim()).not.toBe('');
      expect(sv[key]!.trim()).not.toBe('');
      expect(placeholders(sv[key]!), key).toEqual(placeholders(text));
    }
  });

  it('names every selection stage, log action and role', () => {
    const en: Record<string, string> = roleMappingMessages.en;
    for (const stage of selectionStageSchema.options) expect(en[`stage.${stage}`]).toBeDefined();
    // Log actions of a feature may be named in its own module (src/i18n/serviceOutcomes.ts): ask the translator.
    for (const language of ['en', 'sv'] as const) {
      const t = createTranslator(language);
      for (const action of decisionLogEntrySchema.shape.action.options)
        expect(t(`roleMapping.logAction.${action}`), action).not.toBe(`roleMapping.logAction.${action}`);
    }
    for (const role of decisionLogEntrySchema.shape.role.options) expect(en[`logRole.${role}`]).toBeDefined();
  });

  it('is registered with the translator, plurals included', () => {
    expect(createTranslator('sv')('roleMapping.reoptimise.moved', { count: 1 })).toBe('1 person flyttades');
    expect(createTranslator('en')('roleMapping.reoptimise.moved', { count: 3 })).toBe('3 people moved');
  });
});
