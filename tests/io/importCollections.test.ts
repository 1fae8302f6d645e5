import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatImportProblem } from '../../src/i18n/importExport';
import { exportCollectionCsv } from '../../src/io/csv/exportCollectionCsv';
import { importCollections, type ImportFile } from '../../src/io/csv/importCollections';
import type { ImportProblem } from '../../src/io/csv/importProblem';
import type { Dataset } from '../../src/schema/dataset';
import { defaultDataset } from '../helpers/defaultData';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');
const fixture = (name: string): ImportFile => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) });
const utf8 = (text: string) => new TextEncoder().encode(text);
const csvFile = (name: string, lines: string[]): ImportFile => ({
  name,
  bytes: utf8(`\uFEFF${lines.join('\r\n')}\r\n`),
});

let current: Dataset;
beforeAll(async () => {
  current = await defaultDataset();
});

/** A valid person row of the default dataset's ids, in Swedish headers; cells can be replaced. */
const personCells = (): Record<string, string> => ({
  id: 'x001',
  namn: 'Åsa Öberg',
  arbetsgivare: 'varnamo',
  arbetsplats: 'varnamo-stadshus',
  funktion: 'service-desk',
  titel: 'IT-tekniker',
  hem_lat: '57,1853',
  hem_lon: '14,0402',
  sysselsättningsgrad: '0,8',
  anställd_från: '2012-03-01',
  födelseår: '1979',
  avtalsområde: 'tjansteman',
  säkerhetsprövad: 'nej',
  chefsbehörig: 'nej',
  lön: '',
  dagar_på_plats: '4',
  'service-desk': '3',
});

/** people.csv with one line per row (each a set of changes to the valid row); `null` drops a column. */
function peopleCsv(rows: Record<string, string | null>[], name = 'people.csv'): ImportFile {
  const headers = Object.keys({ ...personCells(), ...Object.assign({}, ...rows) }).filter((h) =>
    rows.every((r) => r[h] !== null),
  );
  const lines = rows.map((changes, i) => {
    const cells: Record<string, string | null> = {
      ...personCells(),
      id: `x${String(i + 1).padStart(3, '0')}`,
      ...changes,
    };
    return headers.map((h) => cells[h] ?? '').join(';');
  });
  return csvFile(name, [headers.join(';'), ...lines]);
}

const errorsOf = (result: ReturnType<typeof importCollections>): ImportProblem[] =>
  result.ok ? [] : result.problems.filter((p) => p.severity === 'error');

function bigCsv(bytes: number): Uint8Array {
  const header = utf8(`${Object.keys(personCells()).join(';')}\r\n`);
  const row = utf8(`${Object.values(personCells()).join(';')}\r\n`);
  const out = new Uint8Array(bytes);
  out.set(header, 0);
  for (let at = header.length; at + row.length <= bytes; at += row.length) out.set(row, at);
  return out;
}

interface BadCase {
  name: string;
  files: () => ImportFile[];
  /** Every error expected (file, row, column, code), in order. */
  errors: Pick<ImportProblem, 'file' | 'row' | 'column' | 'code'>[];
  /** The first error as the user reads it, in English and Swedish. */
  en: string;
  sv: string;
}

