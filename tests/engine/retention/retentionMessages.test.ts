import { describe, expect, it } from 'vitest';
import { retentionMessages } from '../../../src/i18n/retention';
import type { RetentionInputErrorCode, RetentionRiskCode, RetentionWarningCode } from '../../../src/engine/retention';

describe('retention messages', () => {
  it('have the same keys in English and Swedish, with the same placeholders', () => {
    const { en, sv } = retentionMessages;
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(sv[key])).toEqual(placeholders(en[key]));
  });

  it('cover every code the engine returns', () => {
    const risks: RetentionRiskCode[] = ['expectedBelowNeed', 'busFactor'];
    const warnings: RetentionWarningCode[] = ['fewDraws', 'cancelled'];
    const errors: RetentionInputErrorCode[] = [
      'sizeMismatch',
      'invalidProbability',
      'invalidNeed',
      'invalidMinutes',
      'invalidDraws',
    ];
    const keys = Object.keys(retentionMessages.en);
    for (const key of [
      ...risks.map((c) => `risk.${c}`),
      ...warnings.map((c) => `warning.${c}`),
      ...errors.map((c) => `error.${c}`),
    ]) {
      expect(keys).toContain(key);
    }
  });
});
