import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildAnonymisedReport,
  checkAnonymisedReport,
  fixedAreaCounts,
  municipalityRows,
  personalBirthYears,
  personalTokens,
  reportCountTables,
  topicRelations,
  positionPlanOf,
  type ReportScenario,
} from '../../../src/engine/report';
import { anonymisedReportSchema, type AnonymisedReport } from '../../../src/schema/anonymisedReport';
import type { Dataset } from '../../../src/schema/dataset';
import { emptyRegister, type ReleaseRegister } from '../../../src/schema/releaseRegister';
import { overallFigures } from '../../../src/engine/report/overallFigures';
import { membershipDataset } from '../../../src/engine/scenario/membershipDataset';
import { builtReport, defaultAreas, evaluatedDefaultData, jsonAtoms } from './reportFixture';
import { outsideAudit } from './outsideAudit';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function publishedFigures(report: AnonymisedReport): number[] {
  return report.tables
    .flatMap((t) => [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.grandTotal])
    .filter((v): v is number => v !== null);
}

const checkOptions = (dataset: Dataset, k = dataset.anonymisation.k) => ({
  k,
  personalTokens: personalTokens(dataset),
  birthYears: personalBirthYears(dataset),
  areas: defaultAreas(),
});

function registerWith(dataset: Dataset, built: ReturnType<typeof builtReport>): ReleaseRegister {
  return {
    ...emptyRegister(dataset.id, built.peopleFingerprint, built.report.parameters.k),
    releases: [{ tableFingerprints: built.tableFingerprints, report: built.report }],
  };
}

