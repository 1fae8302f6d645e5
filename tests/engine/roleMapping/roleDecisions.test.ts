import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioSchema, type Scenario } from '../../../src/schema/scenario';
import { selectionStageSchema } from '../../../src/schema/selectionStage';
import { applyRoleDecision, type RoleDecision } from '../../../src/engine/roleMapping/roleDecisions';
import { smallDataset } from '../../fixtures/smallDataset';

const central = (): Scenario => scenarioSchema.parse(smallDataset().scenarios!.find((s) => s.id === 'central'));
const context = { at: '2026-11-26T10:00:00+01:00', role: 'hr' as const, reason: 'Skäl' };
const apply = (scenario: Scenario, decision: RoleDecision, reason = 'Skäl') => {
  const outcome = applyRoleDecision(scenario, decision, { ...context, reason });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.scenario;
};

describe('applyRoleDecision', () => {
  it('refuses every decision without a reason (blank counts as none) and leaves the scenario as it was', () => {
    const scenario = central();
    const before = structuredClone(scenario);
    for (const reason of ['', '   ']) {
      expect(applyRoleDecision(scenario, { kind: 'vacancy', positionId: 'pos-01' }, { ...context, reason })).toEqual({
        ok: false,
        error: 'reason-required',
      });
    }
    expect(scenario).toEqual(before);
  });

  it('counts exemptions per employer when told who employs whom (before the transfer: each municipality)', () => {
    const employerOf = (id: string) => (id === 'p004' ? 'west' : 'east');
    let s = central();
    for (const personId of ['p001', 'p002', 'p003']) s = apply(s, { kind: 'las-exemption', personId, exempt: true });
    const fourth = applyRoleDecision(
      s,
      { kind: 'las-exemption', personId: 'p004', exempt: true },
      { ...context, employerOf },
    );
    expect(fourth.ok && fourth.scenario.decisions.lasExemptions).toEqual(['p001', 'p002', 'p003', 'p004']);
  });

  it('records a deviation from the order with its reason, logs it, and withdraws it again', () => {
    const deviation = { benchPersonId: 'p004', placedPersonId: 'p002', positionId: 'pos-02' };
    const recorded = apply(central(), { kind: 'agreed-deviation', ...deviation, agreed: true }, 'Leder migreringen');
    expect(recorded.decisions.agreedDeviations).toEqual([{ ...deviation, reason: 'Leder migreringen' }]);
    expect(recorded.log.at(-1)).toEqual({
      at: context.at,
      role: 'hr',
      action: 'agreed-deviation',
      personId: 'p004',
      positionId: 'pos-02',
      detail: 'agreed: p002',
      reason: 'Leder migreringen',
    });
    // Recording it again replaces the reason; withdrawing takes it off the list and is logged too.
    const again = apply(recorded, { kind: 'agreed-deviation', ...deviation, agreed: true }, 'Nytt skäl');
    expect(again.decisions.agreedDeviations).toEqual([{ ...deviation, reason: 'Nytt skäl' }]);
    const withdrawn = apply(again, { kind: 'agreed-deviation', ...deviation, agreed: false }, 'Facket sa nej');
    expect(withdrawn.decisions.agreedDeviations).toEqual([]);
    expect(withdrawn.log.map((e) => e.detail)).toEqual(['agreed: p002', 'agreed: p002', 'withdrawn: p002']);
  });

  it('assign moves the person’s lock and displaces the position’s, and lifts their exclusions', () => {
    let s = apply(central(), { kind: 'lock', personId: 'p001', positionId: 'pos-01' });
    s = apply(s, { kind: 'lock', personId: 'p004', positionId: 'pos-03' });
    s = apply(s, { kind: 'exclude', personId: 'p004', positionId: 'pos-02' });
    s = apply(s, { kind: 'assign', personId: 'p004', positionId: 'pos-02' });
    expect(s.decisions.locks).toEqual([
      { personId: 'p001', positionId: 'pos-01' },
      { personId: 'p004', positionId: 'pos-02' },
    ]);
    expect(s.decisions.exclusions).toEqual([]);
    s = apply(s, { kind: 'assign', personId: 'p002', positionId: 'pos-02' });
    expect(s.decisions.locks).toEqual([
      { personId: 'p001', positionId: 'pos-01' },
      { personId: 'p002', positionId: 'pos-02' },
    ]);
    expect(s.log.map((e) => e.action)).toEqual(['lock', 'lock', 'exclude', 'lock', 'lock']);
    expect(scenarioSchema.safeParse(s).success).toBe(true);
  });

  it('unlocking a slated person makes them proposed again; leaving drops their lock', () => {
    let s = apply(central(), { kind: 'stage', personId: 'p003', stage: 'confirmed', positionId: 'pos-03' });
    expect(s.decisions.locks).toEqual([{ personId: 'p003', positionId: 'pos-03' }]);
    s = apply(s, { kind: 'unlock', personId: 'p003', positionId: 'pos-03' });
    expect(s.stages).toEqual({});
    expect(s.decisions.locks).toEqual([]);
    s = apply(s, { kind: 'lock', personId: 'p003', positionId: 'pos-03' });
    s = apply(s, { kind: 'stage', personId: 'p003', stage: 'leaving', positionId: 'pos-03' });
    expect(s.stages).toEqual({ p003: 'leaving' });
    expect(s.decisions.locks).toEqual([]);
  });

  it('keeps at most three LAS exemptions', () => {
    let s = central();
    for (const personId of ['p001', 'p002', 'p003']) s = apply(s, { kind: 'las-exemption', personId, exempt: true });
    expect(applyRoleDecision(s, { kind: 'las-exemption', personId: 'p004', exempt: true }, context)).toEqual({
      ok: false,
      error: 'las-limit',
    });
    s = apply(s, { kind: 'las-exemption', personId: 'p002', exempt: false });
    s = apply(s, { kind: 'las-exemption', personId: 'p004', exempt: true });
    expect(s.decisions.lasExemptions).toEqual(['p001', 'p003', 'p004']);
  });

  it('recruits a position externally (its lock gives way) and staffs it from within again, logged', () => {
    let s = apply(central(), { kind: 'lock', personId: 'p001', positionId: 'pos-01' });
    s = apply(s, { kind: 'recruit', positionId: 'pos-01', external: true }, 'VD rekryteras först');
    expect(s.decisions.externalRecruitment).toEqual(['pos-01']);
    expect(s.decisions.locks).toEqual([]);
    s = apply(s, { kind: 'recruit', positionId: 'pos-01', external: false }, 'Intern kandidat finns');
    expect(s.decisions.externalRecruitment).toEqual([]);
    expect(s.log.slice(-2).map((e) => [e.action, e.positionId, e.reason])).toEqual([
      ['recruit-externally', 'pos-01', 'VD rekryteras först'],
      ['recruit-internally', 'pos-01', 'Intern kandidat finns'],
    ]);
  });

  it('any sequence of decisions gives a valid scenario with one log entry per decision made (two per swap)', () => {
    const people = ['p001', 'p002', 'p003', 'p004'];
    const positions = ['pos-01', 'pos-02', 'pos-03'];
    const person = fc.constantFrom(...people);
    const position = fc.constantFrom(...positions);
    const decision: fc.Arbitrary<RoleDecision> = fc.oneof(
      fc.record({ kind: fc.constant('assign' as const), personId: person, positionId: position }),
      fc.record({ kind: fc.constant('lock' as const), personId: person, positionId: position }),
      fc.record({ kind: fc.constant('unlock' as const), personId: person, positionId: position }),
      fc.record({
        kind: fc.constant('exclude' as const),
        personId: person,
        positionId: fc.option(position, { nil: undefined }),
      }),
      fc.record({
        kind: fc.constant('include' as const),
        personId: person,
        positionId: fc.option(position, { nil: undefined }),
      }),
      fc.record({ kind: fc.constant('vacancy' as const), positionId: position }),
      fc.record({ kind: fc.constant('reopen' as const), positionId: position }),
      fc.record({ kind: fc.constant('recruit' as const), positionId: position, external: fc.boolean() }),
      fc.record({
        kind: fc.constant('stage' as const),
        personId: person,
        stage: fc.constantFrom(...selectionStageSchema.options),
        positionId: fc.option(position, { nil: null }),
      }),
      fc.record({ kind: fc.constant('las-exemption' as const), personId: person, exempt: fc.boolean() }),
      fc.record({
        kind: fc.constant('swap' as const),
        first: fc.record({ personId: person, positionId: position }),
        second: fc.record({ personId: person, positionId: position }),
      }),
    );
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 25 }), (decisions) => {
        let s = central();
        let expected = 0;
        for (const d of decisions) {
          const outcome = applyRoleDecision(s, d, context);
          if (!outcome.ok) continue;
          expected += d.kind === 'swap' ? 2 : 1;
          s = outcome.scenario;
          expect(scenarioSchema.safeParse(s).success).toBe(true);
          // Every slated or confirmed person stands on a lock.
          for (const [personId, stage] of Object.entries(s.stages)) {
            if (stage === 'slated' || stage === 'confirmed')
              expect(s.decisions.locks.some((l) => l.personId === personId)).toBe(true);
          }
        }
        expect(s.log).toHaveLength(expected);
        expect(s.log.every((e) => e.reason === 'Skäl' && e.role === 'hr')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
