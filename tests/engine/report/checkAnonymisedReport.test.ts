import { describe, expect, it } from 'vitest';
import { auditPublishedReport, homeAreas, protectRelations, suppressReport } from '../../../src/engine/anonymisation';
import { buildAnonymisedReport, checkAnonymisedReport, personalTokens, reportCountTables, topicLowerBounds } from '../../../src/engine/report';
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
      relations: [],
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

  it('sees through relations between tables that the margin audit alone misses', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const { report } = await builtReport();
    // The same tables suppressed by margins and links only, without the relation pass.
    const areas = homeAreas(dataset.people.map((p) => p.home), 5);
    const counted = reportCountTables(dataset, scenarios, areas.areas, dataset.people.length - areas.areas.reduce((s, a) => s + a.count, 0));
    const marginsOnly = suppressReport(counted.tables, { k: 5, links: counted.links }).report;
    expect(auditPublishedReport(marginsOnly).ok).toBe(true);
    const weaker = copy(report);
    weaker.tables = weaker.tables.map((table) => {
      const t = marginsOnly.tables.find((m) => m.id === table.id)!;
      return { ...table, cells: t.cells.map((row) => [...row]), rowTotals: [...t.rowTotals], columnTotals: [...t.columnTotals], grandTotal: t.grandTotal };
    });
    const result = checkAnonymisedReport(weaker);
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual(['recoverable-cell']);
    // e.g. a selection group whose size follows from its site's column in the placement table.
    expect(result.problems.some((p) => p.params.tableId === 'decentralised.selectionGroups' && Number(p.params.value) < 5)).toBe(true);
    expect(auditPublishedReport(marginsOnly, { relations: counted.relations }).ok).toBe(false);
    expect(auditPublishedReport(protectRelations(marginsOnly, counted.relations).report, { relations: counted.relations }).ok).toBe(true);
  });

  it('audits a hand-made relation exactly: a cell tied to a published figure of another table is exposed, then protected', () => {
    const a = { id: 'a', rowIds: ['r1', 'r2'], columnIds: ['c1', 'c2'], cells: [[null, null], [null, null]], rowTotals: [10, 10], columnTotals: [10, 10], grandTotal: 20 };
    const b = { id: 'b', rowIds: ['r1', 'r2'], columnIds: ['c1', 'c2'], cells: [[7, 6], [6, 7]], rowTotals: [13, 13], columnTotals: [13, 13], grandTotal: 26 };
    const published = { tables: [a, b], links: [] };
    const relation = { terms: [{ cell: { tableId: 'a', row: 'r1', column: 'c1' }, coefficient: 1 }, { cell: { tableId: 'b', row: 'r1', column: 'c1' }, coefficient: -1 }] };
    expect(auditPublishedReport(published).ok).toBe(true);
    const joint = auditPublishedReport(published, { relations: [relation] });
    // a[r1][c1] = 7 pins the whole 2 × 2 table a.
    expect(joint.exposed).toContainEqual({ tableId: 'a', row: 'r1', column: 'c1', min: 7, max: 7 });
    expect(joint.exposed).toContainEqual({ tableId: 'a', row: 'r2', column: 'c1', min: 3, max: 3 });
    const protectedReport = protectRelations(published, [relation]);
    expect(protectedReport.added).toBeGreaterThan(0);
    expect(auditPublishedReport(protectedReport.report, { relations: [relation] }).ok).toBe(true);
    expect(protectedReport.report.tables[1]!.cells[0]![0]).toBeNull();
  });

  it('knows that every home area holds at least k: a hidden area and "elsewhere" pinned by that bound are exposed, then protected', () => {
    // Areas of 5 and 3 (k = 3) and nobody elsewhere: 3 + 0 = 3 hidden. From the equations alone
    // the two hidden cells could be 0–3 each; knowing the area holds ≥ 3 pins both.
    const homes = {
      id: 'homes',
      rowIds: ['area-1', 'area-2', 'elsewhere'],
      columnIds: ['homes'],
      cells: [[5], [null], [null]],
      rowTotals: [5, null, null],
      columnTotals: [8],
      grandTotal: 8,
    };
    const published = { tables: [homes], links: [] };
    const bounds = topicLowerBounds([{ ...homes, topic: 'homeAreas', scenarioId: null }], 3);
    expect(bounds.map((b) => b.cell.row)).toEqual(['area-1', 'area-2']);
    expect(auditPublishedReport(published).ok).toBe(true);
    const joint = auditPublishedReport(published, { lowerBounds: bounds });
    expect(joint.exposed).toContainEqual({ tableId: 'homes', row: 'area-2', column: 'homes', min: 3, max: 3 });
    expect(joint.exposed).toContainEqual({ tableId: 'homes', row: 'elsewhere', column: 'homes', min: 0, max: 0 });
    const protectedReport = protectRelations(published, [], bounds);
    expect(auditPublishedReport(protectedReport.report, { lowerBounds: bounds }).ok).toBe(true);

    // The check derives the bound from the topic and k, whatever the file declares.
    const file: AnonymisedReport = {
      format: 'ggvv-anonymised-report',
      schemaVersion: 1,
      parameters: {
        k: 3,
        datasetName: 'Test',
        scenarios: [{ id: 's', name: 'S', kind: 'target' }],
        commuteChangeBands: [{ id: 'all', min: null, max: null, minInclusive: false, maxInclusive: false }],
        leaveProbabilityBands: [{ id: 'all', min: null, max: null, minInclusive: false, maxInclusive: false }],
        ageBands: ['all'],
      },
      labels: {},
      tables: [{ ...homes, topic: 'homeAreas', scenarioId: null }],
      links: [],
      relations: [],
      homeAreas: [],
      coverage: [],
      competences: [],
    };
    expect(checkAnonymisedReport(file).problems).toContainEqual(
      expect.objectContaining({ code: 'recoverable-cell', params: expect.objectContaining({ tableId: 'homes', row: 'elsewhere', value: 0 }) }),
    );
  });
});
