/**
 * Messages about imported and exported files (file, row, column, reason), in both languages,
 * and their formatter. Plain `{{param}}` interpolation, so the formatter also runs in a Web
 * Worker and in the CLI without an i18next instance.
 */
import { localeOf } from '../schema/language';

export const importExportMessages = {
  en: {
    'line.cell': '{{file}}, row {{row}}, column "{{column}}": {{reason}}',
    'line.row': '{{file}}, row {{row}}: {{reason}}',
    'line.column': '{{file}}, column "{{column}}": {{reason}}',
    'line.file': '{{file}}: {{reason}}',
    'line.item': '{{file}}, item {{row}}, field {{column}}: {{reason}}',
    'line.itemOnly': '{{file}}, item {{row}}: {{reason}}',
    'line.noFile': '{{reason}}',
    'line.warning': 'warning: {{line}}',
    'collection.people': 'people',
    'collection.positions': 'positions',
    'collection.sites': 'sites',
    'collection.competences': 'competences',
    'entity.person': 'person',
    'entity.position': 'position',
    'entity.site': 'site',
    'entity.competence': 'competence',
    'entity.municipality': 'municipality',
    'entity.locality': 'locality',
    'entity.function': 'function',
    'entity.unit': 'unit',
    'entity.scenario': 'scenario',
    'entity.dataset': 'dataset',
    'format.slug': 'id (lowercase letters a–z, digits and hyphens)',
    'format.date': 'date (YYYY-MM-DD)',
    'format.datetime': 'date and time (ISO 8601)',
    'reason.file-too-large': 'the file is {{sizeMb}} MB; files over {{limitMb}} MB are refused',
    'reason.file-empty': 'the file is empty',
    'reason.file-binary': 'the file is not text; save it as CSV (UTF-8) or JSON',
    'reason.file-spreadsheet': 'the file is an Excel workbook, not CSV; in Excel choose Save as → "CSV UTF-8"',
    'reason.file-unknown-entity':
      'cannot tell whether the file holds people, positions, sites or competences; name it people.csv, positions.csv, sites.csv or competences.csv',
    'reason.file-duplicate-entity': 'holds {{entity}}, as does {{other}}; give one file per kind',
    'reason.invalid-json': 'not valid JSON ({{detail}})',
    'reason.json-shape': 'JSON must be a list, or an object holding a list named {{entities}}',
    'reason.csv-syntax': 'a quoted cell is not closed ({{detail}})',
    'reason.no-rows': 'the file has no data rows',
    'reason.missing-columns': 'required column(s) missing: {{columns}}',
    'reason.unknown-columns': 'unknown column(s), ignored: {{columns}}',
    'reason.duplicate-columns': 'column(s) given more than once: {{columns}}',
    'reason.unknown-competence-column': '"{{value}}" is not a competence of the dataset',
    'reason.extra-cells': 'the row has {{actual}} cells but the header only {{expected}}',
    'reason.required': 'is empty but required',
    'reason.not-a-number': '"{{value}}" is not a number (write e.g. 0,8 or 0.8)',
    'reason.not-an-integer': '"{{value}}" is not a whole number',
    'reason.not-a-boolean': '"{{value}}" is not yes or no (ja/nej, yes/no, true/false, 1/0)',
    'reason.not-a-date': '"{{value}}" is not a date YYYY-MM-DD',
    'reason.not-a-location': '"{{value}}" is not a location: function-site, any or local:<municipality id>',
    'reason.not-periods': '"{{value}}" is not a list of employment periods: start/end or start/, several joined by |',
    'reason.not-a-requirement': '"{{value}}" is not a requirement: a level 1–4, or level:weight such as 3:2',
    'reason.invalid-type': 'must be {{expected}}, not {{received}}',
    'reason.too-small': 'must be at least {{minimum}} (got {{received}})',
    'reason.too-big': 'must be at most {{maximum}} (got {{received}})',
    'reason.invalid-format': 'is not a valid {{format}} ("{{received}}")',
    'reason.invalid-value': 'must be one of {{allowed}} (got "{{received}}")',
    'reason.unknown-field': 'unknown field(s): {{keys}}',
    'reason.invalid': 'is invalid: {{detail}}',
    'reason.duplicate-id': 'id "{{id}}" is already used in row {{firstRow}}',
    'reason.unknown-reference': 'names an unknown {{target}} "{{value}}"',
    'reason.outside-region': 'coordinate {{lat}}, {{lon}} lies outside the region {{region}}',
    'reason.reports-to-loop': 'the reporting chain runs in a loop',
    'reason.locality-in-other-municipality': 'locality "{{value}}" lies in another municipality',
    'reason.date-after-reference': 'date {{value}} is after the reference date {{reference}}',
    'reason.period-end-before-start': 'the period ends ({{value}}) before it starts',
    'reason.periods-overlap': 'the period starting {{value}} overlaps period {{other}}',
    'reason.birth-year-differs': 'birth date {{value}} is not in birth year {{year}}',
    'reason.too-many-exemptions':
      '{{count}} exemptions from the order of selection for employer {{employer}}; at most {{maximum}} (LAS 22 §)',
    'reason.reference-lost': '{{target}} "{{value}}" is not in this file, but {{entity}} {{ids}} refer(s) to it',
    'reason.dataset-issue': 'the combined dataset is invalid: {{entity}} {{id}}, field {{field}} ({{code}})',
    'reason.positions-differ': '{{declared}} positions declared, but the file holds {{actual}}',
    'reason.managers-differ': '{{declared}} manager positions declared, but the file holds {{actual}}',
    'reason.it-staff-differ': '{{declared}} IT staff declared for {{id}}, but the file holds {{actual}} there',
    'reason.home-columns-missing':
      'no home columns: give each home in one of three ways – coordinates (home_lat and home_lon), a postcode (home_postcode, with a postcode table postcodes.csv in the same import) or a locality (home_locality)',
    'reason.home-missing':
      'no home: fill in coordinates (home_lat and home_lon), a postcode (home_postcode) or a locality (home_locality)',
    'reason.unknown-locality': '"{{value}}" is not a locality of the dataset; known localities: {{known}}',
    'reason.unknown-postcode':
      'postcode {{value}} is not in the imported postcode table; add it there, or give coordinates or a locality',
    'reason.postcode-without-table':
      'postcode {{value}} cannot be placed without a postcode table: import a file postcodes.csv (columns postcode, lat, lon) together with the people, or give coordinates or a locality',
    'reason.postcode-table-columns': 'a postcode table needs the columns postcode (postnummer), lat and lon',
    'reason.not-a-postcode': '"{{value}}" is not a postcode (3–6 digits, spaces allowed)',
    'reason.homes-approximate':
      'homes placed without coordinates: {{postcode}} at their postcode, {{locality}} at their locality; their commutes are approximate',
    'count.people': '{{imported}} people (now {{current}})',
    'count.positions': '{{imported}} positions (now {{current}})',
    'count.sites': '{{imported}} sites (now {{current}})',
    'count.competences': '{{imported}} competences (now {{current}})',
    'summary.ok': 'The files are valid: {{counts}}.',
    'summary.failed': 'The files have {{count}} problem(s).',
    'summary.written': 'Data folder written to {{dir}}: {{counts}}.',
    'cli.noFiles': 'give at least one file: --people, --positions, --sites or --competences',
    'cli.unreadable': '{{file}}: cannot read the file ({{detail}})',
    'cli.fileSystem': '{{file}}: the file cannot be read or written ({{detail}})',
    'cli.noneFound': 'no people.csv, positions.csv, sites.csv or competences.csv (nor .json) found in {{dir}}',
    'cli.outputInvalid': 'the written folder {{dir}} does not validate: {{count}} problem(s)',
    'scenario.line': 'scenario file, {{path}}: {{reason}}',
    'scenario.lineNoPath': 'scenario file: {{reason}}',
    'scenario.invalid-json': 'not valid JSON ({{detail}})',
    'scenario.not-a-scenario-file': 'not a scenario file: expected {"schemaVersion": …, "scenarios": [...]}',
    'scenario.newer-version': 'written by a newer version (schema {{version}}; this app reads up to {{supported}})',
    'scenario.unknown-version': 'schema version {{version}} is unknown',
    'scenario.duplicate-id': 'scenario id "{{id}}" is used more than once',
  },
  sv: {
    'line.cell': '{{file}}, rad {{row}}, kolumn ”{{column}}”: {{reason}}',
    'line.row': '{{file}}, rad {{row}}: {{reason}}',
    'line.column': '{{file}}, kolumn ”{{column}}”: {{reason}}',
    'line.file': '{{file}}: {{reason}}',
    'line.item': '{{file}}, post {{row}}, fält {{column}}: {{reason}}',
    'line.itemOnly': '{{file}}, post {{row}}: {{reason}}',
    'line.noFile': '{{reason}}',
    'line.warning': 'varning: {{line}}',
    'collection.people': 'personer',
    'collection.positions': 'befattningar',
    'collection.sites': 'arbetsplatser',
    'collection.competences': 'kompetenser',
    'entity.person': 'person',
    'entity.position': 'befattning',
    'entity.site': 'arbetsplats',
    'entity.competence': 'kompetens',
    'entity.municipality': 'kommun',
    'entity.locality': 'tätort',
    'entity.function': 'funktion',
    'entity.unit': 'enhet',
    'entity.scenario': 'scenario',
    'entity.dataset': 'datamängd',
    'format.slug': 'id (små bokstäver a–z, siffror och bindestreck)',
    'format.date': 'datum (ÅÅÅÅ-MM-DD)',
    'format.datetime': 'datum och tid (ISO 8601)',
    'reason.file-too-large': 'filen är {{sizeMb}} MB; filer över {{limitMb}} MB tas inte emot',
    'reason.file-empty': 'filen är tom',
    'reason.file-binary': 'filen är inte text; spara den som CSV (UTF-8) eller JSON',
    'reason.file-spreadsheet': 'filen är en Excel-arbetsbok, inte CSV; välj Spara som → ”CSV UTF-8” i Excel',
    'reason.file-unknown-entity':
      'det går inte att se om filen innehåller personer, befattningar, arbetsplatser eller kompetenser; döp den till people.csv, positions.csv, sites.csv eller competences.csv',
    'reason.file-duplicate-entity': 'innehåller {{entity}}, liksom {{other}}; ge en fil per slag',
    'reason.invalid-json': 'inte giltig JSON ({{detail}})',
    'reason.json-shape': 'JSON måste vara en lista, eller ett objekt med en lista som heter {{entities}}',
    'reason.csv-syntax': 'en cell inom citattecken avslutas inte ({{detail}})',
    'reason.no-rows': 'filen har inga datarader',
    'reason.missing-columns': 'obligatoriska kolumner saknas: {{columns}}',
    'reason.unknown-columns': 'okända kolumner, hoppas över: {{columns}}',
    'reason.duplicate-columns': 'kolumner som förekommer mer än en gång: {{columns}}',
    'reason.unknown-competence-column': '”{{value}}” är ingen kompetens i datamängden',
    'reason.extra-cells': 'raden har {{actual}} celler men rubrikraden bara {{expected}}',
    'reason.required': 'är tom men måste fyllas i',
    'reason.not-a-number': '”{{value}}” är inte ett tal (skriv t.ex. 0,8 eller 0.8)',
    'reason.not-an-integer': '”{{value}}” är inte ett heltal',
    'reason.not-a-boolean': '”{{value}}” är inte ja eller nej (ja/nej, yes/no, sant/falskt, 1/0)',
    'reason.not-a-date': '”{{value}}” är inte ett datum ÅÅÅÅ-MM-DD',
    'reason.not-a-location': '”{{value}}” är ingen placering: function-site, any eller local:<kommun-id>',
    'reason.not-periods': '”{{value}}” är inga anställningsperioder: start/slut eller start/, flera med |',
    'reason.not-a-requirement': '”{{value}}” är inget krav: en nivå 1–4, eller nivå:vikt som 3:2',
    'reason.invalid-type': 'måste vara {{expected}}, inte {{received}}',
    'reason.too-small': 'måste vara minst {{minimum}} (är {{received}})',
    'reason.too-big': 'får vara högst {{maximum}} (är {{received}})',
    'reason.invalid-format': 'är inte ett giltigt {{format}} (”{{received}}”)',
    'reason.invalid-value': 'måste vara ett av {{allowed}} (är ”{{received}}”)',
    'reason.unknown-field': 'okänt fält: {{keys}}',
    'reason.invalid': 'är ogiltigt: {{detail}}',
    'reason.duplicate-id': 'id ”{{id}}” används redan på rad {{firstRow}}',
    'reason.unknown-reference': 'anger en okänd {{target}} ”{{value}}”',
    'reason.outside-region': 'koordinaten {{lat}} N, {{lon}} Ö ligger utanför regionen {{region}}',
    'reason.reports-to-loop': 'rapportvägen går i en slinga',
    'reason.locality-in-other-municipality': 'tätorten ”{{value}}” ligger i en annan kommun',
    'reason.date-after-reference': 'datumet {{value}} är efter referensdatumet {{reference}}',
    'reason.period-end-before-start': 'perioden slutar ({{value}}) innan den börjar',
    'reason.periods-overlap': 'perioden som börjar {{value}} överlappar period {{other}}',
    'reason.birth-year-differs': 'födelsedatumet {{value}} ligger inte i födelseåret {{year}}',
    'reason.too-many-exemptions':
      '{{count}} undantag från turordningen för arbetsgivaren {{employer}}; högst {{maximum}} (LAS 22 §)',
    'reason.reference-lost': '{{target}} ”{{value}}” finns inte i filen, men {{entity}} {{ids}} hänvisar till den',
    'reason.dataset-issue': 'den sammanlagda datamängden är ogiltig: {{entity}} {{id}}, fält {{field}} ({{code}})',
    'reason.positions-differ': '{{declared}} befattningar angivna, men filen har {{actual}}',
    'reason.managers-differ': '{{declared}} chefsbefattningar angivna, men filen har {{actual}}',
    'reason.it-staff-differ': '{{declared}} IT-anställda angivna för {{id}}, men filen har {{actual}} där',
    'reason.home-columns-missing':
      'inga hemkolumner: ange varje hem på ett av tre sätt – koordinater (hem_lat och hem_lon), postnummer (hem_postnummer, med en postnummertabell postnummer.csv i samma import) eller ort (hem_ort)',
    'reason.home-missing':
      'hem saknas: fyll i koordinater (hem_lat och hem_lon), postnummer (hem_postnummer) eller ort (hem_ort)',
    'reason.unknown-locality': '”{{value}}” är ingen ort i datamängden; kända orter: {{known}}',
    'reason.unknown-postcode':
      'postnummer {{value}} finns inte i den importerade postnummertabellen; lägg till det där, eller ange koordinater eller ort',
    'reason.postcode-without-table':
      'postnummer {{value}} kan inte placeras utan postnummertabell: importera en fil postnummer.csv (kolumnerna postnummer, lat, lon) tillsammans med personerna, eller ange koordinater eller ort',
    'reason.postcode-table-columns': 'en postnummertabell behöver kolumnerna postnummer, lat och lon',
    'reason.not-a-postcode': '”{{value}}” är inget postnummer (3–6 siffror, mellanslag tillåtna)',
    'reason.homes-approximate':
      'hem placerade utan koordinater: {{postcode}} i sitt postnummer, {{locality}} i sin ort; deras restider är ungefärliga',
    'count.people': '{{imported}} personer (nu {{current}})',
    'count.positions': '{{imported}} befattningar (nu {{current}})',
    'count.sites': '{{imported}} arbetsplatser (nu {{current}})',
    'count.competences': '{{imported}} kompetenser (nu {{current}})',
    'summary.ok': 'Filerna är giltiga: {{counts}}.',
    'summary.failed': 'Filerna har {{count}} problem.',
    'summary.written': 'Datamappen skrevs till {{dir}}: {{counts}}.',
    'cli.noFiles': 'ange minst en fil: --people, --positions, --sites eller --competences',
    'cli.unreadable': '{{file}}: filen kan inte läsas ({{detail}})',
    'cli.fileSystem': '{{file}}: filen kan inte läsas eller skrivas ({{detail}})',
    'cli.noneFound': 'ingen people.csv, positions.csv, sites.csv eller competences.csv (eller .json) finns i {{dir}}',
    'cli.outputInvalid': 'den skrivna mappen {{dir}} är inte giltig: {{count}} problem',
    'scenario.line': 'scenariofil, {{path}}: {{reason}}',
    'scenario.lineNoPath': 'scenariofil: {{reason}}',
    'scenario.invalid-json': 'inte giltig JSON ({{detail}})',
    'scenario.not-a-scenario-file': 'ingen scenariofil: förväntade {"schemaVersion": …, "scenarios": [...]}',
    'scenario.newer-version':
      'skriven av en nyare version (schema {{version}}; den här appen läser upp till {{supported}})',
    'scenario.unknown-version': 'schemaversion {{version}} är okänd',
    'scenario.duplicate-id': 'scenario-id ”{{id}}” används mer än en gång',
  },
} as const;

