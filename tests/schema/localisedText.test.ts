import { describe, expect, it } from 'vitest';
import { competenceSchema } from '../../src/schema/competence';
import { localised, localisedTextSchema } from '../../src/schema/localisedText';
import { positionSchema } from '../../src/schema/position';
import { migrateLocalisedNames } from '../../src/io/migrateLocalisedNames';
import { smallDataset } from '../fixtures/smallDataset';

describe('localised names', () => {
  it('reads the old shape (name + nameEn, title + titleEn) as a localised record', () => {
    expect(competenceSchema.parse({ id: 'network', name: 'Nätverk', nameEn: 'Networking' }).name).toEqual({
      sv: 'Nätverk',
      en: 'Networking',
    });
    const position = smallDataset().positions[0]!;
    const { titleEn: _old, ...withoutEnglish } = { ...position, titleEn: undefined };
    // An optional English title that was missing falls back to the Swedish one.
    expect(positionSchema.parse({ ...withoutEnglish, title: 'IT-chef' }).title).toEqual({
      sv: 'IT-chef',
      en: 'IT-chef',
    });
  });

  it('reads the new shape as it is, and refuses a record without Swedish or English', () => {
    expect(competenceSchema.parse({ id: 'network', name: { sv: 'Nätverk', en: 'Networking' } }).name.en).toBe(
      'Networking',
    );
    const missing = competenceSchema.safeParse({ id: 'network', name: { sv: 'Nätverk' } });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0]!.path).toEqual(['name', 'en']);
  });

  it('labels in the language asked for, and in English for a language the record lacks', () => {
    const text = localisedTextSchema.parse({ sv: 'Nätverk', en: 'Networking' });
    expect(localised(text, 'sv')).toBe('Nätverk');
    expect(localised(text, 'en')).toBe('Networking');
    expect(localised(text, 'xx' as never)).toBe('Networking');
  });

  it('migrates a whole dataset once: every collection and the economic phases, idempotently', () => {
    const raw = {
      ...smallDataset(),
      economics: { phases: [{ id: 'establish', name: 'Etablera', nameEn: 'Establish' }] },
    };
    const migrated = migrateLocalisedNames(raw);
    expect(JSON.stringify(migrated)).not.toMatch(/"(nameEn|titleEn)"/);
    expect(migrated.competences[0]).toEqual({ id: 'network', name: { sv: 'Nätverk', en: 'Network' } });
    expect(migrated.economics.phases[0]).toMatchObject({ name: { sv: 'Etablera', en: 'Establish' } });
    expect(migrateLocalisedNames(migrated)).toEqual(migrated);
    expect(raw.competences[0]).toHaveProperty('nameEn');
  });
});
