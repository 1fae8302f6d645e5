import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditPublishedReport, homeAreas } from '../../../src/engine/anonymisation';
import { ageBand } from '../../../src/engine/ageBand';
import {
  buildAnonymisedReport,
  checkAnonymisedReport,
  personalTokens,
  publishedReportOf,
  reportCountTables,
  type ReportScenario,
} from '../../../src/engine/report';
import { anonymisedReportSchema, type AnonymisedReport } from '../../../src/schema/anonymisedReport';
import type { Dataset } from '../../../src/schema/dataset';
import { evaluatedDefaultData, jsonAtoms } from './reportFixture';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function publishedFigures(report: AnonymisedReport): number[] {
  return report.tables.flatMap((t) => [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.grandTotal]).filter((v): v is number => v !== null);
}

describe('buildAnonymisedReport on the default data', () => {
  it('counts every person once in each workforce table, and the new company in the others, before suppression', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const areas = homeAreas(dataset.people.map((p) => p.home), 5);
    const mapped = sum(areas.areas.map((a) => a.count));
    const { tables } = reportCountTables(dataset, scenarios, areas.areas, dataset.people.length - mapped);
    const n = dataset.people.length;
    for (const { scenario, evaluation } of scenarios.filter((s) => s.scenario.kind === 'target')) {
      const assignment = evaluation.assignment!;
      const company = n - assignment.declined.length - assignment.leaving.length;
      const of = (topic: string) => tables.find((t) => t.id === `${scenario.id}.${topic}`)!;
      for (const topic of ['commuteByOrigin', 'commuteByAge', 'retentionByOrigin']) expect(sum(of(topic).counts.flat())).toBe(n);
      expect(sum(of('selectionGroups').counts.flat())).toBe(company);
      // Rows are the people's own attributes: origin and age band, the same in every scenario.
      const origin = of('commuteByOrigin');
      origin.rowIds.forEach((m, r) => expect(sum(origin.counts[r]!)).toBe(dataset.people.filter((p) => p.municipalityId === m).length));
      const age = of('commuteByAge');
      age.rowIds.forEach((band, r) =>
        expect(sum(age.counts[r]!)).toBe(dataset.people.filter((p) => ageBand(p.birthYear, dataset.referenceDate) === band).length),
      );
      const groups = of('selectionGroups');
      const benchColumns = ['bench-in-conflict', 'bench-other'].map((c) => groups.columnIds.indexOf(c));
      expect(sum(groups.counts.map((row) => sum(benchColumns.map((c) => row[c]!))))).toBe(assignment.bench.length);
      const inConflict = new Set(assignment.selectionOrder.conflicts.map((c) => c.benchPersonId));
      expect(sum(groups.counts.map((row) => row[benchColumns[0]!]!))).toBe(inConflict.size);
      // One row per group, and the CEO's post (outside LAS) in a row of its own.
      expect(groups.rowIds).toEqual([...assignment.selectionOrder.groups.map((g) => g.id), 'outside-las']);
      expect(sum(groups.counts[groups.rowIds.indexOf('outside-las')]!)).toBe(1);
      const declinedColumn = origin.columnIds.indexOf('declined');
      if (assignment.declined.length === 0) expect(declinedColumn).toBe(-1);
      else expect(sum(origin.counts.map((row) => row[declinedColumn]!))).toBe(assignment.declined.length);
    }
    const homes = tables.find((t) => t.id === 'homes')!;
    expect(sum(homes.counts.flat())).toBe(n);
  });

  it('states only true relations between tables: each holds on the counts before suppression', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const areas = homeAreas(dataset.people.map((p) => p.home), 5);
    const { tables, relations } = reportCountTables(dataset, scenarios, areas.areas, dataset.people.length - sum(areas.areas.map((a) => a.count)));
    const valueOf = (ref: { tableId: string; row: string | null; column: string | null }): number => {
      const table = tables.find((t) => t.id === ref.tableId)!;
      const rows = ref.row === null ? table.counts : [table.counts[table.rowIds.indexOf(ref.row)]!];
      return sum(rows.map((row) => (ref.column === null ? sum(row) : row[table.columnIds.indexOf(ref.column)]!)));
    };
    const targets = scenarios.filter((s) => s.scenario.kind === 'target').map((s) => s.evaluation.assignment!);
    // Bench, placed and company size per scenario, and one per status outside the company that someone has.
    expect(relations.length).toBe(sum(targets.map((a) => 3 + (a.declined.length > 0 ? 1 : 0) + (a.leaving.length > 0 ? 1 : 0))));
    for (const relation of relations) {
      for (const term of relation.terms) {
        const table = tables.find((t) => t.id === term.cell.tableId)!;
        if (term.cell.row !== null) expect(table.rowIds).toContain(term.cell.row);
        if (term.cell.column !== null) expect(table.columnIds).toContain(term.cell.column);
      }
      expect(sum(relation.terms.map((term) => term.coefficient * valueOf(term.cell)))).toBe(0);
    }
  });

  it('publishes every figure at least k, passes the audit and its own check', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    for (const k of [3, 5]) {
      const report = buildAnonymisedReport(dataset, scenarios, { k });
      expect(anonymisedReportSchema.safeParse(report).success).toBe(true);
      expect(report.parameters.k).toBe(k);
      for (const value of publishedFigures(report)) expect(value).toBeGreaterThanOrEqual(k);
      expect(publishedFigures(report).length).toBeGreaterThan(0);
      expect(report.tables.some((t) => t.cells.flat().includes(null))).toBe(true);
      expect(auditPublishedReport(publishedReportOf(report)).ok).toBe(true);
      const check = checkAnonymisedReport(JSON.parse(JSON.stringify(report)), { k, personalTokens: personalTokens(dataset) });
      expect(check.problems).toEqual([]);
    }
  });

  it('links the origin and age margins across scenarios (differencing) and the grand totals of the workforce', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const report = buildAnonymisedReport(dataset, scenarios);
    const rowLinks = report.links.filter((l) => l.kind === 'rowTotals').map((l) => [...l.tableIds].sort());
    expect(rowLinks).toContainEqual(['centralised.commuteByOrigin', 'centralised.retentionByOrigin', 'decentralised.commuteByOrigin', 'decentralised.retentionByOrigin']);
    expect(rowLinks).toContainEqual(['centralised.commuteByAge', 'decentralised.commuteByAge']);
    const grand = report.links.find((l) => l.kind === 'grandTotal' && l.tableIds.includes('homes'))!;
    expect(grand.tableIds).toContain('decentralised.retentionByOrigin');
  });

  it('holds no person id, name, home coordinate, salary, birth year field or employment date anywhere in the JSON', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const json = JSON.stringify(buildAnonymisedReport(dataset, scenarios));
    const { strings, numbers } = jsonAtoms(JSON.parse(json));
    const words = new Set(strings.flatMap((s) => s.split(/[^\p{L}\p{N}.]+/u)));
    for (const person of dataset.people) {
      expect(words.has(person.id)).toBe(false);
      for (const period of person.employmentPeriods) expect(json).not.toContain(period.start);
      expect(json).not.toContain(String(person.home.lat));
      expect(json).not.toContain(String(person.home.lon));
      expect(numbers).not.toContain(person.home.lat);
      if (person.salary !== undefined) expect(numbers).not.toContain(person.salary);
      if (person.name !== undefined) expect(json).not.toContain(person.name);
    }
    for (const field of ['personId', 'personIds', 'home', 'salary', 'birthYear', 'employmentStart', 'leaveProbabilities']) {
      expect(json).not.toContain(`"${field}":`);
    }
    expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(json).not.toContain(dataset.referenceDate.slice(0, 4) + '-');
  });

  it('refuses k below 3', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    expect(() => buildAnonymisedReport(dataset, scenarios, { k: 2 })).toThrow(/k-too-small/);
  });
});

