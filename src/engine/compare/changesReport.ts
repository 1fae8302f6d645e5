import type { ScenarioEvaluation } from '../evaluateScenario';

/**
 * Where a person stands in one scenario:
 * - `today`: the baseline (no role mapping): today's organisation, no position of the new company;
 * - `placed`: holds a position;
 * - `bench`: in the new company without a position;
 * - `declined`: declined the transfer (LAS 6 b §), outside the new company;
 * - `leaving`: counted as a departure;
 * - `absent`: not in the scenario's results at all.
 */
export type PersonStatus = 'today' | 'placed' | 'bench' | 'declined' | 'leaving' | 'absent';

export interface PersonState {
  status: PersonStatus;
  /** The position held; null unless placed. */
  positionId: string | null;
  /** The scenario site; null outside the new company. */
  siteId: string | null;
}

export interface PersonChange {
  personId: string;
  from: PersonState;
  to: PersonState;
  positionChanged: boolean;
  siteChanged: boolean;
}

/** Each person's state in one evaluation, keyed by person id, in the evaluation's order. */
export function personStates(evaluation: ScenarioEvaluation): Map<string, PersonState> {
  const states = new Map<string, PersonState>();
  const assignment = evaluation.assignment;
  const positionOf = new Map(assignment?.placements.map((p) => [p.personId, p.positionId]) ?? []);
  for (const placement of evaluation.placements) {
    const positionId = positionOf.get(placement.personId) ?? null;
    const status: PersonStatus = assignment === null ? 'today' : positionId !== null ? 'placed' : 'bench';
    states.set(placement.personId, { status, positionId, siteId: placement.siteId });
  }
  for (const personId of assignment?.declined ?? [])
    states.set(personId, { status: 'declined', positionId: null, siteId: null });
  for (const personId of assignment?.leaving ?? [])
    states.set(personId, { status: 'leaving', positionId: null, siteId: null });
  return states;
}

const ABSENT: PersonState = { status: 'absent', positionId: null, siteId: null };

/**
 * The changes report between two scenarios (the Compare view): every person whose position or
 * site differs from scenario a to scenario b, with both states, in a's order of people and then
 * b's newcomers. Moving in or out of the new company changes the site (to or from none); the
 * bench, the baseline and being outside all hold no position, so moving between them alone is
 * no change of position.
 */
export function changesReport(a: ScenarioEvaluation, b: ScenarioEvaluation): PersonChange[] {
  const from = personStates(a);
  const to = personStates(b);
  const people = [...new Set([...from.keys(), ...to.keys()])];
  const changes: PersonChange[] = [];
  for (const personId of people) {
    const before = from.get(personId) ?? ABSENT;
    const after = to.get(personId) ?? ABSENT;
    const positionChanged = before.positionId !== after.positionId;
    const siteChanged = before.siteId !== after.siteId;
    if (positionChanged || siteChanged)
      changes.push({ personId, from: before, to: after, positionChanged, siteChanged });
  }
  return changes;
}
