import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluateScenario';
import { baselineForMembers } from '../../src/engine/scenario/scenarioMembers';
import { defaultDataset, defaultTravelModel } from '../helpers/defaultData';
import { runCliForTest } from './runCliForTest';

const tmp = mkdtempSync(join(tmpdir(), 'ggvv-evaluate-'));
const file = (name: string, content: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('sim evaluate', () => {
  it('evaluates a preset: commute per person, summary, coverage, assignment, order of selection', async () => {
    const { code, stdout } = await runCliForTest(['evaluate', '--scenario', 'centralised']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.scenarioId).toBe('centralised');
    expect(result.commute.people).toHaveLength(62);
    for (const person of result.commute.people) {
      expect(person.deltaMinutes).toBeCloseTo(person.scenarioMinutes - person.todayMinutes, 9);
      expect(person.todayKm).toBeGreaterThanOrEqual(0);
      expect(person.scenarioKm).toBeGreaterThanOrEqual(0);
    }
    expect(typeof result.commute.summary.medianDeltaMinutes).toBe('number');
    expect(result.commute.summary.p90DeltaMinutes).toBeGreaterThanOrEqual(result.commute.summary.medianDeltaMinutes);
    for (const share of [result.coverage.overall, ...Object.values(result.coverage.byMunicipality)] as Array<{
      employees: number;
      pcs: number;
    }>) {
      expect(share.employees).toBeGreaterThanOrEqual(0);
      expect(share.employees).toBeLessThanOrEqual(1);
      expect(share.pcs).toBeGreaterThanOrEqual(0);
      expect(share.pcs).toBeLessThanOrEqual(1);
    }
    expect(Object.keys(result.coverage.byMunicipality).sort()).toEqual(['gislaved', 'gnosjo', 'vaggeryd', 'varnamo']);
    // 51 positions, the CEO's recruited externally (the preset says so): 50 placed, 12 on the bench.
    expect(result.assignment.recruited).toEqual(['pos-01']);
    expect(result.assignment.placements).toHaveLength(50);
    expect(result.assignment.bench).toHaveLength(12);
    for (const b of result.assignment.bench) {
      expect(b.noticeMonths).toBeGreaterThanOrEqual(1);
      expect(b.noticeMonths).toBeLessThanOrEqual(6);
      expect(typeof b.reemploymentRight).toBe('boolean');
      expect(Array.isArray(b.redeploymentOptions)).toBe(true);
    }
    // The lawful proposal is the default: no conflict with the order of selection.
    expect(result.selectionOrder.conflicts).toEqual([]);
    expect(result.assignment.respectOrder.remainingConflicts).toBe(0);
    const placement = result.assignment.placements[0];
    expect(Object.keys(placement)).toEqual(
      expect.arrayContaining(['personId', 'positionId', 'fit', 'score', 'leaveProbability']),
    );
    // Runner-ups, candidate lists and the unconstrained optimum's conflicts only with --explain (below).
    expect(placement).not.toHaveProperty('runnerUp');
    expect(result.assignment).not.toHaveProperty('candidates');
    expect(result.assignment.respectOrder).not.toHaveProperty('unconstrainedConflicts');
    // Everyone in the new company is in exactly one selection group: the CEO's post, outside
    // LAS (1 §), is recruited externally in the preset.
    const ranked = result.selectionOrder.groups.flatMap((g: { ranking: string[]; exempted: string[] }) => [
      ...g.ranking,
      ...g.exempted,
    ]);
    expect(ranked).toHaveLength(62);
    expect(new Set(ranked).size).toBe(62);
    expect(result.selectionOrder.outsideLas).toEqual([]);
  });

  it('explains every placement with its runner-up and every position with its candidates with --explain', async () => {
    const plain = JSON.parse((await runCliForTest(['evaluate', '--scenario', 'centralised'])).stdout);
    const { code, stdout } = await runCliForTest(['evaluate', '--scenario', 'centralised', '--explain']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    // The same mapping and figures, with the explanations added.
    const strip = (p: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'runnerUp'));
    expect(result.assignment.placements.map(strip)).toEqual(plain.assignment.placements);
    expect(result.commute).toEqual(plain.commute);
    expect(result.retention).toEqual(plain.retention);
    const placed = new Set(result.assignment.placements.map((p: { personId: string }) => p.personId));
    let runnerUps = 0;
    for (const p of result.assignment.placements) {
      expect(p).toHaveProperty('runnerUp');
      if (p.runnerUp === null) continue;
      runnerUps++;
      expect(p.runnerUp.personId).not.toBe(p.personId);
      expect(p.runnerUp.totalScoreLoss).toBeGreaterThanOrEqual(0);
      // The holder is the first allowed candidate or ties with it; the runner-up is among the people.
      const list = result.assignment.candidates[p.positionId];
      expect(list.length).toBeGreaterThan(0);
      expect(list[0].score).toBeGreaterThanOrEqual(p.score - 1e-9);
    }
    expect(runnerUps).toBeGreaterThan(0);
    expect(Object.keys(result.assignment.candidates).sort()).toEqual(
      [
        ...result.assignment.placements.map((p: { positionId: string }) => p.positionId),
        ...result.assignment.unfilled,
      ].sort(),
    );
    expect(placed.size).toBe(result.assignment.placements.length);
  });

  it('puts the holder of the CEO post, filled from the staff, outside every selection group', async () => {
    const presets = JSON.parse(readFileSync('data/scenarios.json', 'utf8')).scenarios;
    const centralised = presets.find((s: { id: string }) => s.id === 'centralised');
    const path = file('ceo-from-staff.json', {
      ...centralised,
      id: 'ceo-from-staff',
      decisions: { ...centralised.decisions, externalRecruitment: [] },
    });
    const result = JSON.parse((await runCliForTest(['evaluate', '--scenario-file', path])).stdout);
    const ranked = result.selectionOrder.groups.flatMap((g: { ranking: string[]; exempted: string[] }) => [
      ...g.ranking,
      ...g.exempted,
    ]);
    expect(result.selectionOrder.outsideLas).toEqual([{ personId: expect.any(String), positionId: 'pos-01' }]);
    expect(ranked).toHaveLength(61);
    expect(ranked).not.toContain(result.selectionOrder.outsideLas[0].personId);
    expect(result.selectionOrder.conflicts).toEqual([]);
  });

  it("sets the selection groups by today's workplaces, the same in every scenario, and reports no conflict by default", async () => {
    const evaluationOf = async (id: string) =>
      JSON.parse((await runCliForTest(['evaluate', '--scenario', id, '--explain'])).stdout);
    const central = await evaluationOf('centralised');
    const spread = await evaluationOf('decentralised');
    const ids = (e: { selectionOrder: { groups: Array<{ id: string }> } }) => e.selectionOrder.groups.map((g) => g.id);
    expect(ids(central)).toEqual(ids(spread));
    const sites = new Set(central.selectionOrder.groups.flatMap((g: { sites: string[] }) => g.sites));
    // Today's workplaces of everyone of the four members (the CEO's post, outside LAS, is
    // recruited externally; Hylte is not a member of these presets).
    const today = JSON.parse(readFileSync('data/people.json', 'utf8'))
      .people.filter((p: { municipalityId: string }) => p.municipalityId !== 'hylte')
      .map((p: { siteId: string }) => p.siteId);
    expect([...sites].sort()).toEqual([...new Set<string>(today)].sort());
    for (const e of [central, spread]) {
      expect(e.selectionOrder.conflicts).toEqual([]);
      expect(e.assignment.respectOrder.unconstrainedConflicts.length).toBeGreaterThan(0);
    }
  });

  it('lists a person who declines the transfer under remainWithMunicipality, with their municipality', async () => {
    const presets = JSON.parse(readFileSync('data/scenarios.json', 'utf8')).scenarios;
    const centralised = presets.find((s: { id: string }) => s.id === 'centralised');
    const path = file('declined.json', { ...centralised, id: 'declined-one', stages: { p005: 'declined-transfer' } });
    const result = JSON.parse((await runCliForTest(['evaluate', '--scenario-file', path])).stdout);
    const employer = JSON.parse(readFileSync('data/people.json', 'utf8')).people.find(
      (p: { id: string }) => p.id === 'p005',
    ).municipalityId;
    expect(result.assignment.remainWithMunicipality).toEqual([{ personId: 'p005', municipalityId: employer }]);
    expect(result.assignment.bench.map((b: { personId: string }) => b.personId)).not.toContain('p005');
    expect(result.assignment.leaving).toEqual([]);
  });

  it('evaluates a scenario file, and names the file, scenario, field and reason of a bad one', async () => {
    const good = file('good.json', {
      id: 'my-plan',
      name: 'Mitt',
      kind: 'target',
      functionSites: { 'head-office': 'varnamo-stadshus' },
    });
    const ok = await runCliForTest(['evaluate', '--scenario-file', good]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).scenarioId).toBe('my-plan');
    const bad = file('bad.json', {
      id: 'my-plan',
      name: 'Mitt',
      kind: 'target',
      functionSites: { infrastructure: 'moon-base' },
    });
    const rejected = await runCliForTest(['evaluate', '--scenario-file', bad]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toBe(
      `${bad}: scenario my-plan, field functionSites.infrastructure: names an unknown site "moon-base"`,
    );
    const notJson = file('broken.json', '{"id": ');
    expect((await runCliForTest(['evaluate', '--scenario-file', notJson])).stderr).toContain(`Cannot read ${notJson}`);
  });

  it('uses an imported matrix where it matches, and rejects a malformed one naming the field', async () => {
    const matrix = file('matrix.json', {
      origins: [{ id: 'p001', lat: 57.3, lon: 13.5 }],
      destinations: [{ id: 'varnamo-stadshus', lat: 57.18, lon: 14.05 }],
      minutes: [[99]],
      km: [[88]],
    });
    const { code, stdout, stderr } = await runCliForTest([
      'evaluate',
      '--scenario',
      'centralised',
      '--travel-matrix',
      matrix,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('No origin of the imported matrix matches p002');
    const p001 = JSON.parse(stdout).commute.people.find((p: { personId: string }) => p.personId === 'p001');
    if (p001.scenarioSiteId === 'varnamo-stadshus') {
      expect(p001).toMatchObject({ scenarioMinutes: 99, scenarioKm: 88, scenarioSource: 'matrix' });
    }
    const ragged = file('ragged.json', {
      origins: [{ id: 'a', lat: 57.3, lon: 13.5 }],
      destinations: [{ id: 'b', lat: 57.2, lon: 14 }],
      minutes: [[1, 2]],
    });
    const rejected = await runCliForTest(['evaluate', '--scenario', 'centralised', '--travel-matrix', ragged]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain(`The travel matrix ${ragged} is invalid at minutes[0]`);
  });

  it('exits 1 on an unknown scenario and without a scenario, with clear messages', async () => {
    const unknown = await runCliForTest(['evaluate', '--scenario', 'atlantis']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'Unknown scenario "atlantis". Known: today, centralised, decentralised, decentralised-retained, decentralised-with-hylte.',
    );
    const none = await runCliForTest(['evaluate', '--lang', 'sv']);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('Ange --scenario ID eller --scenario-file FIL.');
  });
});

describe('sim compare', () => {
  it('puts the key figures of the presets side by side with the difference to today and the best marked', async () => {
    const { code, stdout } = await runCliForTest(['compare', '--scenarios', 'centralised,decentralised']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.scenarioIds).toEqual(['centralised', 'decentralised']);
    expect(result.baselineIds).toEqual(['today', 'today']);
    const figure = (id: string) => result.figures.find((f: { id: string }) => f.id === id);
    expect(figure('placed').values).toEqual([50, 50]);
    expect(figure('toRecruit').values).toEqual([1, 1]);
    const mean = figure('meanScenarioMinutes');
    expect(mean.values).toHaveLength(2);
    expect(mean.deltaToBaseline[0]).toBeGreaterThan(0); // a merger lengthens the mean commute
    const best = mean.values[0] <= mean.values[1] ? 0 : 1;
    expect(mean.best).toContain(best);
  });

  it('measures each scenario against today with its own members (with Hylte, today counts Hylte too)', async () => {
    const { code, stdout } = await runCliForTest(['compare', '--scenarios', 'decentralised,decentralised-with-hylte']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    const withHylte = 'today@gislaved+gnosjo+varnamo+vaggeryd+hylte';
    expect(result.baselineIds).toEqual(['today', withHylte]);
    const dataset = await defaultDataset();
    const baseline = baselineForMembers(
      dataset,
      dataset.scenarios.find((s) => s.id === 'today')!,
      {
        members: ['gislaved', 'gnosjo', 'varnamo', 'vaggeryd', 'hylte'],
      },
    );
    const today = evaluateScenario(dataset, baseline, { travelModel: defaultTravelModel() });
    expect(today.commute.people).toHaveLength(72);
    const mean = result.figures.find((f: { id: string }) => f.id === 'meanScenarioMinutes');
    expect(mean.deltaToBaseline[1]).toBeCloseTo(mean.values[1] - today.commute.summary.meanScenarioMinutes, 9);
  });

  it('exits 1 when a scenario is unknown', async () => {
    const { code, stderr } = await runCliForTest(['compare', '--scenarios', 'today,nope']);
    expect(code).toBe(1);
    expect(stderr).toContain('Unknown scenario "nope"');
  });
});

describe('sim evaluate: retention', () => {
  it('adds the Monte Carlo of retained competence, reproducible for the same seed', async () => {
    const first = JSON.parse((await runCliForTest(['evaluate', '--scenario', 'decentralised'])).stdout).retention;
    const again = JSON.parse((await runCliForTest(['evaluate', '--scenario', 'decentralised'])).stdout).retention;
    expect(first).toEqual(again);
    expect(first.draws).toBeGreaterThanOrEqual(10_000);
    expect(Object.keys(first.leaveProbability)).toHaveLength(50);
    for (const c of Object.values(first.byCompetence) as Array<{
      needed: number;
      current: number;
      expected: number;
      p10: number;
      probBelowTwo: number;
    }>) {
      expect(c.expected).toBeLessThanOrEqual(c.current);
      expect(c.p10).toBeLessThanOrEqual(c.current);
      expect(c.probBelowTwo).toBeGreaterThanOrEqual(0);
      expect(c.probBelowTwo).toBeLessThanOrEqual(1);
      if (c.current < 2) expect(c.probBelowTwo).toBe(1);
    }
    expect(first.expectedHeadcountRetained).toBeLessThan(50);
  });
});
