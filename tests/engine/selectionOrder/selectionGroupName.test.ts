import { describe, expect, it } from 'vitest';
import { selectionGroupName } from '../../../src/engine/selectionOrder/selectionGroupName';

const siteName = (id: string) => ({ 'varnamo-hall': 'Värnamo stadshus', 'gnosjo-hall': 'Gnosjö kommunhus' })[id] ?? id;

describe('selectionGroupName', () => {
  it('names the sites and the agreement area in both languages', () => {
    expect(selectionGroupName({ sites: ['varnamo-hall'], agreementArea: 'tjansteman' }, siteName)).toEqual({
      sv: 'Värnamo stadshus · tjänstemän',
      en: 'Värnamo stadshus · salaried employees',
    });
  });

  it('joins merged units of one town and keeps an unknown area or site as it is', () => {
    expect(
      selectionGroupName(
        { sites: ['varnamo-hall', 'gnosjo-hall', 'annex'], agreementArea: 'lokal-overenskommelse' },
        siteName,
      ),
    ).toEqual({
      sv: 'Värnamo stadshus + Gnosjö kommunhus + annex · lokal-overenskommelse',
      en: 'Värnamo stadshus + Gnosjö kommunhus + annex · lokal-overenskommelse',
    });
  });
});