describe('buildAnonymisedReport on the default data', () => {
  it('counts every person once per workforce table and homes per municipal area, before protection', async () => {
    const { dataset: full, scenarios } = await evaluatedDefaultData();
    // The presets' people: the four members' (Hylte's possible staff is not in them, docs/membership.md).
    const dataset = membershipDataset(full, {});
    const areas = fixedAreaCounts(
      dataset.people.map((p) => p.home),
      defaultAreas(),
    );
    expect(sum(areas.counts) + areas.elsewhere).toBe(dataset.people.length);
    expect(areas.areaIds).toEqual(['0662', '1315', '0665', '0617', '0680', '0683']);
    const k = dataset.anonymisation.k;
    const { tables } = reportCountTables(dataset, scenarios, areas, k);
    const rowOf = new Map(
      municipalityRows(dataset, k).flatMap((row) => row.municipalityIds.map((m) => [m, row.rowId])),
    );
    const n = dataset.people.length;
    for (const { scenario, evaluation } of scenarios.filter((s) => s.scenario.kind === 'target')) {
      const assignment = evaluation.assignment!;
      const of = (topic: string) => tables.find((t) => t.id === `${scenario.id}.${topic}`)!;
      for (const topic of ['statusByMunicipality', 'commuteByMunicipality'])
        expect(sum(of(topic).counts.flat())).toBe(n);
      const status = of('statusByMunicipality');
      status.rowIds.forEach((m, r) =>
        expect(sum(status.counts[r]!)).toBe(dataset.people.filter((p) => rowOf.get(p.municipalityId) === m).length),
      );
      expect(sum(status.counts.map((row) => row[status.columnIds.indexOf('placed')]!))).toBe(
        assignment.placements.length,
      );
      expect(sum(of('benchByNotice').counts.flat())).toBe(assignment.bench.length);
      expect(sum(of('benchByConflict').counts.flat())).toBe(assignment.bench.length);
      const inConflict = new Set(assignment.selectionOrder.conflicts.map((c) => c.benchPersonId)).size;
      expect(of('benchByConflict').counts[0]![0]).toBe(inConflict);
    }
    expect(sum(tables.find((t) => t.id === 'homes')!.counts.flat())).toBe(n);
  });

  it('states only true relations, the position plan included', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const { tables } = reportCountTables(
      dataset,
      scenarios,
      fixedAreaCounts(
        dataset.people.map((p) => p.home),
        defaultAreas(),
      ),
      dataset.anonymisation.k,
    );
    const plans = scenarios.map((s) => positionPlanOf(dataset, s)).filter((p) => p !== null);
    const relations = topicRelations(tables, plans);
    expect(relations.filter((r) => r.constant !== undefined)).toHaveLength(2);
    const valueOf = (ref: { tableId: string; row: string | null; column: string | null }): number => {
      const table = tables.find((t) => t.id === ref.tableId)!;
      const rows = ref.row === null ? table.counts : [table.counts[table.rowIds.indexOf(ref.row)]!];
      return sum(rows.map((row) => (ref.column === null ? sum(row) : row[table.columnIds.indexOf(ref.column)]!)));
    };
    for (const relation of relations)
      expect(sum(relation.terms.map((term) => term.coefficient * valueOf(term.cell)))).toBe(relation.constant ?? 0);
  });

  it('publishes most figures at k = 5, none below k, and passes its own check and the outside audit', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const built = builtReport(dataset, scenarios);
    const report = built.report;
    expect(anonymisedReportSchema.safeParse(report).success).toBe(true);
    for (const value of publishedFigures(report)) expect(value).toBeGreaterThanOrEqual(5);
    // Measured on the default data with every preset: most figures (tables’ cells and totals,
    // linked copies once); reportTableDesign.test.ts measures the command line's three scenarios.
    expect(built.stats.published / built.stats.cells).toBeGreaterThan(0.5);
    expect(checkAnonymisedReport(JSON.parse(JSON.stringify(report)), checkOptions(dataset)).problems).toEqual([]);
    expect(outsideAudit([report]).exposed).toEqual([]);
    // The overall figures: everyone placed is counted, the positions are filled.
    const placed = report.overall.find((o) => o.scenarioId === 'centralised')!.figures.find((f) => f.id === 'placed')!;
    expect(placed).toEqual({
      id: 'placed',
      unit: 'people',
      cell: { tableId: 'centralised.statusByMunicipality', row: null, column: 'placed' },
    });
    expect(report.homeAreas.map((a) => a.areaId)).toContain('0683');
    // Aggregate costs in million kronor, resting on the salaries of at least k people.
    const figures = report.overall.find((o) => o.scenarioId === 'centralised')!.figures;
    const cost = (id: string) => figures.find((f) => f.id === id);
    expect(cost('costCompanyFirstYear')).toMatchObject({ unit: 'msek', value: expect.any(Number) });
    const first = cost('costCompanyFirstYear')!;
    const last = cost('costStandAloneLastYear')!;
    if (first.unit === 'msek' && last.unit === 'msek') {
      expect(first.value).toBeGreaterThan(50);
      expect(last.value).toBeGreaterThan(first.value * 0.8);
    }
  }, 60_000);

  it('withholds cost figures that rest on the salaries of fewer than k people', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const input = scenarios.find((s) => s.scenario.id === 'centralised')!;
    const costOf = (k: number) =>
      overallFigures({ dataset: { ...dataset, anonymisation: { k } }, input, tables: [] }).find(
        (f) => f.id === 'costCompanyFirstYear',
      );
    expect(costOf(5)).toMatchObject({ unit: 'msek' });
    // With k above the number of benched people, the redundancy cost (and so the total) is withheld.
    expect(costOf(input.evaluation.assignment!.bench.length + 1)).toBeUndefined();
  }, 60_000);

  it('holds no person id, name, title, home, salary, birth year or date anywhere in the JSON', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const json = JSON.stringify(builtReport(dataset, scenarios).report);
    const { strings, numbers } = jsonAtoms(JSON.parse(json));
    const words = new Set(strings.flatMap((s) => s.split(/[^\p{L}\p{N}.-]+/u)));
    for (const person of dataset.people) {
      expect(words.has(person.id)).toBe(false);
      expect(words.has(person.title)).toBe(false);
      for (const period of person.employmentPeriods) expect(json).not.toContain(period.start);
      expect(numbers).not.toContain(person.home.lat);
      expect(numbers).not.toContain(person.birthYear);
    }
    expect(numbers.every((n) => Number.isInteger(n))).toBe(true);
    expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  }, 60_000);

  it('protects a second release jointly with the first in the register; together they pass the outside audit', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const first = builtReport(
      dataset,
      scenarios.filter((s) => s.scenario.id !== 'decentralised'),
    );
    const second = builtReport(dataset, scenarios, { register: registerWith(dataset, first) });
    expect(outsideAudit([first.report, second.report]).exposed).toEqual([]);
    // The same scenario, the same counts: its cells are equal across the releases.
    expect(second.tableFingerprints.centralised).toBe(first.tableFingerprints.centralised);
  }, 120_000);

  it('refuses a report when the register was kept with another k or for other people', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    const first = builtReport(dataset, scenarios.slice(0, 2));
    const register = registerWith(dataset, first);
    expect(buildAnonymisedReport(dataset, scenarios, { areas: defaultAreas(), k: 6, register })).toMatchObject({
      ok: false,
      reason: 'register-k-differs',
      params: { k: 6, registerK: 5 },
    });
    const moved = {
      ...dataset,
      people: dataset.people.map((p, i) =>
        i === 0 ? { ...p, municipalityId: p.municipalityId === 'gnosjo' ? 'varnamo' : 'gnosjo' } : p,
      ),
    };
    expect(buildAnonymisedReport(moved, scenarios, { areas: defaultAreas(), register })).toMatchObject({
      ok: false,
      reason: 'register-other-data',
    });
  }, 60_000);

  it('refuses k below 3', async () => {
    const { dataset, scenarios } = await evaluatedDefaultData();
    expect(() => buildAnonymisedReport(dataset, scenarios, { areas: defaultAreas(), k: 2 })).toThrow(/k-too-small/);
  });
});

/**
 * The default data with people's employer, home, commute change and stage redrawn, and the
 * members' published IT staff (which fixes the rows) redrawn when `staff` is given.
 */
