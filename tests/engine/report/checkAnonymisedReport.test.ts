import { describe, expect, it } from 'vitest';
import { buildAnonymisedReport, checkAnonymisedReport, personalTokens } from '../../../src/engine/report';
import type { AnonymisedReport } from '../../../src/schema/anonymisedReport';
import { evaluatedDefaultData } from './reportFixture';

async function builtReport(): Promise<{ report: AnonymisedReport; tokens: string[] }> {
  const { dataset, scenarios } = await evaluatedDefaultData();
  return { report: buildAnonymisedReport(dataset, scenarios), tokens: personalTokens(dataset) };
}

const copy = (report: AnonymisedReport): AnonymisedReport => JSON.parse(JSON.stringify(report)) as AnonymisedReport;
const codes = (result: { problems: readonly { code: string }[] }): string[] => [...new Set(result.problems.map((p) => p.code))].sort();

describe('checkAnonymisedReport', () => {
  it('accepts the built report, as an object and as JSON text', async () => {
    const { report, tokens } = await builtReport();
    expect(checkAnonymisedReport(report, { personalTokens: tokens }).ok).toBe(true);
    const fromText = checkAnonymisedReport(JSON.stringify(report));
    expect(fromText.problems).toEqual([]);
    expect(fromText.report?.parameters.k).toBe(5);
  });

  it('rejects a planted person id: by the dataset’s ids, and by the id pattern without them', async () => {
    const { report, tokens } = await builtReport();
    const planted = copy(report);
    planted.parameters.scenarios[1]!.name = 'Centraliserad (utan p017)';
    const withTokens = checkAnonymisedReport(planted, { personalTokens: tokens });
    expect(withTokens.ok).toBe(false);
    expect(withTokens.problems).toContainEqual(expect.objectContaining({ code: 'personal-token', path: '$.parameters.scenarios[1].name' }));
    const withoutTokens = checkAnonymisedReport(planted);
    expect(withoutTokens.problems).toContainEqual(expect.objectContaining({ code: 'person-id', path: '$.parameters.scenarios[1].name' }));
  });

  it('rejects a planted home coordinate, as a number and as a lat/lon object outside the home areas', async () => {
    const { dataset } = await evaluatedDefaultData();
    const { report, tokens } = await builtReport();
    const home = dataset.people[7]!.home;
    const planted = copy(report);
    planted.coverage[0]!.responseMinutes = home.lat;
    const result = checkAnonymisedReport(planted, { personalTokens: tokens });
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'personal-token', path: '$.coverage[0].responseMinutes' }));
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'coordinate', path: '$.coverage[0].responseMinutes' }));
    // Without the dataset, the precision alone gives it away.
    expect(codes(checkAnonymisedReport(planted))).toEqual(['coordinate']);
    const asObject = JSON.parse(JSON.stringify(report)) as { labels: Record<string, unknown> };
    asObject.labels['varnamo'] = { sv: 'Värnamo', en: 'Värnamo', home: { lat: home.lat, lon: home.lon } };
    const objectResult = checkAnonymisedReport(asObject);
    expect(objectResult.ok).toBe(false);
    expect(codes(objectResult)).toEqual(expect.arrayContaining(['coordinate', 'schema']));
  });

  it('rejects a published cell of 2, naming its path', async () => {
    const { report } = await builtReport();
    const planted = copy(report);
    const t = planted.tables.findIndex((table) => table.cells.some((row) => row.includes(null)));
    const r = planted.tables[t]!.cells.findIndex((row) => row.includes(null));
    const c = planted.tables[t]!.cells[r]!.indexOf(null);
    planted.tables[t]!.cells[r]![c] = 2;
    const result = checkAnonymisedReport(planted);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({
      path: `$.tables[${t}].cells[${r}][${c}]`,
      code: 'cell-below-k',
      params: { tableId: planted.tables[t]!.id, count: 2, k: 5 },
    });
  });

  it('rejects a hidden cell that can be worked out from its row', () => {
    const report: AnonymisedReport = {
      format: 'ggvv-anonymised-report',
      schemaVersion: 1,
      parameters: {
        k: 5,
        datasetName: 'Test',
        scenarios: [{ id: 's', name: 'S', kind: 'target' }],
        commuteChangeBands: [{ id: 'all', min: null, max: null, minInclusive: false, maxInclusive: false }],
        leaveProbabilityBands: [{ id: 'all', min: null, max: null, minInclusive: false, maxInclusive: false }],
        ageBands: ['all'],
      },
      labels: {},
      tables: [
        {
          id: 's.commuteByOrigin',
          topic: 'commuteByOrigin',
          scenarioId: 's',
          rowIds: ['a', 'b'],
          columnIds: ['x', 'y'],
          cells: [[null, 6], [7, 8]],
          rowTotals: [9, 15],
          columnTotals: [10, 14],
          grandTotal: 24,
        },
      ],
      links: [],
      homeAreas: [],
      coverage: [],
      competences: [],
    };
    const result = checkAnonymisedReport(report);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code: 'recoverable-cell', params: expect.objectContaining({ tableId: 's.commuteByOrigin', row: 'a', column: 'x', value: 3 }) }),
    );
  });

  it('rejects dates, unknown fields, a lower k than required and broken JSON', async () => {
    const { report } = await builtReport();
    const dated = copy(report);
    dated.parameters.datasetName = 'GGVV 2027-07-01';
    expect(codes(checkAnonymisedReport(dated))).toEqual(['date']);
    const extra = { ...copy(report), createdAt: 'today' };
    expect(codes(checkAnonymisedReport(extra))).toEqual(['schema']);
    expect(checkAnonymisedReport(report, { k: 7 }).problems).toContainEqual(
      expect.objectContaining({ code: 'k-below-required', params: { k: 5, required: 7 } }),
    );
    expect(codes(checkAnonymisedReport('{"format": '))).toEqual(['invalid-json']);
  });

  it('rejects a home area whose count is not in the homes table', async () => {
    const { report } = await builtReport();
    const planted = copy(report);
    planted.homeAreas[0]!.rowId = 'area-99';
    expect(codes(checkAnonymisedReport(planted))).toEqual(['home-area-unknown']);
  });
});
