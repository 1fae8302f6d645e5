import type { EntityColumns } from './columnDefinition';

/** One row per competence, the areas of skill rated 0–4 (`src/schema/competence.ts`). */
export const competenceColumns: EntityColumns = {
  entity: 'competences',
  row: { sv: 'En kompetens (ett kunskapsområde som bedöms 0–4).', en: 'A competence (an area of skill rated 0–4).' },
  fileNames: ['competences', 'kompetenser', 'skills'],
  columns: [
    {
      field: 'id',
      header: { sv: 'id', en: 'id' },
      aliases: ['competence_id', 'competenceid'],
      kind: 'id',
      required: true,
      unit: null,
      meaning: {
        sv: 'Kompetensens id: små bokstäver a–z, siffror och bindestreck. Används som kolumnrubrik i person- och befattningsfilerna.',
        en: "The competence's id: lowercase letters a–z, digits and hyphens. Used as the column header in the people and positions files.",
      },
      example: 'service-desk',
    },
    {
      field: 'name',
      header: { sv: 'namn', en: 'name' },
      aliases: ['namn_sv', 'name_sv'],
      kind: 'text',
      required: true,
      unit: null,
      meaning: { sv: 'Namn på svenska.', en: 'Name in Swedish.' },
      example: 'Servicedesk',
    },
    {
      field: 'nameEn',
      header: { sv: 'namn_en', en: 'name_en' },
      aliases: ['nameen'],
      kind: 'text',
      required: true,
      unit: null,
      meaning: { sv: 'Namn på engelska.', en: 'Name in English.' },
      example: 'Service desk',
    },
    {
      field: 'description',
      header: { sv: 'beskrivning', en: 'description' },
      aliases: [],
      kind: 'text',
      required: false,
      unit: null,
      meaning: { sv: 'Beskrivning (frivillig).', en: 'Description (optional).' },
      example: 'Första och andra linjens support',
    },
  ],
  competenceColumns: null,
};
