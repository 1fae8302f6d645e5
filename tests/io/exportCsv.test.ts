import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decisionLogCsv } from '../../src/io/csv/decisionLogCsv';
import { importCollections } from '../../src/io/csv/importCollections';
import { exportCollectionCsv } from '../../src/io/csv/exportCollectionCsv';
import { personImpactCsv, type PersonImpactRow } from '../../src/io/csv/personImpactCsv';
import { rowsCsv, type ExportColumn } from '../../src/io/csv/rowsCsv';
import type { DecisionLogEntry } from '../../src/schema/decisionLogEntry';
import { defaultDataset } from '../helpers/defaultData';

/** Reads a written CSV back the way a spreadsheet would split it. */
function cellsOf(csv: string, separator: ';' | ','): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { delimiter: separator, skipEmptyLines: true }).data;
}

interface Row {
  label: string;
  value: number | null;
}
const columns: ExportColumn<Row>[] = [
  { header: { sv: 'text', en: 'text' }, value: (r) => r.label },
  { header: { sv: 'tal', en: 'number' }, value: (r) => r.value },
];

describe('formula injection', () => {
  const dangerous = ['=HYPERLINK("http://x","y")', '+46 70 123', '-5', '@SUM(A1)', '\tTAB', '\rCR'];

  it.each(['sv', 'en'] as const)('escapes every text cell that would start a formula (%s)', (lang) => {
    const rows = dangerous.map((label) => ({ label, value: 1 }));
    const cells = cellsOf(rowsCsv(rows, columns, lang), lang === 'sv' ? ';' : ',');
    expect(cells.slice(1).map((r) => r[0])).toEqual(dangerous.map((d) => `'${d}`));
  });

  it('keeps numbers as numbers, negative ones included, in both notations', () => {
    const rows: Row[] = [
      { label: 'a', value: -12.5 },
      { label: 'b', value: -3 },
      { label: 'c', value: 0.25 },
      { label: 'd', value: null },
    ];
    expect(
      cellsOf(rowsCsv(rows, columns, 'sv'), ';')
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['-12,5', '-3', '0,25', '']);
    expect(
      cellsOf(rowsCsv(rows, columns, 'en'), ',')
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['-12.5', '-3', '0.25', '']);
  });

  it('leaves harmless text alone and quotes separators, quotes and line breaks', () => {
    const rows = [
      { label: 'Värnamo; "stadshus"\nplan 2', value: 1 },
      { label: 'a-b = c', value: 2 },
    ];
    const cells = cellsOf(rowsCsv(rows, columns, 'sv'), ';');
    expect(cells.slice(1).map((r) => r[0])).toEqual(['Värnamo; "stadshus"\nplan 2', 'a-b = c']);
  });

  it('takes the escape off again on import, so a round trip keeps the text', async () => {
    const current = await defaultDataset();
    const person = { ...current.people[0]!, name: '=cmd|/C calc', title: '-IT-chef' };
    const csv = exportCollectionCsv('people', [person, ...current.people.slice(1)], current.competences, 'sv');
    expect(csv).toContain(";'=cmd|/C calc;");
    const result = importCollections([{ name: 'people.csv', bytes: new TextEncoder().encode(csv) }], current, 'sv');
    expect(result.ok && result.dataset.people[0]).toEqual(person);
  });
});

describe('per-person impact and decision log', () => {
  const row: PersonImpactRow = {
    personId: 'p001',
    name: 'Åsa Öberg',
    employer: 'varnamo',
    titleToday: 'IT-tekniker',
    siteToday: 'varnamo-stadshus',
    positionId: 'pos-23',
    positionTitle: 'Servicetekniker',
    siteScenario: 'gislaved-kommunhus',
    fit: 0.8333,
    stage: 'proposed',
    todayMinutes: 12.34,
    scenarioMinutes: 4.2,
    deltaMinutes: -8.14,
    todayKm: 10,
    scenarioKm: 3,
    deltaKm: -7,
    weeklyKmToday: 80,
    weeklyKmScenario: 24,
    weeklyCostTodaySek: 200,
    weeklyCostScenarioSek: 60,
    addedOverThreshold: false,
    longCommute: false,
    leaveProbability: 0.051,
  };

  it('writes the impact table with Swedish headers, decimal comma, negative changes as numbers', () => {
    const [header, cells] = cellsOf(personImpactCsv([row], 'sv'), ';');
    const at = (name: string) => cells![header!.indexOf(name)];
    expect(at('förändring_minuter')).toBe('-8,1');
    expect(at('förändring_km')).toBe('-7');
    expect(at('matchning')).toBe('0,83');
    expect(at('lång_pendling')).toBe('nej');
    expect(at('namn')).toBe('Åsa Öberg');
    expect(at('urvalssteg')).toBe('föreslagen');
  });

  it('writes the decision log with time, role, action, person, position, site, detail, reason', () => {
    const entries: DecisionLogEntry[] = [
      {
        at: '2027-03-01T10:00:00+01:00',
        role: 'hr',
        action: 'lock',
        personId: 'p001',
        positionId: 'pos-23',
        reason: 'Agreed in the one-to-one',
      },
      {
        at: '2027-03-02T09:30:00+01:00',
        role: 'manager',
        action: 'stage',
        personId: 'p002',
        detail: 'slated',
        reason: '=1+1 is not a formula here',
      },
    ];
    const cells = cellsOf(decisionLogCsv(entries, 'en', { person: (id) => `Person ${id}` }), ',');
    expect(cells).toEqual([
      ['time', 'role', 'action', 'person', 'position', 'site', 'detail', 'reason'],
      [
        '2027-03-01T10:00:00+01:00',
        'HR',
        'locked to a position',
        'Person p001',
        'pos-23',
        '',
        '',
        'Agreed in the one-to-one',
      ],
      [
        '2027-03-02T09:30:00+01:00',
        'manager',
        'stage changed',
        'Person p002',
        '',
        '',
        'slated',
        "'=1+1 is not a formula here",
      ],
    ]);
    // Words, never the codes stored in the log, in either language.
    const swedish = cellsOf(
      decisionLogCsv(
        [
          ...entries,
          {
            at: '2027-03-03T09:00:00+01:00',
            role: 'hr',
            action: 'lock',
            personId: 'p003',
            positionId: 'pos-1',
            detail: 'assign',
            reason: 'x',
          },
        ],
        'sv',
      ),
      ';',
    );
    expect(swedish.slice(1).map((r) => [r[2], r[6]])).toEqual([
      ['låst till befattning', ''],
      ['urvalssteg ändrat', 'utsedd'],
      ['låst till befattning', 'tilldelad'],
    ]);
    expect(cellsOf(decisionLogCsv(entries, 'sv'), ';')[0]).toEqual([
      'tid',
      'roll',
      'åtgärd',
      'person',
      'befattning',
      'arbetsplats',
      'detalj',
      'motivering',
    ]);
  });
});
