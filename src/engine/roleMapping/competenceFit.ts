import type { AssignmentParameters } from '../../schema/scenarioParameters';
import type { Person } from '../../schema/person';
import type { Position } from '../../schema/position';

export interface CompetenceGap {
  competenceId: string;
  required: number;
  actual: number;
  /** Levels missing. */
  gap: number;
  /** Whether training can close the whole gap (at most `trainableGapLevels` levels). */
  trainable: boolean;
}

export interface CompetenceFit {
  /** 0–1: 1 when every requirement is met. */
  fit: number;
  gaps: CompetenceGap[];
}

/**
 * How well a person meets a position's weighted minimum levels. Each requirement's gap costs
 * its levels, the first `trainableGapLevels` of them at only `trainableGapCost` (training
 * closes them), normalised by the required level so a requirement costs at most its weight:
 *
 *   fit = 1 − Σ_r w_r · cost(g_r) / (L_r · Σ_r w_r),
 *   cost(g) = c · min(g, t) + max(0, g − t),  g_r = max(0, L_r − level_r).
 */
export function competenceFit(person: Person, position: Position, params: AssignmentParameters): CompetenceFit {
  return { fit: competenceFitValue(person, position, params), gaps: competenceGaps(person, position, params) };
}

/** The fit alone (the formula above), listing no gaps: what the problem needs for every pair. */
export function competenceFitValue(person: Person, position: Position, params: AssignmentParameters): number {
  let weightSum = 0;
  let costSum = 0;
  for (const requirement of position.requirements) {
    weightSum += requirement.weight;
    const gap = requirement.minLevel - (person.competences[requirement.competenceId] ?? 0);
    if (gap <= 0) continue;
    const trainableLevels = Math.min(gap, params.trainableGapLevels);
    costSum +=
      (requirement.weight * (params.trainableGapCost * trainableLevels + (gap - trainableLevels))) /
      requirement.minLevel;
  }
  return weightSum === 0 ? 1 : Math.max(0, 1 - costSum / weightSum);
}

/** The requirements the person falls short of, with the levels missing. */
export function competenceGaps(person: Person, position: Position, params: AssignmentParameters): CompetenceGap[] {
  const gaps: CompetenceGap[] = [];
  for (const requirement of position.requirements) {
    const actual = person.competences[requirement.competenceId] ?? 0;
    const gap = requirement.minLevel - actual;
    if (gap <= 0) continue;
    gaps.push({
      competenceId: requirement.competenceId,
      required: requirement.minLevel,
      actual,
      gap,
      trainable: gap <= params.trainableGapLevels,
    });
  }
  return gaps;
}
