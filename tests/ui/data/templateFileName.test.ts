import { describe, expect, it } from 'vitest';
import { createTranslator, languages } from '../../../src/i18n/createTranslator';
import { entityOfFileName } from '../../../src/io/csv/importCollections';
import { shownEntities, templateFileName } from '../../../src/ui/data/TemplatesSection';

describe('templateFileName', () => {
  it.each(languages)('names every template in %s so that the import recognises its collection', (language) => {
    const t = createTranslator(language);
    for (const entity of shownEntities) expect(entityOfFileName(templateFileName(entity, t))).toBe(entity);
  });

  it('is in the language', () => {
    expect(templateFileName('people', createTranslator('sv'))).toBe('personer-mall.csv');
    expect(templateFileName('people', createTranslator('en'))).toBe('people-template.csv');
  });
});