function perturbed(
  dataset: Dataset,
  scenarios: readonly ReportScenario[],
  draws: { municipality: number; dLat: number; dLon: number; delta: number }[],
  staff: readonly (number | null)[] = [],
): { dataset: Dataset; scenarios: ReportScenario[] } {
  const members = dataset.municipalities.filter((m) => m.member).map((m) => m.id);
  const municipalities = dataset.municipalities.map((m) => {
    const i = members.indexOf(m.id);
    return i >= 0 && i < staff.length ? { ...m, itStaff: staff[i]! } : m;
  });
  const people = dataset.people.map((p, i) => {
    const d = draws[i % draws.length]!;
    return {
      ...p,
      municipalityId: members[d.municipality % members.length]!,
      home: { lat: p.home.lat + d.dLat, lon: p.home.lon + d.dLon },
    };
  });
  const index = new Map(dataset.people.map((p, i) => [p.id, i]));
  return {
    dataset: { ...dataset, municipalities, people },
    scenarios: scenarios.map(({ scenario, evaluation }) => ({
      scenario,
      evaluation: {
        ...evaluation,
        commute: {
          ...evaluation.commute,
          people: evaluation.commute.people.map((c) => ({
            ...c,
            deltaMinutes: draws[index.get(c.personId)! % draws.length]!.delta,
          })),
        },
      },
    })),
  };
}

describe('buildAnonymisedReport, property', () => {
  it('any redrawn workforce and published staff, any subset of scenarios, any k; alone and with an earlier release (maybe of other rows) in its register: nothing small is derivable', async () => {
    const base = await evaluatedDefaultData();
    const draw = fc.record({
      municipality: fc.nat(7),
      dLat: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
      dLon: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
      delta: fc.integer({ min: -30, max: 60 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(draw, { minLength: 3, maxLength: 62 }),
        fc.subarray(
          base.scenarios.map((_, i) => i),
          { minLength: 1 },
        ),
        fc.integer({ min: 3, max: 7 }),
        fc.array(fc.option(fc.nat(30)), { maxLength: 4 }),
        fc.array(fc.option(fc.nat(30)), { maxLength: 4 }),
        async (draws, chosen, k, staff, laterStaff) => {
          const { dataset, scenarios } = perturbed(
            base.dataset,
            chosen.map((i) => base.scenarios[i]!),
            draws,
            staff,
          );
          const first = buildAnonymisedReport(dataset, scenarios, { k, areas: defaultAreas() });
          if (!first.ok) return; // refused only when public facts alone give a group away
          for (const value of publishedFigures(first.report)) expect(value).toBeGreaterThanOrEqual(k);
          expect(
            checkAnonymisedReport(JSON.parse(JSON.stringify(first.report)), checkOptions(dataset, k)).problems,
          ).toEqual([]);
          expect(outsideAudit([first.report]).exposed).toEqual([]);
          const register = {
            ...emptyRegister(dataset.id, first.peopleFingerprint, k),
            releases: [{ tableFingerprints: first.tableFingerprints, report: first.report }],
          };
          // The later release: all scenarios, and the published staff (so the rows) maybe changed.
          const later = perturbed(base.dataset, base.scenarios, draws, laterStaff);
          const second = buildAnonymisedReport(later.dataset, later.scenarios, {
            k,
            areas: defaultAreas(),
            register,
          });
          if (!second.ok) return;
          expect(outsideAudit([first.report, second.report]).exposed).toEqual([]);
        },
      ),
      { numRuns: 4 },
    );
  }, 240_000);
});

describe('a report of scenarios with other members (docs/membership.md)', () => {
  it('refuses target scenarios of different members, and reports each membership on its own', async () => {
    const { dataset } = await evaluatedDefaultData();
    const { travelModel } = await import('../../helpers/defaultData').then((m) => ({
      travelModel: m.defaultTravelModel(),
    }));
    const { evaluateScenario } = await import('../../../src/engine/evaluateScenario');
    const evaluated = (id: string) => {
      const scenario = dataset.scenarios.find((s) => s.id === id)!;
      return { scenario, evaluation: evaluateScenario(dataset, scenario, { travelModel }) };
    };
    const mixed = buildAnonymisedReport(dataset, [evaluated('decentralised'), evaluated('decentralised-with-hylte')], {
      areas: defaultAreas(),
    });
    expect(mixed).toMatchObject({ ok: false, reason: 'mixed-membership' });
    // The baseline adds no person tables: today beside the five-member scenario is one membership.
    const built = buildAnonymisedReport(dataset, [evaluated('today'), evaluated('decentralised-with-hylte')], {
      areas: defaultAreas(),
    });
    if (!built.ok) throw new Error(JSON.stringify(built));
    const homes = built.report.tables.find((t) => t.topic === 'homeAreas')!;
    // The report's people: every member of its scenarios, Hylte's ten included.
    expect(homes.grandTotal).toBe(72);
    const status = built.report.tables.find((t) => t.id === 'decentralised-with-hylte.statusByMunicipality')!;
    expect(status.grandTotal).toBe(72);
    expect(checkAnonymisedReport(JSON.parse(JSON.stringify(built.report)), checkOptions(dataset))).toMatchObject({
      ok: true,
    });
  });
});
