import { beforeAll, describe, expect, it } from 'vitest';
import { formatImportProblem } from '../../src/i18n/importExport';
import { normalisePostcode } from '../../src/io/csv/homeForms';
import { importCollections, type ImportFile } from '../../src/io/csv/importCollections';
import type { Dataset } from '../../src/schema/dataset';
import { defaultDataset } from '../helpers/defaultData';

const utf8 = (text: string) => new TextEncoder().encode(text);
const csvFile = (name: string, lines: string[]): ImportFile => ({
  name,
  bytes: utf8(`\uFEFF${lines.join('\r\n')}\r\n`),
});

let current: Dataset;
beforeAll(async () => {
  current = await defaultDataset();
});

const HEADER =
  'id;arbetsgivare;arbetsplats;funktion;titel;hem_lat;hem_lon;hem_postnummer;hem_ort;sysselsättningsgrad;anställd_från;födelseår;avtalsområde;säkerhetsprövad;chefsbehörig;dagar_på_plats';
const row = (id: string, home: { lat?: string; lon?: string; postcode?: string; locality?: string }) =>
  [
    id,
    'varnamo',
    'varnamo-stadshus',
    'service-desk',
    'IT-tekniker',
    home.lat ?? '',
    home.lon ?? '',
    home.postcode ?? '',
    home.locality ?? '',
    '1',
    '2012-03-01',
    '1979',
    'tjansteman',
    'nej',
    'nej',
    '4',
  ].join(';');

describe('homes given as coordinates, a postcode or a locality', () => {
  it('imports all three forms in one file, placing postcode and locality homes at their points', () => {
    const people = csvFile('people.csv', [
      HEADER,
      row('h001', { lat: '57,1853', lon: '14,0402' }),
      row('h002', { postcode: '335 30' }),
      row('h003', { locality: 'smålandsstenar' }),
      row('h004', { postcode: '99999', locality: 'Gnosjö' }),
    ]);
    const postcodes = csvFile('postnummer.csv', [
      'postnummer;lat;lon',
      '335 30;57,1830;13,7560',
      '331 30;57,1860;14,0410',
    ]);
    const result = importCollections([people, postcodes], current, 'sv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byId = new Map(result.dataset.people.map((p) => [p.id, p]));
    const locality = (name: string) => current.localities.find((l) => l.name === name)!;
    expect(byId.get('h001')).toMatchObject({ home: { lat: 57.1853, lon: 14.0402 } });
    expect(byId.get('h001')!.homePlacedBy).toBeUndefined();
    expect(byId.get('h002')).toMatchObject({ home: { lat: 57.183, lon: 13.756 }, homePlacedBy: 'postcode' });
    expect(byId.get('h003')).toMatchObject({
      home: { lat: locality('Smålandsstenar').lat, lon: locality('Smålandsstenar').lon },
      homePlacedBy: 'locality',
    });
    // A postcode the table lacks falls back to the locality given beside it.
    expect(byId.get('h004')).toMatchObject({
      home: { lat: locality('Gnosjö').lat, lon: locality('Gnosjö').lon },
      homePlacedBy: 'locality',
    });
    const approximate = result.warnings.find((w) => w.code === 'homes-approximate')!;
    expect(approximate.params).toEqual({ postcode: 1, locality: 2 });
    expect(formatImportProblem(approximate, 'sv')).toBe(
      'varning: people.csv: hem placerade utan koordinater: 1 i sitt postnummer, 2 i sin ort; deras restider är ungefärliga',
    );
    // The postcode table is not a collection: the dataset's other collections are untouched.
    expect(result.summary.files.map((f) => f.entity)).toEqual(['people']);
  });

  it('refuses a postcode without a postcode table, an unknown postcode and an unknown locality, at their rows and columns', () => {
    const people = csvFile('people.csv', [
      HEADER,
      row('h001', { postcode: '335 30' }),
      row('h002', { locality: 'Atlantis' }),
    ]);
    const withoutTable = importCollections([people], current, 'en');
    expect(withoutTable.ok).toBe(false);
    if (withoutTable.ok) return;
    const errors = withoutTable.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'hem_postnummer', 'postcode-without-table'],
      [3, 'hem_ort', 'unknown-locality'],
    ]);
    expect(formatImportProblem(errors[0]!, 'en')).toMatch(
      /^people\.csv, row 2, column "hem_postnummer": postcode 335 30 cannot be placed without a postcode table/,
    );
    expect(formatImportProblem(errors[1]!, 'sv')).toMatch(
      /^people\.csv, rad 3, kolumn ”hem_ort”: ”Atlantis” är ingen ort i datamängden; kända orter: Värnamo, /,
    );

    const table = csvFile('postcodes.csv', ['postcode,lat,lon', '331 30,57.186,14.041']);
    const unknown = importCollections(
      [csvFile('people.csv', [HEADER, row('h001', { postcode: '335 30' })]), table],
      current,
      'en',
    );
    expect(!unknown.ok && unknown.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual([
      'unknown-postcode',
    ]);
  });

  it('names a row with no home at all, and a people file with no home columns', () => {
    const noHome = importCollections([csvFile('people.csv', [HEADER, row('h001', {})])], current, 'sv');
    expect(!noHome.ok && noHome.problems.map((p) => formatImportProblem(p, 'sv'))).toEqual([
      'people.csv, rad 2: hem saknas: fyll i koordinater (hem_lat och hem_lon), postnummer (hem_postnummer) eller ort (hem_ort)',
    ]);
    const header = HEADER.replace('hem_lat;hem_lon;hem_postnummer;hem_ort;', '');
    const line = row('h001', {}).replace(';;;;;', ';');
    const noColumns = importCollections([csvFile('people.csv', [header, line])], current, 'en');
    expect(!noColumns.ok && noColumns.problems.map((p) => p.code)).toEqual(['home-columns-missing']);
  });

  it('reports a bad postcode table row with its row and column', () => {
    const table = csvFile('postnummer.csv', ['postnummer;lat;lon', 'abc;57,1;14,0', '335 30;;13,7']);
    const result = importCollections(
      [csvFile('people.csv', [HEADER, row('h001', { locality: 'Värnamo' })]), table],
      current,
      'sv',
    );
    expect(
      !result.ok && result.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.row, p.column, p.code]),
    ).toEqual([
      ['postnummer.csv', 2, 'postnummer', 'not-a-postcode'],
      ['postnummer.csv', 3, 'lat', 'required'],
    ]);
  });

  it('takes the same forms in JSON (homeLocality, homePostcode)', () => {
    const person = {
      id: 'h001',
      municipalityId: 'varnamo',
      siteId: 'varnamo-stadshus',
      functionId: 'service-desk',
      title: 'IT',
      competences: {},
      employmentRate: 1,
      employmentStart: '2012-03-01',
      birthYear: 1979,
      agreementArea: 'tjansteman',
      securityClearance: false,
      managerEligible: false,
      onSiteDaysToday: 4,
    };
    const file: ImportFile = {
      name: 'people.json',
      bytes: utf8(JSON.stringify({ people: [{ ...person, homeLocality: 'Bor' }] })),
    };
    const result = importCollections([file], current, 'en');
    expect(result.ok && result.dataset.people[0]).toMatchObject({
      homePlacedBy: 'locality',
      home: { lat: current.localities.find((l) => l.id === 'bor')!.lat },
    });
  });

  it('compares postcodes without spaces or a country prefix', () => {
    expect(['335 30', '33530', 'SE-335 30', ' 335-30 '].map(normalisePostcode)).toEqual([
      '33530',
      '33530',
      '33530',
      '33530',
    ]);
  });
});
