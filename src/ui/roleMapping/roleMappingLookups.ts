import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Dataset } from '../../schema/dataset';
import type { Person } from '../../schema/person';
import type { Position } from '../../schema/position';
import type { Scenario } from '../../schema/scenario';

type Assignment = NonNullable<ScenarioEvaluation['assignment']>;
type Placement = Assignment['placements'][number];

/** Where a person stands in the proposal. */
export type PersonStatus = 'placed' | 'bench' | 'declined' | 'leaving';

/** The role mapping's facts by id, built once per evaluation: the view looks up, never searches. */
export interface RoleMappingLookups {
  position: ReadonlyMap<string, Position>;
  person: ReadonlyMap<string, Person>;
  municipalityName: ReadonlyMap<string, string>;
  /** The position each placed person holds. */
  placement: ReadonlyMap<string, Placement>;
  /** The site each person works at in the scenario. */
  site: ReadonlyMap<string, string>;
  commute: ReadonlyMap<string, ScenarioEvaluation['commute']['people'][number]>;
  /** A benched person's entitlements (notice, re-employment right, open positions). */
  bench: ReadonlyMap<string, Assignment['bench'][number]>;
  status: (personId: string) => PersonStatus;
}

/** Builds the lookups of one evaluation of the role mapping (positions, people, placements, sites, commutes, the bench). */
export function roleMappingLookups(dataset: Dataset, evaluation: ScenarioEvaluation): RoleMappingLookups {
  const assignment = evaluation.assignment;
  const placement = new Map((assignment?.placements ?? []).map((p) => [p.personId, p]));
  const declined = new Set(assignment?.declined ?? []);
  const leaving = new Set(assignment?.leaving ?? []);
  return {
    position: new Map(dataset.positions.map((p) => [p.id, p])),
    person: new Map(dataset.people.map((p) => [p.id, p])),
    municipalityName: new Map(dataset.municipalities.map((m) => [m.id, m.name])),
    placement,
    site: new Map(evaluation.placements.map((p) => [p.personId, p.siteId])),
    commute: new Map(evaluation.commute.people.map((c) => [c.personId, c])),
    bench: new Map((assignment?.bench ?? []).map((b) => [b.personId, b])),
    status: (personId) =>
      declined.has(personId)
        ? 'declined'
        : leaving.has(personId)
          ? 'leaving'
          : placement.has(personId)
            ? 'placed'
            : 'bench',
  };
}

/** People the scenario keeps out of every position: not selected, or excluded altogether. */
export function notSelectedPeople(scenario: Scenario): ReadonlySet<string> {
  const out = new Set(scenario.decisions.exclusions.filter((e) => e.positionId === undefined).map((e) => e.personId));
  for (const [personId, stage] of Object.entries(scenario.stages)) if (stage === 'not-selected') out.add(personId);
  return out;
}
