/** Messages of the anonymisation engine (codes from src/engine/anonymisation) and report labels. */
export const anonymisationMessages = {
  en: {
    'k-too-small': 'The smallest publishable group k must be a whole number of at least {{min}} (got {{k}}).',
    'invalid-table': 'Table {{tableId}}: {{path}} is not valid ({{reason}}).',
    'duplicate-table-id': 'Two tables in the report have the id {{tableId}}.',
    'unknown-linked-table': 'A link names table {{tableId}}, which is not in the report.',
    'linked-labels-differ': 'Table {{tableId}} is linked to table {{otherTableId}} but their labels differ.',
    'linked-margins-differ':
      'Table {{tableId}} is linked to other tables but its total for row "{{row}}", column "{{column}}" differs from theirs.',
    'inconsistent-published-table': 'The published figures of table {{tableId}} do not add up.',
    'invalid-points': 'The home locations or map options are not valid ({{index}}{{option}}).',
    suppressedCell: 'Hidden: fewer than {{k}} people, or hidden so that such a group cannot be worked out.',
    suppressedSymbol: '–',
    otherArea: 'Elsewhere: {{count}} people',
    auditFailed: 'The report cannot be published: a hidden figure could be worked out from the others.',
    anonymisationNote:
      'Every figure counts at least {{k}} people; smaller groups and figures that would reveal them are hidden.',
  },
  sv: {
    'k-too-small': 'Minsta publicerbara grupp k måste vara ett heltal på minst {{min}} (fick {{k}}).',
    'invalid-table': 'Tabell {{tableId}}: {{path}} är ogiltig ({{reason}}).',
    'duplicate-table-id': 'Två tabeller i rapporten har id {{tableId}}.',
    'unknown-linked-table': 'En länk anger tabell {{tableId}}, som inte finns i rapporten.',
    'linked-labels-differ':
      'Tabell {{tableId}} är länkad till tabell {{otherTableId}} men deras etiketter skiljer sig.',
    'linked-margins-differ':
      'Tabell {{tableId}} är länkad till andra tabeller men dess summa för rad "{{row}}", kolumn "{{column}}" skiljer sig från deras.',
    'inconsistent-published-table': 'De publicerade talen i tabell {{tableId}} summerar inte.',
    'invalid-points': 'Hemorterna eller kartinställningarna är ogiltiga ({{index}}{{option}}).',
    suppressedCell: 'Dold: färre än {{k}} personer, eller dold så att en sådan grupp inte kan räknas fram.',
    suppressedSymbol: '–',
    otherArea: 'Övriga: {{count}} personer',
    auditFailed: 'Rapporten kan inte publiceras: ett dolt tal kan räknas fram ur de andra.',
    anonymisationNote:
      'Varje tal omfattar minst {{k}} personer; mindre grupper och tal som skulle avslöja dem är dolda.',
  },
} as const;