const badCases: BadCase[] = [
  {
    name: 'an empty file',
    files: () => [{ name: 'people.csv', bytes: new Uint8Array(0) }],
    errors: [{ file: 'people.csv', row: null, column: null, code: 'file-empty' }],
    en: 'people.csv: the file is empty',
    sv: 'people.csv: filen är tom',
  },
  {
    name: 'a file of blank lines and a BOM',
    files: () => [{ name: 'people.csv', bytes: utf8('\uFEFF\r\n  \r\n') }],
    errors: [{ file: 'people.csv', row: null, column: null, code: 'file-empty' }],
    en: 'people.csv: the file is empty',
    sv: 'people.csv: filen är tom',
  },
  {
    name: 'a binary file',
    files: () => [{ name: 'people.csv', bytes: Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256) }],
    errors: [{ file: 'people.csv', row: null, column: null, code: 'file-binary' }],
    en: 'people.csv: the file is not text; save it as CSV (UTF-8) or JSON',
    sv: 'people.csv: filen är inte text; spara den som CSV (UTF-8) eller JSON',
  },
  {
    name: 'an Excel workbook',
    files: () => [{ name: 'personer.xlsx', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) }],
    errors: [{ file: 'personer.xlsx', row: null, column: null, code: 'file-spreadsheet' }],
    en: 'personer.xlsx: the file is an Excel workbook, not CSV; in Excel choose Save as → "CSV UTF-8"',
    sv: 'personer.xlsx: filen är en Excel-arbetsbok, inte CSV; välj Spara som → ”CSV UTF-8” i Excel',
  },
  {
    // A valid CSV of 50 MB: only its size can refuse it, so it is refused before parsing.
    name: 'a 50 MB file',
    files: () => [{ name: 'people.csv', bytes: bigCsv(50 * 1024 * 1024) }],
    errors: [{ file: 'people.csv', row: null, column: null, code: 'file-too-large' }],
    en: 'people.csv: the file is 50 MB; files over 20 MB are refused',
    sv: 'people.csv: filen är 50 MB; filer över 20 MB tas inte emot',
  },
  {
    name: 'duplicate ids',
    files: () => [peopleCsv([{ id: 'x001' }, { id: 'x002' }, { id: 'x001' }])],
    errors: [{ file: 'people.csv', row: 4, column: 'id', code: 'duplicate-id' }],
    en: 'people.csv, row 4, column "id": id "x001" is already used in row 2',
    sv: 'people.csv, rad 4, kolumn ”id”: id ”x001” används redan på rad 2',
  },
  {
    name: 'missing required columns',
    files: () => [peopleCsv([{ anställd_från: null, födelseår: null }])],
    errors: [{ file: 'people.csv', row: null, column: null, code: 'missing-columns' }],
    en: 'people.csv: required column(s) missing: employment_periods, birth_year',
    sv: 'people.csv: obligatoriska kolumner saknas: employment_periods, birth_year',
  },
  {
    name: 'wrong types, every one at once',
    files: () => [
      peopleCsv([
        { sysselsättningsgrad: 'abc' },
        { säkerhetsprövad: 'kanske', anställd_från: '2012-13-01' },
        { födelseår: '1979,5', 'service-desk': '7' },
      ]),
    ],
    errors: [
      { file: 'people.csv', row: 2, column: 'sysselsättningsgrad', code: 'not-a-number' },
      { file: 'people.csv', row: 3, column: 'anställd_från', code: 'not-periods' },
      { file: 'people.csv', row: 3, column: 'säkerhetsprövad', code: 'not-a-boolean' },
      { file: 'people.csv', row: 4, column: 'födelseår', code: 'not-an-integer' },
      { file: 'people.csv', row: 4, column: 'service-desk', code: 'too-big' },
    ],
    en: 'people.csv, row 2, column "sysselsättningsgrad": "abc" is not a number (write e.g. 0,8 or 0.8)',
    sv: 'people.csv, rad 2, kolumn ”sysselsättningsgrad”: ”abc” är inte ett tal (skriv t.ex. 0,8 eller 0.8)',
  },
  {
    name: 'employment periods that overlap, end before they start or start after the reference date (LAS 3 §)',
    files: () => [
      peopleCsv([
        { anställd_från: '2000-01-01/2005-12-31|2005-01-01/' },
        { anställd_från: '2010-05-01/2009-01-01|2012-01-01/' },
        { anställd_från: '2031-01-01' },
      ]),
    ],
    errors: [
      { file: 'people.csv', row: 2, column: 'anställd_från', code: 'periods-overlap' },
      { file: 'people.csv', row: 3, column: 'anställd_från', code: 'period-end-before-start' },
      { file: 'people.csv', row: 4, column: 'anställd_från', code: 'date-after-reference' },
    ],
    en: 'people.csv, row 2, column "anställd_från": the period starting 2005-01-01 overlaps period 1',
    sv: 'people.csv, rad 2, kolumn ”anställd_från”: perioden som börjar 2005-01-01 överlappar period 1',
  },
  {
    name: 'an id that is not a slug and an empty required cell',
    files: () => [peopleCsv([{ id: 'P 001' }, { titel: '  ' }])],
    errors: [
      { file: 'people.csv', row: 2, column: 'id', code: 'invalid-format' },
      { file: 'people.csv', row: 3, column: 'titel', code: 'required' },
    ],
    en: 'people.csv, row 2, column "id": is not a valid id (lowercase letters a–z, digits and hyphens) ("P 001")',
    sv: 'people.csv, rad 2, kolumn ”id”: är inte ett giltigt id (små bokstäver a–z, siffror och bindestreck) (”P 001”)',
  },
  {
    name: 'coordinates outside the region',
    files: () => [peopleCsv([{ hem_lat: '59,3293', hem_lon: '18,0686' }, { hem_lon: '18,0686' }])],
    errors: [
      { file: 'people.csv', row: 2, column: 'hem_lat', code: 'outside-region' },
      { file: 'people.csv', row: 3, column: 'hem_lon', code: 'outside-region' },
    ],
    en: 'people.csv, row 2, column "hem_lat": coordinate 59.3293, 18.0686 lies outside the region GGVV med pendlingsomland (Gislaved, Gnosjö, Vaggeryd, Värnamo, Hylte, Jönköping)',
    sv: 'people.csv, rad 2, kolumn ”hem_lat”: koordinaten 59,3293 N, 18,0686 Ö ligger utanför regionen GGVV med pendlingsomland (Gislaved, Gnosjö, Vaggeryd, Värnamo, Hylte, Jönköping)',
  },
  {
    name: 'unknown references',
    files: () => [peopleCsv([{ arbetsgivare: 'stockholm' }, { arbetsplats: 'nowhere', funktion: 'catering' }])],
    errors: [
      { file: 'people.csv', row: 2, column: 'arbetsgivare', code: 'unknown-reference' },
      { file: 'people.csv', row: 3, column: 'arbetsplats', code: 'unknown-reference' },
      { file: 'people.csv', row: 3, column: 'funktion', code: 'unknown-reference' },
    ],
    en: 'people.csv, row 2, column "arbetsgivare": names an unknown municipality "stockholm"',
    sv: 'people.csv, rad 2, kolumn ”arbetsgivare”: anger en okänd kommun ”stockholm”',
  },
  {
    name: 'a competence column that names no competence',
    files: () => [peopleCsv([{ komp_alchemy: '2' }])],
    errors: [{ file: 'people.csv', row: null, column: 'komp_alchemy', code: 'unknown-competence-column' }],
    en: 'people.csv, column "komp_alchemy": "alchemy" is not a competence of the dataset',
    sv: 'people.csv, kolumn ”komp_alchemy”: ”alchemy” är ingen kompetens i datamängden',
  },
  {
    name: 'bad position cells',
    files: () => [
      csvFile('positions.csv', [
        'id;enhet;funktion;titel;rapporterar_till;placering;dagar_på_plats;kräver_säkerhetsprövning;chef;leadership',
        'boss;management;head-office;VD;;function-site;5;ja;ja;4:3',
        'pos-a;management;head-office;Stöd;nobody;function-site;3;nej;nej;',
        'pos-b;management;head-office;Stöd;boss;somewhere;3;nej;nej;3:x',
        'pos-c;management;head-office;Stöd;boss;local:narnia;8;nej;nej;5',
      ]),
    ],
    errors: [
      { file: 'positions.csv', row: 3, column: 'rapporterar_till', code: 'unknown-reference' },
      { file: 'positions.csv', row: 4, column: 'placering', code: 'not-a-location' },
      { file: 'positions.csv', row: 4, column: 'leadership', code: 'not-a-requirement' },
      { file: 'positions.csv', row: 5, column: 'dagar_på_plats', code: 'too-big' },
      { file: 'positions.csv', row: 5, column: 'leadership', code: 'too-big' },
    ],
    en: 'positions.csv, row 3, column "rapporterar_till": names an unknown position "nobody"',
    sv: 'positions.csv, rad 3, kolumn ”rapporterar_till”: anger en okänd befattning ”nobody”',
  },
  {
    name: 'a sites file that drops a site people work at today',
    // Generated from data/: every site but Gnosjö's town hall, where p020 works and two presets place service.
    files: () => [
      {
        name: 'sites.csv',
        bytes: utf8(
          exportCollectionCsv(
            'sites',
            current.sites.filter((s) => s.id !== 'gnosjo-kommunhus'),
            current.competences,
            'sv',
          ),
        ),
      },
    ],
    errors: [
      { file: 'sites.csv', row: null, column: null, code: 'reference-lost' },
      { file: 'sites.csv', row: null, column: null, code: 'reference-lost' },
    ],
    en: 'sites.csv: site "gnosjo-kommunhus" is not in this file, but person p020 refer(s) to it',
    sv: 'sites.csv: arbetsplats ”gnosjo-kommunhus” finns inte i filen, men person p020 hänvisar till den',
  },
  {
    name: 'a quoted cell that is never closed',
    files: () => [
      csvFile('people.csv', [
        Object.keys(personCells()).join(';'),
        `${Object.values(personCells()).join(';').replace('Åsa', '"Åsa')}`,
      ]),
    ],
    errors: [{ file: 'people.csv', row: 2, column: null, code: 'csv-syntax' }],
    en: 'people.csv, row 2: a quoted cell is not closed (Quoted field unterminated)',
    sv: 'people.csv, rad 2: en cell inom citattecken avslutas inte (Quoted field unterminated)',
  },
  {
    name: 'a file whose kind cannot be told',
    files: () => [csvFile('export.csv', ['a;b;c', '1;2;3'])],
    errors: [{ file: 'export.csv', row: null, column: null, code: 'file-unknown-entity' }],
    en: 'export.csv: cannot tell whether the file holds people, positions, sites or competences; name it people.csv, positions.csv, sites.csv or competences.csv',
    sv: 'export.csv: det går inte att se om filen innehåller personer, befattningar, arbetsplatser eller kompetenser; döp den till people.csv, positions.csv, sites.csv eller competences.csv',
  },
  {
    name: 'two files of people',
    files: () => [peopleCsv([{}], 'people.csv'), peopleCsv([{}], 'personer.csv')],
    errors: [{ file: 'personer.csv', row: null, column: null, code: 'file-duplicate-entity' }],
    en: 'personer.csv: holds people, as does people.csv; give one file per kind',
    sv: 'personer.csv: innehåller personer, liksom people.csv; ge en fil per slag',
  },
  {
    name: 'invalid JSON',
    files: () => [{ name: 'people.json', bytes: utf8('{ "people": [ { "id": "p1", } ] }') }],
    errors: [{ file: 'people.json', row: null, column: null, code: 'invalid-json' }],
    en: 'people.json: not valid JSON',
    sv: 'people.json: inte giltig JSON',
  },
  {
    name: 'a JSON item with a wrong type, named by item and field',
    files: () => [
      {
        name: 'people.json',
        bytes: utf8(JSON.stringify({ people: [{ ...current.people[0], employmentRate: '0,8' }] })),
      },
    ],
    errors: [{ file: 'people.json', row: 1, column: 'employmentRate', code: 'invalid-type' }],
    en: 'people.json, item 1, field employmentRate: must be number, not string',
    sv: 'people.json, post 1, fält employmentRate: måste vara number, inte string',
  },
];