/** The default data with people's origin, age, home, commute change and leave probability redrawn. */
function perturbed(
  dataset: Dataset,
  scenarios: readonly ReportScenario[],
  draws: { municipality: number; birthYear: number; dLat: number; dLon: number; delta: number; leave: number }[],
): { dataset: Dataset; scenarios: ReportScenario[] } {
  const members = dataset.municipalities.filter((m) => m.member).map((m) => m.id);
  const people = dataset.people.map((p, i) => {
    const d = draws[i % draws.length]!;
    return { ...p, municipalityId: members[d.municipality % members.length]!, birthYear: d.birthYear, home: { lat: p.home.lat + d.dLat, lon: p.home.lon + d.dLon } };
  });
  const index = new Map(dataset.people.map((p, i) => [p.id, i]));
  return {
    dataset: { ...dataset, people },
    scenarios: scenarios.map(({ scenario, evaluation }) => ({
      scenario,
      evaluation: {
        ...evaluation,
        commute: {
          ...evaluation.commute,
          people: evaluation.commute.people.map((c) => ({ ...c, deltaMinutes: draws[index.get(c.personId)! % draws.length]!.delta })),
        },
        retention: evaluation.retention && {
          ...evaluation.retention,
          leaveProbabilities: Float64Array.from(evaluation.retention.personIds ?? [], (id) => draws[index.get(id)! % draws.length]!.leave),
        },
      },
    })),
  };
}

