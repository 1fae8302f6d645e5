import { describe, expect, it } from 'vitest';
import { checkAnonymisedReport, personalBirthYears, personalTokens } from '../../../src/engine/report';
import type { AnonymisedReport } from '../../../src/schema/anonymisedReport';
import { builtReport, defaultAreas, evaluatedDefaultData } from './reportFixture';

async function fixture() {
  const { dataset, scenarios } = await evaluatedDefaultData();
  const report = builtReport(dataset, scenarios).report;
  const options = {
    personalTokens: personalTokens(dataset),
    birthYears: personalBirthYears(dataset),
    areas: defaultAreas(),
  };
  return { dataset, report, options };
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const codes = (result: { problems: readonly { code: string }[] }): string[] =>
  [...new Set(result.problems.map((p) => p.code))].sort();
type Loose = Record<string, unknown> & {
  labels: Record<string, unknown>;
  parameters: Record<string, unknown>;
  positionPlan: Record<string, unknown>[];
  homeAreas: Record<string, unknown>[];
};

describe('checkAnonymisedReport', () => {
  it('accepts the built report, as an object and as JSON text', async () => {
    const { report, options } = await fixture();
    expect(checkAnonymisedReport(report, options).problems).toEqual([]);
    const fromText = checkAnonymisedReport(JSON.stringify(report));
    expect(fromText.problems).toEqual([]);
    expect(fromText.report?.parameters.k).toBe(5);
  }, 30_000);

  describe('fails every doctored kind', () => {
    it('a coordinate with three decimals, as a number and as text', async () => {
      const { report, options } = await fixture();
      const asNumber = copy(report) as unknown as Loose;
      asNumber.positionPlan[0]!.positions = 57.183;
      expect(codes(checkAnonymisedReport(asNumber, options))).toContain('coordinate');
      const asText = copy(report);
      asText.parameters.scenarios[1]!.name = 'Centraliserad (57.183)';
      expect(codes(checkAnonymisedReport(asText, options))).toEqual(['coordinate']);
    });

    it('a pair of numbers that is a place in the region, even with two decimals', async () => {
      const { report, options } = await fixture();
      const pair = copy(report) as unknown as Loose;
      pair.labels['varnamo'] = { sv: 'Värnamo', en: 'Värnamo', at: [57.18, 14.04] };
      expect(codes(checkAnonymisedReport(pair, options))).toContain('coordinate');
      const text = copy(report);
      text.labels['varnamo'] = { sv: 'Värnamo 57,18 14,04', en: 'Värnamo' };
      expect(codes(checkAnonymisedReport(text, options))).toEqual(['coordinate']);
      // Whole numbers side by side are counts, not places.
      expect(checkAnonymisedReport(report, options).ok).toBe(true);
    });

    it('a polygon of about 20 m around a home', async () => {
      const { dataset, report, options } = await fixture();
      const { lat, lon } = dataset.people[3]!.home;
      const d = 0.0001;
      const doctored = copy(report) as unknown as Loose;
      doctored.homeAreas[0]!.polygon = [
        [lon - d, lat - d],
        [lon + d, lat - d],
        [lon + d, lat + d],
        [lon - d, lat + d],
        [lon - d, lat - d],
      ];
      const result = checkAnonymisedReport(doctored, options);
      expect(codes(result)).toEqual(expect.arrayContaining(['polygon', 'coordinate', 'schema']));
      // Rounded to two decimals it is still a drawn shape and a place.
      const rounded = copy(report) as unknown as Loose;
      rounded.homeAreas[0]!.polygon = [
        [14.05, 57.18],
        [14.06, 57.18],
        [14.06, 57.19],
        [14.05, 57.18],
      ];
      expect(codes(checkAnonymisedReport(rounded, options))).toEqual(expect.arrayContaining(['polygon']));
    });

    it('a polygon that is not exactly a published fixed area (one vertex moved), but not the area itself', async () => {
      const { report, options } = await fixture();
      const ring = defaultAreas().features.find((f) => f.properties.id === '0683')!.geometry
        .coordinates[0] as number[][];
      const moved = ring.map((p, i) => (i === 3 ? [p[0]! + 0.01, p[1]!] : p));
      const doctored = copy(report) as unknown as Loose;
      doctored.homeAreas.at(-1)!.boundary = moved;
      expect(codes(checkAnonymisedReport(doctored, options))).toContain('polygon');
      const exact = copy(report) as unknown as Loose;
      exact.homeAreas.at(-1)!.boundary = ring;
      // The public boundary itself is no drawn shape (the strict schema still refuses the extra field).
      expect(codes(checkAnonymisedReport(exact, options))).toEqual(['schema']);
    });

    it('a birth year: in words, and (with the dataset) as a number of a person', async () => {
      const { dataset, report, options } = await fixture();
      const words = copy(report);
      words.parameters.scenarios[1]!.name = 'Centraliserad, född 1971';
      expect(codes(checkAnonymisedReport(words, options))).toEqual(['birth-year']);
      const asNumber = copy(report);
      asNumber.positionPlan[0]!.positions = dataset.people[0]!.birthYear;
      expect(codes(checkAnonymisedReport(asNumber, options))).toContain('birth-year');
      const asKey = copy(report) as unknown as Loose;
      asKey.labels['gnosjo'] = { sv: 'Gnosjö', en: 'Gnosjö', birthYear: 1980 };
      expect(codes(checkAnonymisedReport(asKey, options))).toContain('birth-year');
    });

    it('an age per person', async () => {
      const { report, options } = await fixture();
      const words = copy(report);
      words.labels['gnosjo'] = { sv: 'Gnosjö (ålder 34)', en: 'Gnosjö' };
      expect(codes(checkAnonymisedReport(words, options))).toEqual(['age']);
      const text = copy(report);
      text.labels['gnosjo'] = { sv: 'Gnosjö', en: 'Gnosjö, 61 years old' };
      expect(codes(checkAnonymisedReport(text, options))).toEqual(['age']);
    });

    it('a current job title and a name from the dataset (with the dataset)', async () => {
      const { dataset, report, options } = await fixture();
      const titled = copy(report);
      titled.parameters.scenarios[1]!.name = `Centraliserad utan ${dataset.people[5]!.title.toLowerCase()}`;
      expect(codes(checkAnonymisedReport(titled, options))).toEqual(['personal-token']);
      const named = {
        ...dataset,
        people: dataset.people.map((p, i) => (i === 0 ? { ...p, name: 'Astrid Lindqvist' } : p)),
      };
      const withName = copy(report);
      withName.labels['varnamo'] = { sv: 'Värnamo (Lindqvist)', en: 'Värnamo' };
      expect(codes(checkAnonymisedReport(withName, { ...options, personalTokens: personalTokens(named) }))).toEqual([
        'personal-token',
      ]);
    });

    it('a person id: by the dataset’s ids, and by the id pattern without them', async () => {
      const { report, options } = await fixture();
      const planted = copy(report);
      planted.parameters.scenarios[1]!.name = 'Centraliserad (utan p017)';
      expect(checkAnonymisedReport(planted, options).problems).toContainEqual(
        expect.objectContaining({ code: 'personal-token', path: '$.parameters.scenarios[1].name' }),
      );
      expect(checkAnonymisedReport(planted).problems).toContainEqual(
        expect.objectContaining({ code: 'person-id', path: '$.parameters.scenarios[1].name' }),
      );
    });

    it('a published cell below k, naming its path', async () => {
      const { report } = await fixture();
      const planted = copy(report);
      const t = planted.tables.findIndex((table) => table.cells.some((row) => row.includes(null)));
      const r = planted.tables[t]!.cells.findIndex((row) => row.includes(null));
      const c = planted.tables[t]!.cells[r]!.indexOf(null);
      planted.tables[t]!.cells[r]![c] = 2;
      expect(checkAnonymisedReport(planted).problems).toContainEqual({
        path: `$.tables[${t}].cells[${r}][${c}]`,
        code: 'cell-below-k',
        params: { tableId: planted.tables[t]!.id, count: 2, k: 5 },
      });
    });

    it('a derivable small sum of hidden cells, and a bench pinned by the public position plan', () => {
      const base = (
        cells: (number | null)[][],
        rowTotals: (number | null)[],
        columnTotals: (number | null)[],
        plan?: number,
      ): AnonymisedReport => ({
        format: 'ggvv-anonymised-report',
        schemaVersion: 2,
        parameters: {
          k: 5,
          datasetName: 'Test',
          scenarios: [{ id: 's', name: 'S', kind: 'target' }],
          commuteChangeBands: [{ id: 'all', min: null, max: null, minInclusive: false, maxInclusive: false }],
          noticeMonthBands: [{ id: 'all', min: null, max: null, minInclusive: false, maxInclusive: false }],
          areaSource: 'test',
        },
        labels: {},
        tables: [
          {
            id: 's.statusByMunicipality',
            topic: 'statusByMunicipality',
            scenarioId: 's',
            rowIds: ['a', 'b'],
            columnIds: ['placed', 'bench'],
            cells,
            rowTotals,
            columnTotals,
            grandTotal: 40,
          },
        ],
        links: [],
        relations: [],
        homeAreas: [],
        positionPlan: plan === undefined ? [] : [{ scenarioId: 's', positions: plan, vacant: 0, toRecruit: 0 }],
        overall: [],
        coverage: [],
        competences: [],
      });
      // Row a: 9 people, 6 placed published: the hidden rest is 3.
      const sumExposed = checkAnonymisedReport(
        base(
          [
            [6, null],
            [null, null],
          ],
          [9, 31],
          [null, null],
        ),
      );
      expect(sumExposed.problems).toContainEqual(
        expect.objectContaining({
          code: 'recoverable-cell',
          params: expect.objectContaining({ tableId: 's.statusByMunicipality', row: 'a', min: 3, max: 3 }),
        }),
      );
      // Everything hidden but the total of 40 is safe…
      expect(
        checkAnonymisedReport(
          base(
            [
              [null, null],
              [null, null],
            ],
            [null, null],
            [null, null],
          ),
        ).ok,
      ).toBe(true);
      // …until the public position plan says 37 positions, all filled: the bench is 3.
      const planExposed = checkAnonymisedReport(
        base(
          [
            [null, null],
            [null, null],
          ],
          [null, null],
          [null, null],
          37,
        ),
      );
      expect(planExposed.problems).toContainEqual(
        expect.objectContaining({
          code: 'recoverable-cell',
          params: expect.objectContaining({ column: 'bench', min: 3, max: 3 }),
        }),
      );
    });
  });

  it('rejects dates, unknown fields, a lower k than required and broken JSON', async () => {
    const { report } = await fixture();
    const dated = copy(report);
    dated.parameters.datasetName = 'GGVV 2027-07-01';
    expect(codes(checkAnonymisedReport(dated))).toEqual(['date']);
    expect(codes(checkAnonymisedReport({ ...copy(report), createdAt: 'today' }))).toEqual(['schema']);
    expect(checkAnonymisedReport(report, { k: 7 }).problems).toContainEqual(
      expect.objectContaining({ code: 'k-below-required', params: { k: 5, required: 7 } }),
    );
    expect(codes(checkAnonymisedReport('{"format": '))).toEqual(['invalid-json']);
  });

  it('rejects a home area that is not a published fixed area or has no count', async () => {
    const { report, options } = await fixture();
    const planted = copy(report);
    planted.homeAreas[0]!.areaId = '9999';
    expect(codes(checkAnonymisedReport(planted, options))).toEqual(['home-area-unknown']);
  });
});