export type ImportExportMessageKey = keyof (typeof importExportMessages)['en'];
type Lang = keyof typeof importExportMessages;

/** A message of this area with its parameters filled in. */
export function importExportText(
  key: ImportExportMessageKey,
  params: Record<string, string | number>,
  lang: Lang,
): string {
  const template: string = importExportMessages[lang][key] ?? importExportMessages.en[key];
  const text = (value: string | number) =>
    // Decimals as the language writes them: 1,25 in Swedish, never 1.25 (ids and row numbers ungrouped).
    typeof value === 'number' && !Number.isInteger(value)
      ? new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 20, useGrouping: false }).format(value)
      : String(value);
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? text(params[name]!) : whole));
}

/** The shape of a problem this formatter reads (`ImportProblem` of `src/io/csv/importProblem.ts`). */
export interface FormattableImportProblem {
  file: string;
  row: number | null;
  column: string | null;
  code: string;
  params: Record<string, string | number>;
  severity: 'error' | 'warning';
}

const translated = (prefix: 'collection' | 'entity', value: unknown, lang: Lang): string => {
  const key = `${prefix}.${String(value)}` as ImportExportMessageKey;
  return key in importExportMessages[lang] ? importExportText(key, {}, lang) : String(value);
};

/** The reason of a problem, with entity names and formats in the language. */
export function importProblemReason(problem: FormattableImportProblem, lang: Lang): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.code === 'file-duplicate-entity') params.entity = translated('collection', params.entity, lang);
  if (problem.code === 'unknown-reference' || problem.code === 'reference-lost')
    params.target = translated('entity', params.target, lang);
  if (problem.code === 'reference-lost' || problem.code === 'dataset-issue')
    params.entity = translated('entity', params.entity, lang);
  if (problem.code === 'invalid-format' && typeof params.format === 'string') {
    const key = `format.${params.format}` as ImportExportMessageKey;
    if (key in importExportMessages[lang]) params.format = importExportText(key, {}, lang);
  }
  const key = `reason.${problem.code}` as ImportExportMessageKey;
  return key in importExportMessages[lang] ? importExportText(key, params, lang) : problem.code;
}