describe('buildAnonymisedReport, property', () => {
  it('any redrawn workforce, any subset of scenarios, any k: the report passes the check and the audit', async () => {
    const base = await evaluatedDefaultData();
    const draw = fc.record({
      municipality: fc.nat(7),
      birthYear: fc.integer({ min: 1960, max: 2003 }),
      dLat: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
      dLon: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
      delta: fc.integer({ min: -30, max: 60 }),
      leave: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(draw, { minLength: 3, maxLength: 62 }),
        fc.subarray(base.scenarios.map((_, i) => i), { minLength: 1 }),
        fc.integer({ min: 3, max: 8 }),
        async (draws, chosen, k) => {
          const { dataset, scenarios } = perturbed(base.dataset, chosen.map((i) => base.scenarios[i]!), draws);
          const report = buildAnonymisedReport(dataset, scenarios, { k });
          for (const value of publishedFigures(report)) expect(value).toBeGreaterThanOrEqual(k);
          const check = checkAnonymisedReport(JSON.parse(JSON.stringify(report)), { k, personalTokens: personalTokens(dataset) });
          expect(check.problems).toEqual([]);
        },
      ),
      { numRuns: 6 },
    );
  }, 60_000);

  it('with some people declining or leaving (outside the company), the report still passes the check', async () => {
    const base = await evaluatedDefaultData();
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.nat(base.dataset.people.length - 1), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 3, max: 6 }),
        async (outsiders, k) => {
          const ids = outsiders.map((i) => base.dataset.people[i]!.id);
          const scenarios = base.scenarios.map((s) => withOutsiders(s, ids));
          const report = buildAnonymisedReport(base.dataset, scenarios, { k });
          for (const value of publishedFigures(report)) expect(value).toBeGreaterThanOrEqual(k);
          const check = checkAnonymisedReport(JSON.parse(JSON.stringify(report)), { k, personalTokens: personalTokens(base.dataset) });
          expect(check.problems).toEqual([]);
          const origin = report.tables.find((t) => t.id === 'centralised.commuteByOrigin')!;
          expect(origin.columnIds.filter((c) => c === 'declined' || c === 'leaving').length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 5 },
    );
  }, 60_000);
});

/** A scenario's evaluation with the given people moved outside the company (alternately declined, leaving). */
function withOutsiders({ scenario, evaluation }: ReportScenario, ids: readonly string[]): ReportScenario {
  const assignment = evaluation.assignment;
  if (assignment === null) return { scenario, evaluation };
  const out = new Set(ids);
  const keep = (id: string) => !out.has(id);
  const retention = evaluation.retention!;
  const kept = (retention.personIds ?? []).map((id, i) => [id, retention.leaveProbabilities[i]!] as const).filter(([id]) => keep(id));
  return {
    scenario,
    evaluation: {
      ...evaluation,
      placements: evaluation.placements.filter((p) => keep(p.personId)),
      commute: { ...evaluation.commute, people: evaluation.commute.people.filter((c) => keep(c.personId)) },
      assignment: {
        ...assignment,
        placements: assignment.placements.filter((p) => keep(p.personId)),
        bench: assignment.bench.filter((b) => keep(b.personId)),
        declined: ids.filter((_, i) => i % 2 === 0),
        leaving: ids.filter((_, i) => i % 2 === 1),
        selectionOrder: {
          ...assignment.selectionOrder,
          groups: assignment.selectionOrder.groups
            .map((g) => ({ ...g, ranking: g.ranking.filter(keep), exempted: g.exempted.filter(keep) }))
            .filter((g) => g.ranking.length + g.exempted.length > 0),
          conflicts: assignment.selectionOrder.conflicts.filter((c) => keep(c.benchPersonId) && keep(c.placedPersonId)),
          outsideLas: assignment.selectionOrder.outsideLas.filter((o) => keep(o.personId)),
        },
      },
      retention: { ...retention, personIds: kept.map(([id]) => id), leaveProbabilities: Float64Array.from(kept.map(([, p]) => p)) },
    },
  };
}