describe('importCollections: bad input', () => {
  it.each(badCases)('reports $name with file, row, column and reason', ({ files, errors, en, sv }) => {
    const result = importCollections(files(), current, 'en');
    expect(result.ok).toBe(false);
    const found = errorsOf(result);
    expect(found.map(({ file, row, column, code }) => ({ file, row, column, code }))).toEqual(errors);
    expect(formatImportProblem(found[0]!, 'en').startsWith(en)).toBe(true);
    expect(formatImportProblem(found[0]!, 'sv').startsWith(sv)).toBe(true);
  });

  it('names missing columns in the language asked for', () => {
    const result = importCollections([peopleCsv([{ anställd_från: null, födelseår: null }])], current, 'sv');
    expect(formatImportProblem(errorsOf(result)[0]!, 'sv')).toBe(
      'people.csv: obligatoriska kolumner saknas: anställningsperioder, födelseår',
    );
  });

  it('warns about unknown columns, listing them, and still imports', () => {
    const result = importCollections([peopleCsv([{ skostorlek: '42', 'Favorite colour': 'blå' }])], current, 'en');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const unknown = result.warnings.filter((w) => w.code === 'unknown-columns');
    expect(unknown).toEqual([
      {
        file: 'people.csv',
        row: null,
        column: null,
        code: 'unknown-columns',
        params: { columns: 'skostorlek, Favorite colour' },
        severity: 'warning',
      },
    ]);
    expect(formatImportProblem(unknown[0]!, 'en')).toBe(
      'warning: people.csv: unknown column(s), ignored: skostorlek, Favorite colour',
    );
  });

  it('gives other head counts than the pre-study as warnings, not errors', () => {
    const result = importCollections([peopleCsv([{}, {}])], current, 'en');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const differ = result.warnings.filter((w) => w.code === 'it-staff-differ');
    // Named as users know them, not by their ids.
    expect(differ.map((w) => w.params.id).sort()).toEqual(['Gislaved', 'Gnosjö', 'Vaggeryd', 'Värnamo']);
    expect(differ.every((w) => w.severity === 'warning' && w.file === 'people.csv')).toBe(true);
    expect(result.summary.counts.people).toEqual({ imported: 2, current: 72 });
  });

  it('does not report references to rows that failed their own checks twice', () => {
    const positions = csvFile('positions.csv', [
      'id;enhet;funktion;titel;rapporterar_till;placering;dagar_på_plats;kräver_säkerhetsprövning;chef',
      'boss;management;head-office;VD;;function-site;abc;ja;ja',
      'pos-a;management;head-office;Stöd;boss;function-site;3;nej;nej',
    ]);
    const errors = errorsOf(importCollections([positions], current, 'en'));
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, 'dagar_på_plats', 'not-a-number']]);
  });

  it('leaves the current dataset untouched', () => {
    const before = JSON.stringify(current);
    importCollections([peopleCsv([{}, { arbetsgivare: 'stockholm' }])], current, 'en');
    importCollections([peopleCsv([{}])], current, 'en');
    expect(JSON.stringify(current)).toBe(before);
  });
});

