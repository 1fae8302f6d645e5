import type { Dataset } from '../../schema/dataset';
import type { AttritionParameters } from '../../schema/scenarioParameters';
import type { Placement } from '../roleMapping/mapRoles';
import type { RetentionInput } from './retentionInput';
import { simulateRetention } from './simulateRetention';
import type { RetentionControl, RetentionResult } from './retentionTypes';

/**
 * The retention input of a role mapping: the placed people, their competence levels (in the
 * dataset's competence order), their leave probabilities (each placement's, from the new and
 * added one-way minutes and retirement, docs/retention.md), and per competence the need of the
 * positions: how many positions staffed from within (not vacant, not recruited externally:
 * passed in `vacantPositionIds`) require it at or above the held level.
 */
export function retentionInputOfPlacements(
  dataset: Dataset,
  placements: readonly Placement[],
  vacantPositionIds: readonly string[],
  params: AttritionParameters,
): RetentionInput {
  const competenceIds = dataset.competences.map((c) => c.id);
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const levels = new Uint8Array(placements.length * competenceIds.length);
  placements.forEach((placement, i) => {
    const person = people.get(placement.personId)!;
    competenceIds.forEach((id, c) => (levels[i * competenceIds.length + c] = person.competences[id] ?? 0));
  });
  const vacant = new Set(vacantPositionIds);
  const need = new Int32Array(competenceIds.length);
  for (const position of dataset.positions) {
    if (vacant.has(position.id)) continue;
    for (const r of position.requirements) {
      if (r.minLevel >= params.heldLevel) need[competenceIds.indexOf(r.competenceId)]! += 1;
    }
  }
  return {
    competenceIds,
    levels,
    need,
    personIds: placements.map((p) => p.personId),
    leaveProbabilities: Float64Array.from(placements, (p) => p.leaveProbability),
  };
}

/** Phase 6: the seeded Monte Carlo of who stays, for the placed people of a role mapping. */
export function retentionOfPlacements(
  dataset: Dataset,
  placements: readonly Placement[],
  vacantPositionIds: readonly string[],
  params: AttritionParameters,
  control: RetentionControl = {},
): RetentionResult {
  return simulateRetention(retentionInputOfPlacements(dataset, placements, vacantPositionIds, params), params, control);
}
