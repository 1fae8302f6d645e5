import type { EntityColumns } from './columnDefinition';

/** One row per person of today's IT staff (`src/schema/person.ts`). */
export const personColumns: EntityColumns = {
  entity: 'people',
  row: { sv: 'En person i dagens IT-personal.', en: "A person of today's IT staff." },
  fileNames: ['people', 'personer', 'personal', 'persons', 'staff'],
  columns: [
    {
      field: 'id', header: { sv: 'id', en: 'id' }, aliases: ['person_id', 'personid'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Pseudonymt id: små bokstäver a–z, siffror och bindestreck. Unikt i filen.', en: 'Pseudonymous id: lowercase letters a–z, digits and hyphens. Unique in the file.' },
      example: 'p001',
    },
    {
      field: 'name', header: { sv: 'namn', en: 'name' }, aliases: [], kind: 'text', required: false, unit: null,
      meaning: { sv: 'Namn (frivilligt; visas bara i HR-läget).', en: 'Name (optional; shown in HR mode only).' },
      example: 'Åsa Öberg',
    },
    {
      field: 'municipalityId', header: { sv: 'arbetsgivare', en: 'employer' }, aliases: ['kommun', 'municipality', 'municipalityid', 'municipality_id'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Dagens arbetsgivare: id för en kommun i datamängden.', en: "Today's employer: the id of a municipality of the dataset." },
      example: 'varnamo',
    },
    {
      field: 'siteId', header: { sv: 'arbetsplats', en: 'site' }, aliases: ['siteid', 'site_id'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Dagens arbetsplats: id för en arbetsplats i datamängden.', en: "Today's workplace: the id of a site of the dataset." },
      example: 'varnamo-stadshus',
    },
    {
      field: 'functionId', header: { sv: 'funktion', en: 'function' }, aliases: ['functionid', 'function_id'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Dagens funktion: id för en funktion i datamängden.', en: "Today's function: the id of a function of the dataset." },
      example: 'service-desk',
    },
    {
      field: 'title', header: { sv: 'titel', en: 'title' }, aliases: [], kind: 'text', required: true, unit: null,
      meaning: { sv: 'Dagens titel.', en: "Today's job title." },
      example: 'IT-tekniker',
    },
    {
      field: 'home.lat', header: { sv: 'hem_lat', en: 'home_lat' }, aliases: ['hem_latitud', 'home_latitude'], kind: 'number', required: false,
      unit: { sv: 'decimalgrader (WGS84)', en: 'decimal degrees (WGS84)' },
      meaning: {
        sv: 'Bostadens latitud – den känsligaste uppgiften. Måste ligga inom regionen. Hemmet anges på ett av tre sätt: koordinater (hem_lat och hem_lon), postnummer eller ort.',
        en: 'Home latitude – the most sensitive field. Must lie inside the region. A home is given in one of three ways: coordinates (home_lat and home_lon), a postcode or a locality.',
      },
      example: 57.1853,
    },
    {
      field: 'home.lon', header: { sv: 'hem_lon', en: 'home_lon' }, aliases: ['hem_longitud', 'home_longitude'], kind: 'number', required: false,
      unit: { sv: 'decimalgrader (WGS84)', en: 'decimal degrees (WGS84)' },
      meaning: { sv: 'Bostadens longitud. Måste ligga inom regionen.', en: 'Home longitude. Must lie inside the region.' },
      example: 14.0402,
    },
    {
      field: 'homePostcode', header: { sv: 'hem_postnummer', en: 'home_postcode' }, aliases: ['postnummer', 'postcode', 'postal_code', 'postnr'], kind: 'text', required: false,
      unit: { sv: 'postnummer, t.ex. 331 30', en: 'postcode, e.g. 331 30' },
      meaning: {
        sv: 'Bostadens postnummer, när koordinater saknas. Kräver en postnummertabell (postnummer.csv: postnummer;lat;lon) i samma import; hemmet placeras i postnumrets punkt och restiden blir ungefärlig.',
        en: "Home postcode, when there are no coordinates. Needs a postcode table (postcodes.csv: postcode,lat,lon) in the same import; the home is placed at the postcode's point and the commute is approximate.",
      },
      example: '',
    },
    {
      field: 'homeLocality', header: { sv: 'hem_ort', en: 'home_locality' }, aliases: ['ort', 'tätort', 'bostadsort', 'locality', 'home_town'], kind: 'text', required: false,
      unit: { sv: 'ortens namn', en: 'name of the locality' },
      meaning: {
        sv: 'Orten där personen bor, när koordinater och postnummer saknas: en av datamängdens orter (t.ex. Värnamo, Smålandsstenar). Hemmet placeras i orten och restiden blir ungefärlig.',
        en: "The locality the person lives in, when there are no coordinates or postcode: one of the dataset's localities (e.g. Värnamo, Smålandsstenar). The home is placed at the locality and the commute is approximate.",
      },
      example: '',
    },
    {
      field: 'employmentRate', header: { sv: 'sysselsättningsgrad', en: 'employment_rate' }, aliases: ['employmentrate', 'tjänstgöringsgrad'], kind: 'fraction', required: true,
      unit: { sv: 'andel av heltid, 0–1 (eller procent, t.ex. 80 %)', en: 'fraction of full time, 0–1 (or a percentage, e.g. 80 %)' },
      meaning: { sv: 'Sysselsättningsgrad, över 0 och högst 1.', en: 'Employment rate, above 0 and at most 1.' },
      example: 0.8,
    },
    {
      field: 'employmentPeriods', header: { sv: 'anställningsperioder', en: 'employment_periods' },
      // The single start date of older files is accepted in its old columns: one open period.
      aliases: ['employmentperiods', 'anställd_från', 'employment_start', 'employmentstart', 'anställningsdatum'], kind: 'periods', required: true,
      unit: { sv: 'ÅÅÅÅ-MM-DD/ÅÅÅÅ-MM-DD, flera med |', en: 'YYYY-MM-DD/YYYY-MM-DD, several joined by |' },
      meaning: {
        sv: 'Varje anställningsperiod hos arbetsgivaren (LAS 3 §: all anställningstid räknas): start/slut, eller start/ när anställningen pågår. Ett enda datum är en pågående period (gamla kolumnen anställd_från godtas). Perioder får inte överlappa, sluta före start eller börja efter referensdatumet.',
        en: 'Every period of employment with the employer (LAS 3 §: all of it counts): start/end, or start/ while it lasts. A single date is one open period (the old column employment_start is accepted). Periods may not overlap, end before they start or start after the reference date.',
      },
      example: '2005-03-01/2009-08-31|2012-03-01/',
    },
    {
      field: 'birthYear', header: { sv: 'födelseår', en: 'birth_year' }, aliases: ['birthyear'], kind: 'integer', required: true, unit: { sv: 'år', en: 'year' },
      meaning: { sv: 'Födelseår (åldersgrupper härleds, lagras aldrig).', en: 'Year of birth (age bands are derived, never stored).' },
      example: 1979,
    },
    {
      field: 'birthDate', header: { sv: 'födelsedatum', en: 'birth_date' }, aliases: ['birthdate'], kind: 'date', required: false,
      unit: { sv: 'datum ÅÅÅÅ-MM-DD', en: 'date YYYY-MM-DD' },
      meaning: {
        sv: 'Födelsedatum (frivilligt): avgör lika lång anställningstid i turordningen (äldst först). Utan det avgör födelseåret, och lika år markeras som olöst.',
        en: 'Birth date (optional): decides equal employment time in the order of selection (oldest first). Without it the birth year decides, and an equal year is marked unresolved.',
      },
      example: '1979-05-14',
    },
    {
      field: 'agreementArea', header: { sv: 'avtalsområde', en: 'agreement_area' }, aliases: ['agreementarea'], kind: 'id', required: true, unit: null,
      meaning: { sv: 'Avtalsområde som id (en turordningskrets per avtalsområde), t.ex. tjansteman.', en: 'Collective-agreement area as an id (one selection group per area), e.g. tjansteman.' },
      example: 'tjansteman',
    },
    {
      field: 'securityClearance', header: { sv: 'säkerhetsprövad', en: 'security_clearance' }, aliases: ['securityclearance'], kind: 'boolean', required: true,
      unit: { sv: 'ja/nej', en: 'yes/no' },
      meaning: { sv: 'Säkerhetsprövad (ja/nej, yes/no, sant/falskt, 1/0).', en: 'Security cleared (ja/nej, yes/no, true/false, 1/0).' },
      example: false,
    },
    {
      field: 'managerEligible', header: { sv: 'chefsbehörig', en: 'manager_eligible' }, aliases: ['managereligible'], kind: 'boolean', required: true,
      unit: { sv: 'ja/nej', en: 'yes/no' },
      meaning: { sv: 'Kan ta en chefsbefattning.', en: 'May hold a manager position.' },
      example: false,
    },
    {
      field: 'salary', header: { sv: 'lön', en: 'salary' }, aliases: ['månadslön', 'monthly_salary'], kind: 'number', required: false,
      unit: { sv: 'kr per månad', en: 'SEK per month' },
      meaning: { sv: 'Månadslön (frivillig, känslig).', en: 'Monthly salary (optional, sensitive).' },
      example: 38500,
    },
    {
      field: 'onSiteDaysToday', header: { sv: 'dagar_på_plats', en: 'on_site_days' }, aliases: ['onsitedaystoday', 'on_site_days_today'], kind: 'number', required: true,
      unit: { sv: 'dagar per vecka, 0–7', en: 'days per week, 0–7' },
      meaning: { sv: 'Dagar på arbetsplatsen per vecka i dag.', en: 'Days a week at the workplace today.' },
      example: 4,
    },
  ],
  // The second and third forms of a home, as more example rows of the template.
  moreExamples: [
    { id: 'p002', name: 'Per Lind', 'home.lat': null, 'home.lon': null, homeLocality: 'Smålandsstenar', birthYear: 1985, birthDate: '1985-09-02' },
  ],
  competenceColumns: {
    kind: 'competence-level',
    prefix: { sv: 'komp_', en: 'comp_' },
    prefixAliases: ['komp_', 'comp_', 'kompetens_', 'competence_'],
    unit: { sv: 'nivå 0–4', en: 'level 0–4' },
    meaning: {
      sv: 'En kolumn per kompetens (rubriken är kompetensens namn på svenska eller engelska, dess id, eller komp_ID): nivå 0 ingen, 1 grundläggande, 2 självständig, 3 avancerad, 4 expert. Tom cell: ingen uppgift.',
      en: "One column per competence (the header is the competence's name in English or Swedish, its id, or comp_ID): level 0 none, 1 basic, 2 independent, 3 advanced, 4 expert. Empty cell: not stated.",
    },
    exampleCompetenceId: 'service-desk',
    exampleCompetenceHeader: { sv: 'Servicedesk och användarstöd', en: 'Service desk and user support' },
    example: '3',
  },
};