describe('importCollections: spreadsheet exports', () => {
  const expectedPeople = [
    {
      id: 'x001',
      name: 'Åsa Öberg',
      municipalityId: 'varnamo',
      siteId: 'varnamo-stadshus',
      functionId: 'service-desk',
      title: 'IT-tekniker – klient',
      home: { lat: 57.1853, lon: 14.0402 },
      competences: { network: 1, 'service-desk': 3, leadership: 0 },
      employmentRate: 0.8,
      employmentPeriods: [{ start: '2012-03-01' }],
      birthYear: 1979,
      agreementArea: 'tjansteman',
      securityClearance: false,
      managerEligible: false,
      salary: 38500,
      onSiteDaysToday: 4,
    },
    {
      id: 'x002',
      name: 'Björn Ärlig',
      municipalityId: 'gislaved',
      siteId: 'gislaved-kommunhus',
      functionId: 'infrastructure',
      title: 'Nätverkstekniker',
      home: { lat: 57.3049, lon: 13.542 },
      competences: { network: 4, 'service-desk': 1 },
      employmentRate: 1,
      employmentPeriods: [{ start: '2005-08-15' }],
      birthYear: 1970,
      agreementArea: 'tjansteman',
      securityClearance: true,
      managerEligible: false,
      onSiteDaysToday: 5,
    },
    {
      id: 'x003',
      name: 'Göran Ström',
      municipalityId: 'gnosjo',
      siteId: 'gnosjo-kommunhus',
      functionId: 'head-office',
      title: 'IT-chef',
      home: { lat: 57.359, lon: 13.74 },
      competences: { network: 2, leadership: 4 },
      employmentRate: 1,
      employmentPeriods: [{ start: '1999-01-10' }],
      birthYear: 1962,
      agreementArea: 'tjansteman',
      securityClearance: true,
      managerEligible: true,
      salary: 52000,
      onSiteDaysToday: 3,
    },
  ];

  it('reads a Swedish Excel CSV: semicolons, decimal comma, BOM, å ä ö, percentages, SANT, an empty row', () => {
    const result = importCollections([fixture('people-sv-excel.csv')], current, 'sv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.people).toEqual(expectedPeople);
    expect(result.summary.files).toEqual([
      { file: 'people-sv-excel.csv', entity: 'people', format: 'csv', encoding: 'utf-8', rows: 3 },
    ]);
    expect(result.dataset.positions).toEqual(current.positions); // the rest of the dataset stays
    expect(result.dataset.sites).toEqual(current.sites);
  });

  it('reads the same file saved as Windows-1252 (no BOM, bytes that are not UTF-8)', () => {
    const result = importCollections([fixture('people-windows-1252.csv')], current, 'sv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary.files[0]?.encoding).toBe('windows-1252');
    expect(result.dataset.people).toEqual(expectedPeople);
  });

  it('reads an English CSV: commas, decimal point, quoted cells, prefixed and plain competence columns', () => {
    const result = importCollections([fixture('positions-en.csv')], current, 'en');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.positions).toEqual([
      {
        id: 'ceo',
        unitId: 'management',
        functionId: 'head-office',
        title: { sv: 'VD', en: 'Chief executive officer' },
        reportsTo: null,
        requirements: [{ competenceId: 'leadership', minLevel: 4, weight: 3 }],
        location: { rule: 'function-site' },
        onSiteDays: 4.5,
        clearanceRequired: true,
        manager: true,
      },
      {
        id: 'tech-1',
        unitId: 'service-desk-support',
        functionId: 'field-service',
        title: { sv: 'Tekniker, fält', en: 'Field technician' },
        reportsTo: 'ceo',
        requirements: [
          { competenceId: 'network', minLevel: 2, weight: 1.5 },
          { competenceId: 'service-desk', minLevel: 3, weight: 1 },
        ],
        location: { rule: 'local', municipalityId: 'varnamo' },
        onSiteDays: 5,
        clearanceRequired: false,
        manager: false,
      },
    ]);
    expect(result.warnings.map((w) => w.code).sort()).toEqual(['managers-differ', 'positions-differ']);
  });

  it('reads UTF-16 with BOM and tabs (Excel "Unicode text")', () => {
    const text = `${Object.keys(personCells()).join('\t')}\r\n${Object.values(personCells()).join('\t')}\r\n`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const result = importCollections([{ name: 'personer.txt', bytes }], current, 'sv');
    expect(result.ok && result.dataset.people[0]?.name).toBe('Åsa Öberg');
  });

  it('tells the collection by file name, by headers, or by the JSON key', () => {
    const byHeaders = importCollections([peopleCsv([{}], 'export-2026.csv')], current, 'en');
    expect(byHeaders.ok && byHeaders.summary.files[0]?.entity).toBe('people');
    const json = { name: 'anything.json', bytes: utf8(JSON.stringify({ sites: current.sites })) };
    const byKey = importCollections([json], current, 'en');
    expect(byKey.ok && byKey.dataset.sites).toEqual(current.sites);
  });

  it('imports 10 000 people', () => {
    const rows = Array.from({ length: 10_000 }, () => ({}));
    const result = importCollections([peopleCsv(rows)], current, 'en');
    expect(result.ok && result.dataset.people.length).toBe(10_000);
  });
});

describe('importCollections progress', () => {
  it('reports rising fractions while it reads the rows, ending at 1', async () => {
    const dataset = await defaultDataset();
    const header =
      'id;arbetsgivare;arbetsplats;funktion;titel;hem_lat;hem_lon;sysselsättningsgrad;anställd_från;födelseår;avtalsområde;säkerhetsprövad;chefsbehörig;dagar_på_plats';
    const person = dataset.people[0]!;
    const rows = Array.from(
      { length: 2_000 },
      (_, i) =>
        `q${String(i).padStart(4, '0')};${person.municipalityId};${person.siteId};${person.functionId};Tekniker;57,2;14,0;1;2010-01-01;1980;tjansteman;nej;nej;4`,
    );
    const bytes = new TextEncoder().encode([header, ...rows].join('\n'));
    const seen: number[] = [];
    importCollections([{ name: 'people.csv', bytes }], dataset, 'sv', (fraction) => seen.push(fraction));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen[seen.length - 1]).toBe(1);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThanOrEqual(seen[k - 1]!);
    expect(seen.every((f) => f >= 0 && f <= 1)).toBe(true);
  });
});
