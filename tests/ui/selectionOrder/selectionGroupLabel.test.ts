import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/createTranslator';
import { selectionGroupLabel } from '../../../src/ui/selectionOrder/selectionGroupLabel';

const siteName = (id: string) => ({ 'varnamo-hall': 'Värnamo stadshus', 'gnosjo-hall': 'Gnosjö kommunhus' })[id] ?? id;

describe('selectionGroupLabel', () => {
  it('names the sites and the agreement area in the language asked for', () => {
    const group = { sites: ['varnamo-hall'], agreementArea: 'tjansteman' };
    expect(selectionGroupLabel(createTranslator('sv'), group, siteName)).toBe('Värnamo stadshus · tjänstemän');
    expect(selectionGroupLabel(createTranslator('en'), group, siteName)).toBe('Värnamo stadshus · salaried employees');
    expect(selectionGroupLabel(createTranslator('sv'), { ...group, agreementArea: 'arbetare' }, siteName)).toBe(
      'Värnamo stadshus · arbetare',
    );
  });

  it('joins merged units of one town and keeps an unknown area or site as it is', () => {
    const group = { sites: ['varnamo-hall', 'gnosjo-hall', 'annex'], agreementArea: 'lokal-overenskommelse' };
    for (const language of ['sv', 'en'] as const)
      expect(selectionGroupLabel(createTranslator(language), group, siteName)).toBe(
        'Värnamo stadshus + Gnosjö kommunhus + annex · lokal-overenskommelse',
      );
  });
});
