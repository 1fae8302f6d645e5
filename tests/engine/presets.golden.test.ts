import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, type ScenarioEvaluation } from '../../src/engine/evaluateScenario';
import { defaultDataset, defaultTravelModel } from '../helpers/defaultData';

/**
 * Golden results of the three presets on the default data: a change to the engine or the data
 * that moves any of these figures shows here. The figures were checked by hand for a few people
 * (see the README's travel model section); regenerate deliberately with
 * `UPDATE_GOLDEN=1 npx vitest run tests/engine/presets.golden.test.ts` and review the diff.
 */
const goldenFile = 'tests/golden/presets.json';

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

function goldenOf(e: ScenarioEvaluation, titleOf: Map<string, string>) {
  const s = e.commute.summary;
  return {
    commute: {
      medianDeltaMinutes: round(s.medianDeltaMinutes),
      p90DeltaMinutes: round(s.p90DeltaMinutes),
      meanTodayMinutes: round(s.meanTodayMinutes),
      meanScenarioMinutes: round(s.meanScenarioMinutes),
      addedOverThreshold: s.addedOverThreshold,
      longCommute: s.longCommute,
      betterOff: s.betterOff,
      worseOff: s.worseOff,
      totalWeeklyKmScenario: round(s.totalWeeklyKmScenario),
      people: Object.fromEntries(
        e.commute.people.map((p) => [p.personId, [p.scenarioSiteId, round(p.todayMinutes), round(p.scenarioMinutes)]]),
      ),
    },
    coverage: {
      overall: { employees: round(e.coverage.overall.employees), pcs: round(e.coverage.overall.pcs) },
      backup: { employees: round(e.coverage.backup.employees), pcs: round(e.coverage.backup.pcs) },
      meanResponseMinutes: round(e.coverage.meanResponseMinutes.employees),
      points: e.coverage.points.map((p) => [p.siteId, p.technicians, p.staffedDaysPerWeek]),
    },
    assignment: e.assignment && {
      // Who holds which kind of position where: interchangeable positions (same title and site)
      // may swap holders between equally good optima, which is not a change of result.
      placements: Object.fromEntries(
        [...e.assignment.placements]
          .sort((a, b) => a.personId.localeCompare(b.personId))
          .map((p) => [p.personId, `${titleOf.get(p.positionId)} @ ${p.siteId}`]),
      ),
      bench: e.assignment.bench,
      totalScore: round(e.assignment.totalScore),
      conflicts: e.assignment.selectionOrder.conflicts.length,
      groups: e.assignment.selectionOrder.groups.map((g) => g.id),
    },
    retention: e.retention && {
      expectedHeadcountRetained: round(e.retention.expectedHeadcountRetained),
      headcountRetainedP10: e.retention.headcountRetainedP10,
      competencesAtRisk: e.retention.competencesAtRisk,
    },
  };
}

describe('presets on the default data (golden)', async () => {
  const dataset = await defaultDataset();
  const model = defaultTravelModel();
  const actual = Object.fromEntries(
    ['today', 'centralised', 'decentralised'].map((id) => [
      id,
      goldenOf(
        evaluateScenario(
          dataset,
          dataset.scenarios.find((s) => s.id === id)!,
          { travelModel: model },
        ),
        new Map(dataset.positions.map((p) => [p.id, p.title.sv])),
      ),
    ]),
  );
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenFile, `${JSON.stringify(actual, null, 1)}\n`);
  const golden = JSON.parse(readFileSync(goldenFile, 'utf8'));

  for (const id of ['today', 'centralised', 'decentralised']) {
    it(`${id} matches its golden result`, () => {
      expect(actual[id]).toEqual(golden[id]);
    });
  }

  it("keeps today's commute identical across presets (same homes, same sites today)", () => {
    const todayOf = (id: string) => Object.values(actual[id]!.commute.people).map((p) => (p as unknown[])[1]);
    expect(todayOf('centralised')).toEqual(todayOf('today'));
    expect(todayOf('decentralised')).toEqual(todayOf('today'));
  });
});
