import type { Scenario } from '../../schema/scenario';

/**
 * The scenario as the optimiser alone staffs it: the same sites, service points and
 * parameters, without the manual decisions (locks, exclusions, vacancies, LAS exemptions, agreed deviations)
 * and selection stages. Set against the scenario itself, it shows what the decisions change.
 * Positions to be recruited externally stay outside: they decide which positions the staff
 * fill at all, not who fills them.
 */
export function optimiserProposal(scenario: Scenario): Scenario {
  return {
    ...scenario,
    decisions: {
      locks: [],
      exclusions: [],
      vacancies: [],
      lasExemptions: [],
      agreedDeviations: [],
      externalRecruitment: scenario.decisions.externalRecruitment,
    },
    stages: {},
    log: [],
  };
}

/** Whether the scenario has any manual decision or selection stage for the proposal to differ by. */
export function hasManualDecisions(scenario: Scenario): boolean {
  const { locks, exclusions, vacancies, lasExemptions, agreedDeviations } = scenario.decisions;
  return (
    locks.length + exclusions.length + vacancies.length + lasExemptions.length + agreedDeviations.length > 0 ||
    Object.keys(scenario.stages).length > 0
  );
}
