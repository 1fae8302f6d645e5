import type { EntityColumns } from './columnDefinition';

/** One row per position of the target organisation (`src/schema/position.ts`). */
export const positionColumns: EntityColumns = {
  entity: 'positions',
  row: { sv: 'En befattning i den nya organisationen.', en: 'A position of the new organisation.' },
  fileNames: ['positions', 'befattningar', 'tjänster', 'roles'],
  columns: [
    {
      field: 'id', header: { sv: 'id', en: 'id' }, aliases: ['position_id', 'positionid', 'befattnings_id'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Befattningens id: små bokstäver a–z, siffror och bindestreck. Unikt i filen.', en: "The position's id: lowercase letters a–z, digits and hyphens. Unique in the file." },
      example: 'pos-23',
    },
    {
      field: 'unitId', header: { sv: 'enhet', en: 'unit' }, aliases: ['unitid', 'unit_id'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Enhet: id för en enhet i datamängden (t.ex. management, operations-infrastructure, service-desk-support).', en: 'Unit: the id of a unit of the dataset (e.g. management, operations-infrastructure, service-desk-support).' },
      example: 'service-desk-support',
    },
    {
      field: 'functionId', header: { sv: 'funktion', en: 'function' }, aliases: ['functionid', 'function_id'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Funktion: id för en funktion i datamängden; avgör var befattningen sitter.', en: 'Function: the id of a function of the dataset; decides where the position sits.' },
      example: 'service-desk',
    },
    {
      field: 'title', header: { sv: 'titel', en: 'title' }, aliases: [], kind: 'text', required: true, unit: null,
      meaning: { sv: 'Befattningens titel (svenska).', en: "The position's title (Swedish)." },
      example: 'Servicetekniker',
    },
    {
      field: 'titleEn', header: { sv: 'titel_en', en: 'title_en' }, aliases: ['titleen', 'engelsk_titel'], kind: 'text', required: false, unit: null,
      meaning: { sv: 'Titel på engelska (frivillig).', en: 'Title in English (optional).' },
      example: 'Service technician',
    },
    {
      field: 'reportsTo', header: { sv: 'rapporterar_till', en: 'reports_to' }, aliases: ['reportsto'], kind: 'optional-id', required: true, unit: null,
      meaning: { sv: 'Id för befattningen den rapporterar till; tom för VD.', en: 'The id of the position it reports to; empty for the CEO.' },
      example: 'pos-03',
    },
    {
      field: 'location', header: { sv: 'placering', en: 'location' }, aliases: ['location_rule', 'placeringsregel'], kind: 'location', required: true, unit: null,
      meaning: {
        sv: 'Var innehavaren arbetar: function-site (där scenariot placerar funktionen), any (scenariots arbetsplats närmast hemmet) eller local:KOMMUN-ID (en servicepunkt i kommunen, den närmast hemmet).',
        en: "Where the holder works: function-site (where the scenario puts the function), any (the scenario site nearest the holder's home) or local:MUNICIPALITY-ID (a service point of that municipality, the one nearest the home).",
      },
      example: 'local:varnamo',
    },
    {
      field: 'onSiteDays', header: { sv: 'dagar_på_plats', en: 'on_site_days' }, aliases: ['onsitedays'], kind: 'number', required: true,
      unit: { sv: 'dagar per vecka, 0–7', en: 'days per week, 0–7' },
      meaning: { sv: 'Dagar på plats per vecka som befattningen kräver.', en: 'Days a week on site that the position needs.' },
      example: 5,
    },
    {
      field: 'clearanceRequired', header: { sv: 'kräver_säkerhetsprövning', en: 'clearance_required' }, aliases: ['clearancerequired'], kind: 'boolean', required: true,
      unit: { sv: 'ja/nej', en: 'yes/no' },
      meaning: { sv: 'Befattningen hanterar säkerhetsskyddsklassat arbete och kräver säkerhetsprövning.', en: 'The position handles security-sensitive work and requires security clearance.' },
      example: false,
    },
    {
      field: 'manager', header: { sv: 'chef', en: 'manager' }, aliases: ['chefsbefattning'], kind: 'boolean', required: true,
      unit: { sv: 'ja/nej', en: 'yes/no' },
      meaning: { sv: 'Chefsbefattning.', en: 'A manager position.' },
      example: false,
    },
    {
      field: 'companyLeading', header: { sv: 'företagsledande', en: 'company_leading' }, aliases: ['companyleading'], kind: 'boolean', required: false,
      unit: { sv: 'ja/nej', en: 'yes/no' },
      meaning: {
        sv: 'Företagsledande befattning (vd): undantagen från LAS (1 §) och från varje turordningskrets. Tom cell: nej.',
        en: 'A company-leading position (the CEO): outside LAS (1 §) and every selection group. Empty cell: no.',
      },
      example: false,
    },
  ],
  competenceColumns: {
    kind: 'requirement',
    prefix: { sv: 'krav_', en: 'req_' },
    prefixAliases: ['krav_', 'req_', 'requirement_'],
    unit: { sv: 'lägsta nivå 1–4, eller nivå:vikt', en: 'minimum level 1–4, or level:weight' },
    meaning: {
      sv: 'En kolumn per kompetens (rubriken är kompetensens namn på svenska eller engelska, dess id, eller krav_ID): lägsta nivå, eller nivå:vikt (vikt över 0 och högst 10, standard 1), t.ex. 3 eller 3:2. Tom cell: inget krav. Kraven ordnas som kolumnerna.',
      en: "One column per competence (the header is the competence's name in English or Swedish, its id, or req_ID): the minimum level, or level:weight (weight above 0 and at most 10, default 1), e.g. 3 or 3:2. Empty cell: no requirement. Requirements are ordered as the columns.",
    },
    exampleCompetenceId: 'service-desk',
    exampleCompetenceHeader: { sv: 'Servicedesk och användarstöd', en: 'Service desk and user support' },
    example: '3:2',
  },
};