/** One line naming file, row and column (item and field for JSON files) and the reason. */
export function formatImportProblem(problem: FormattableImportProblem, lang: Lang): string {
  const reason = importProblemReason(problem, lang);
  const json = /\.json$/i.test(problem.file);
  const { file, row, column } = problem;
  const key: ImportExportMessageKey =
    file === ''
      ? 'line.noFile'
      : row !== null && column !== null
        ? json
          ? 'line.item'
          : 'line.cell'
        : row !== null
          ? json
            ? 'line.itemOnly'
            : 'line.row'
          : column !== null
            ? 'line.column'
            : 'line.file';
  const line = importExportText(key, { file, row: row ?? '', column: column ?? '', reason }, lang);
  return problem.severity === 'warning' ? importExportText('line.warning', { line }, lang) : line;
}

/** Every problem, one line each, errors before warnings. */
export function formatImportProblems(problems: readonly FormattableImportProblem[], lang: Lang): string[] {
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')].map(
    (p) => formatImportProblem(p, lang),
  );
}

/** "62 people (now 62), 51 positions (now 51)" from an import summary's counts. */
export function formatImportCounts(
  counts: Partial<Record<'people' | 'positions' | 'sites' | 'competences', { imported: number; current: number }>>,
  lang: Lang,
): string {
  return (['people', 'positions', 'sites', 'competences'] as const)
    .flatMap((entity) => {
      const count = counts[entity];
      return count ? [importExportText(`count.${entity}`, count, lang)] : [];
    })
    .join(', ');
}

/** The shape of a scenario file problem (`ScenarioFileProblem` of `src/io/scenarioFile.ts`). */
export interface FormattableScenarioProblem {
  scenario: string | null;
  field: string;
  code: string;
  params: Record<string, string | number>;
}

/** One line naming the scenario and the field of a scenario file, and the reason. */
export function formatScenarioFileProblem(problem: FormattableScenarioProblem, lang: Lang): string {
  const fileKey = `scenario.${problem.code}` as ImportExportMessageKey;
  const reason =
    fileKey in importExportMessages[lang]
      ? importExportText(fileKey, problem.params, lang)
      : importProblemReason(
          { file: '', row: null, column: null, severity: 'error', code: problem.code, params: problem.params },
          lang,
        );
  const path = [
    problem.scenario === null ? '' : `${importExportText('entity.scenario', {}, lang)} ${problem.scenario}`,
    problem.field,
  ]
    .filter(Boolean)
    .join(', ');
  return path === ''
    ? importExportText('scenario.lineNoPath', { reason }, lang)
    : importExportText('scenario.line', { path, reason }, lang);
}
