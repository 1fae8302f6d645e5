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
  const gaps: CompetenceGap[] = [];
  let weightSum = 0;
  let costSum = 0;
  for (const requirement of position.requirements) {
    const actual = person.competences[requirement.competenceId] ?? 0;
    const gap = Math.max(0, requirement.minLevel - actual);
    weightSum += requirement.weight;
    if (gap === 0) continue;
    const trainableLevels = Math.min(gap, params.trainableGapLevels);
    const cost = params.trainableGapCost * trainableLevels + (gap - trainableLevels);
    costSum += (requirement.weight * cost) / requirement.minLevel;
    gaps.push({
      competenceId: requirement.competenceId,
      required: requirement.minLevel,
      actual,
      gap,
      trainable: gap <= params.trainableGapLevels,
    });
  }
  return { fit: weightSum === 0 ? 1 : Math.max(0, 1 - costSum / weightSum), gaps };
}
