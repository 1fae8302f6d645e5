import type { ScenarioEvaluation } from '../evaluateScenario';

/** Which way a figure is better, for marking the best scenario. */
export type Better = 'lower' | 'higher';

export interface KeyFigureDefinition {
  id: string;
  unit: 'people' | 'minutes' | 'share' | 'km' | 'score' | 'count';
  better: Better;
  value: (evaluation: ScenarioEvaluation) => number | null;
}

/** The figures that sum a scenario up, in display order (SPEC §5 "Scenario comparison"). */
export const keyFigureDefinitions: readonly KeyFigureDefinition[] = [
  { id: 'placed', unit: 'people', better: 'higher', value: (e) => e.assignment?.placements.length ?? null },
  { id: 'bench', unit: 'people', better: 'lower', value: (e) => e.assignment?.bench.length ?? null },
  { id: 'unfilledPositions', unit: 'count', better: 'lower', value: (e) => e.assignment?.unfilled.length ?? null },
  { id: 'medianDeltaMinutes', unit: 'minutes', better: 'lower', value: (e) => e.commute.summary.medianDeltaMinutes },
  { id: 'p90DeltaMinutes', unit: 'minutes', better: 'lower', value: (e) => e.commute.summary.p90DeltaMinutes },
  { id: 'meanScenarioMinutes', unit: 'minutes', better: 'lower', value: (e) => e.commute.summary.meanScenarioMinutes },
  { id: 'addedOverThreshold', unit: 'people', better: 'lower', value: (e) => e.commute.summary.addedOverThreshold },
  { id: 'longCommute', unit: 'people', better: 'lower', value: (e) => e.commute.summary.longCommute },
  { id: 'totalWeeklyKm', unit: 'km', better: 'lower', value: (e) => e.commute.summary.totalWeeklyKmScenario },
  { id: 'coverageEmployees', unit: 'share', better: 'higher', value: (e) => e.coverage.overall.employees },
  { id: 'coveragePcs', unit: 'share', better: 'higher', value: (e) => e.coverage.overall.pcs },
  { id: 'backupEmployees', unit: 'share', better: 'higher', value: (e) => e.coverage.backup.employees },
  { id: 'meanResponseMinutes', unit: 'minutes', better: 'lower', value: (e) => e.coverage.meanResponseMinutes.employees },
  { id: 'selectionConflicts', unit: 'count', better: 'lower', value: (e) => e.assignment?.selectionOrder.conflicts.length ?? null },
  { id: 'totalScore', unit: 'score', better: 'higher', value: (e) => e.assignment?.totalScore ?? null },
];

export interface ComparedFigure {
  id: string;
  unit: KeyFigureDefinition['unit'];
  better: Better;
  /** One value per scenario, in the order given; null where it does not apply. */
  values: Array<number | null>;
  /** Difference to the baseline scenario's value; null without a baseline or a value. */
  deltaToBaseline: Array<number | null>;
  /** Indices of the scenarios with the best value (ties share it); empty with fewer than two values. */
  best: number[];
}

export interface ScenarioComparison {
  scenarioIds: string[];
  baselineId: string | null;
  figures: ComparedFigure[];
}

/**
 * Every key figure side by side, with the difference to the baseline and the best value marked
 * among the scenarios compared. The baseline need not be one of them.
 */
export function compareScenarios(evaluations: readonly ScenarioEvaluation[], baseline: ScenarioEvaluation | null): ScenarioComparison {
  const figures = keyFigureDefinitions.map((definition): ComparedFigure => {
    const values = evaluations.map(definition.value);
    const base = baseline ? definition.value(baseline) : null;
    const present = values.filter((v): v is number => v !== null);
    const target = present.length < 2 ? null : definition.better === 'lower' ? Math.min(...present) : Math.max(...present);
    return {
      id: definition.id,
      unit: definition.unit,
      better: definition.better,
      values,
      deltaToBaseline: values.map((v) => (v === null || base === null ? null : v - base)),
      best: target === null ? [] : values.flatMap((v, k) => (v !== null && Math.abs(v - target) < 1e-9 ? [k] : [])),
    };
  });
  return { scenarioIds: evaluations.map((e) => e.scenarioId), baselineId: baseline?.scenarioId ?? null, figures };
}
