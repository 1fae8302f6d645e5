import { describe, expect, it } from 'vitest';
import { hasManualDecisions, optimiserProposal } from '../../../src/engine/scenario/optimiserProposal';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';

const central = () => {
  const result = validateDataset(smallDataset(), { strict: true });
  if (!result.ok) throw new Error('fixture invalid');
  return structuredClone(result.dataset.scenarios.find((s) => s.id === 'central')!);
};

describe('optimiserProposal', () => {
  it('keeps sites and parameters and drops decisions, stages and the log', () => {
    const scenario = central();
    scenario.decisions = {
      locks: [{ personId: 'p001', positionId: 'pos-01' }],
      exclusions: [{ personId: 'p002' }],
      vacancies: ['pos-03'],
      lasExemptions: ['p004'],
      agreedDeviations: [{ benchPersonId: 'p004', placedPersonId: 'p002', positionId: 'pos-02', reason: 'x' }],
      externalRecruitment: ['pos-05'],
    };
    scenario.stages = { p002: 'leaving' };
    scenario.log = [
      { at: '2026-11-26T09:00:00+01:00', role: 'hr', action: 'vacancy', positionId: 'pos-03', reason: 'x' },
    ];
    expect(hasManualDecisions(scenario)).toBe(true);
    const proposal = optimiserProposal(scenario);
    expect(proposal.decisions).toEqual({
      locks: [],
      exclusions: [],
      vacancies: [],
      lasExemptions: [],
      agreedDeviations: [],
      externalRecruitment: ['pos-05'],
    });
    expect(proposal.stages).toEqual({});
    expect(proposal.log).toEqual([]);
    expect(hasManualDecisions(proposal)).toBe(false);
    expect({ ...proposal, decisions: scenario.decisions, stages: scenario.stages, log: scenario.log }).toEqual(
      scenario,
    );
  });

  it('counts a stage alone as a decision', () => {
    const scenario = central();
    expect(hasManualDecisions(scenario)).toBe(false);
    expect(hasManualDecisions({ ...scenario, stages: { p003: 'declined-transfer' } })).toBe(true);
  });
});
