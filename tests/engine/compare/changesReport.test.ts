import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesReport, type PersonState } from '../../../src/engine/compare/changesReport';
import { evaluateScenario, type ScenarioEvaluation } from '../../../src/engine/evaluateScenario';
import type { Dataset } from '../../../src/schema/dataset';
import { scenarioSchema, type Scenario } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel, smallTravelMatrix } from '../../fixtures/smallTravel';

function dataset(): Dataset {
  const result = validateDataset(smallDataset(), { strict: true });
  if (!result.ok) throw new Error('fixture invalid');
  return result.dataset;
}
const options = { travelModel: smallRoadModel, importedMatrix: smallTravelMatrix() };

describe('changesReport on the small dataset', () => {
  const d = dataset();
  const today = d.scenarios.find((s) => s.id === 'today')!;
  const central = d.scenarios.find((s) => s.id === 'central')!;
  const variant = (patch: Partial<Scenario>): Scenario => scenarioSchema.parse({ ...central, id: 'variant', ...patch });
  const evaluate = (s: Scenario) => evaluateScenario(d, s, options);

  it('is empty between a scenario and itself', () => {
    expect(changesReport(evaluate(central), evaluate(central))).toEqual([]);
  });

  it('from today, lists everyone placed (new position) and the bench person who moves site', () => {
    // central: p001 → pos-01 at east-hall (same site), p002 → pos-02 at east-hall (same site),
    // p003 → pos-03 at west-hall (same site), p004 on the bench at infrastructure's site east-hall
    // (today west-hall): a site change only.
    const report = changesReport(evaluate(today), evaluate(central));
    expect(report.map((c) => [c.personId, c.positionChanged, c.siteChanged])).toEqual([
      ['p001', true, false],
      ['p002', true, false],
      ['p003', true, false],
      ['p004', false, true],
    ]);
    expect(report[3]!.from).toEqual({ status: 'today', positionId: null, siteId: 'west-hall' });
    expect(report[3]!.to).toEqual({ status: 'bench', positionId: null, siteId: 'east-hall' });
  });

  it('between two targets, lists only the two people a lock swaps', () => {
    const locked = variant({
      decisions: {
        locks: [{ personId: 'p004', positionId: 'pos-02' }],
        exclusions: [],
        vacancies: [],
        lasExemptions: [],
        agreedDeviations: [],
        externalRecruitment: [],
      },
    });
    const report = changesReport(evaluate(central), evaluate(locked));
    expect(report.map((c) => c.personId)).toEqual(['p002', 'p004']);
    const p002 = report.find((c) => c.personId === 'p002')!;
    expect(p002.from.positionId).toBe('pos-02');
    expect(p002.to).toMatchObject({ status: 'bench', positionId: null });
    const p004 = report.find((c) => c.personId === 'p004')!;
    expect(p004.to).toMatchObject({ status: 'placed', positionId: 'pos-02', siteId: 'east-hall' });
  });

  it('shows a person who declines the transfer as leaving their site', () => {
    const declined = variant({ stages: { p003: 'declined-transfer' } });
    const report = changesReport(evaluate(central), evaluate(declined));
    const p003 = report.find((c) => c.personId === 'p003')!;
    expect(p003.from).toMatchObject({ status: 'placed', positionId: 'pos-03', siteId: 'west-hall' });
    expect(p003.to).toEqual({ status: 'declined', positionId: null, siteId: null });
    expect(p003.positionChanged && p003.siteChanged).toBe(true);
  });
});

/** A fake evaluation carrying only what the report reads, from a state per person. */
function evaluationOf(states: ReadonlyArray<[string, PersonState]>, baseline: boolean): ScenarioEvaluation {
  const inside = states.filter(([, s]) => s.status !== 'declined' && s.status !== 'leaving' && s.status !== 'absent');
  return {
    placements: inside.map(([personId, s]) => ({ personId, siteId: s.siteId!, rule: 'position', onSiteDays: 3 })),
    assignment: baseline
      ? null
      : {
          placements: inside
            .filter(([, s]) => s.positionId !== null)
            .map(([personId, s]) => ({ personId, positionId: s.positionId })),
          declined: states.filter(([, s]) => s.status === 'declined').map(([id]) => id),
          leaving: states.filter(([, s]) => s.status === 'leaving').map(([id]) => id),
        },
  } as unknown as ScenarioEvaluation;
}

const stateArbitrary = (): fc.Arbitrary<PersonState> => {
  const site = fc.constantFrom('s1', 's2', 's3');
  const position = fc.constantFrom('a', 'b', 'c');
  return fc.oneof(
    fc.record({ status: fc.constant('placed' as const), positionId: position, siteId: site }),
    fc.record({ status: fc.constant('bench' as const), positionId: fc.constant(null), siteId: site }),
    fc.constantFrom<PersonState>(
      { status: 'declined', positionId: null, siteId: null },
      { status: 'leaving', positionId: null, siteId: null },
      { status: 'absent', positionId: null, siteId: null },
    ),
  );
};

describe('changesReport properties', () => {
  it('lists exactly the people whose position or site differs, with their states', () => {
    fc.assert(
      // In a baseline everyone present is at a site with no position of the new company.
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(stateArbitrary(), stateArbitrary()), { maxLength: 12 }),
        (baselineA, pairs) => {
          const ids = pairs.map((_, k) => `p${k}`);
          const a = pairs.map(([s], k): [string, PersonState] => [
            ids[k]!,
            baselineA && s.status !== 'absent' ? { status: 'today', positionId: null, siteId: s.siteId ?? 's1' } : s,
          ]);
          const b = pairs.map(([, s], k): [string, PersonState] => [ids[k]!, s]);
          const report = changesReport(evaluationOf(a, baselineA), evaluationOf(b, false));
          const expected = ids.filter(
            (_, k) => a[k]![1].positionId !== b[k]![1].positionId || a[k]![1].siteId !== b[k]![1].siteId,
          );
          expect(report.map((c) => c.personId).sort()).toEqual(expected.sort());
          for (const change of report) {
            const k = ids.indexOf(change.personId);
            expect(change.from).toEqual(a[k]![1]);
            expect(change.to).toEqual(b[k]![1]);
          }
        },
      ),
    );
  });

  it('is symmetric: b to a lists the same people with from and to swapped', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(stateArbitrary(), stateArbitrary()), { maxLength: 12 }), (pairs) => {
        const a = evaluationOf(
          pairs.map(([s], k) => [`p${k}`, s]),
          false,
        );
        const b = evaluationOf(
          pairs.map(([, s], k) => [`p${k}`, s]),
          false,
        );
        const forward = changesReport(a, b);
        const backward = changesReport(b, a);
        expect(backward.map((c) => c.personId).sort()).toEqual(forward.map((c) => c.personId).sort());
        for (const change of forward) {
          const back = backward.find((c) => c.personId === change.personId)!;
          expect(back.from).toEqual(change.to);
          expect(back.to).toEqual(change.from);
        }
      }),
    );
  });
});
