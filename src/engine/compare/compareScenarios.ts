import type { Scenario } from '../../schema/scenario';
import type { ScenarioEvaluation } from '../evaluateScenario';

/** Which way a figure is better, for marking the best scenario. */
export type Better = 'lower' | 'higher';

export interface KeyFigureDefinition {
  id: string;
  unit: 'people' | 'expectedPeople' | 'minutes' | 'share' | 'km' | 'score' | 'count';
  better: Better;
  value: (evaluation: ScenarioEvaluation) => number | null;
  /** Parameters the figure depends on (`section` or `section.key`): a row says when they differ. */
  parameters?: readonly string[];
}

/** The figures that sum a scenario up, in display order. */
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
  {
    id: 'meanResponseMinutes',
    unit: 'minutes',
    better: 'lower',
    value: (e) => e.coverage.meanResponseMinutes.employees,
  },
  {
    id: 'selectionConflicts',
    unit: 'count',
    better: 'lower',
    value: (e) => e.assignment?.selectionOrder.conflicts.length ?? null,
  },
  { id: 'totalScore', unit: 'score', better: 'higher', value: (e) => e.assignment?.totalScore ?? null },
  // The outcomes the tool exists for: who stays, which competences are at risk, local service kept.
  {
    id: 'expectedRetained',
    unit: 'expectedPeople',
    better: 'higher',
    value: (e) => e.retention?.expectedHeadcountRetained ?? null,
    parameters: ['attrition', 'assignment'],
  },
  {
    id: 'competencesAtRisk',
    unit: 'count',
    better: 'lower',
    value: (e) => e.retention?.competencesAtRisk.length ?? null,
    parameters: ['attrition', 'assignment'],
  },
  {
    id: 'serviceKeptPcs',
    unit: 'share',
    better: 'higher',
    value: (e) => e.coverage.serviceKept.overall.pcs,
    parameters: ['coverage.catchmentMinutes', 'coverage.decayBeta'],
  },
  {
    id: 'serviceKeptEmployees',
    unit: 'share',
    better: 'higher',
    value: (e) => e.coverage.serviceKept.overall.employees,
    parameters: ['coverage.catchmentMinutes', 'coverage.decayBeta'],
  },
  {
    id: 'awaitingVetting',
    unit: 'count',
    better: 'lower',
    value: (e) => e.assignment?.placements.filter((p) => p.vetting !== null).length ?? null,
    parameters: ['assignment.clearanceRule', 'assignment.vettingCost'],
  },
  { id: 'toRecruit', unit: 'count', better: 'lower', value: (e) => e.assignment?.recruited.length ?? null },
  // Company against the positions the members keep, and the rooms left (docs/retained-positions.md).
  { id: 'companyPlaced', unit: 'people', better: 'higher', value: (e) => e.organisation?.companyPlaced ?? null },
  { id: 'retainedPlaced', unit: 'people', better: 'higher', value: (e) => e.organisation?.retainedPlaced ?? null },
  { id: 'serverRooms', unit: 'count', better: 'lower', value: (e) => e.serverRooms?.remaining.length ?? null },
];

export interface ComparedFigure {
  id: string;
  unit: KeyFigureDefinition['unit'];
  better: Better;
  /** One value per scenario, in the order given; null where it does not apply. */
  values: Array<number | null>;
  /** Difference to the scenario's baseline value; null without a baseline or a value. */
  deltaToBaseline: Array<number | null>;
  /** Indices of the scenarios with the best value (ties share it); empty with fewer than two values. */
  best: number[];
  /** Parameters (`section.key`) the figure depends on whose values differ between the scenarios compared. */
  parametersDiffer: string[];
}

export interface ScenarioComparison {
  scenarioIds: string[];
  /** Each scenario's baseline (the baseline with its members, `baselineForMembers`), or null. */
  baselineIds: Array<string | null>;
  figures: ComparedFigure[];
}

/**
 * Every key figure side by side, with the difference to each scenario's baseline (`baselines`,
 * in the same order: the baseline with that scenario's members, `baselineForMembers`, so both
 * sides count the same people) and the best value marked among the scenarios compared. A
 * baseline need not be one of them. Given the scenarios (in the same order), each figure lists
 * the parameters it depends on that differ between them.
 */
export function compareScenarios(
  evaluations: readonly ScenarioEvaluation[],
  baselines: readonly (ScenarioEvaluation | null)[],
  scenarios: readonly Pick<Scenario, 'parameters'>[] = [],
): ScenarioComparison {
  const figures = keyFigureDefinitions.map((definition): ComparedFigure => {
    const values = evaluations.map(definition.value);
    const bases = evaluations.map((_, k) => {
      const baseline = baselines[k];
      return baseline ? definition.value(baseline) : null;
    });
    const present = values.filter((v): v is number => v !== null);
    const target =
      present.length < 2 ? null : definition.better === 'lower' ? Math.min(...present) : Math.max(...present);
    return {
      id: definition.id,
      unit: definition.unit,
      better: definition.better,
      values,
      deltaToBaseline: values.map((v, k) => (v === null || bases[k] === null ? null : v - bases[k]!)),
      best: target === null ? [] : values.flatMap((v, k) => (v !== null && Math.abs(v - target) < 1e-9 ? [k] : [])),
      parametersDiffer: differingParameters(definition.parameters ?? [], scenarios),
    };
  });
  return {
    scenarioIds: evaluations.map((e) => e.scenarioId),
    baselineIds: evaluations.map((_, k) => baselines[k]?.scenarioId ?? null),
    figures,
  };
}

/** Of the given parameter paths (a section stands for all its keys), those whose values differ between the scenarios. */
export function differingParameters(
  paths: readonly string[],
  scenarios: readonly Pick<Scenario, 'parameters'>[],
): string[] {
  if (scenarios.length < 2) return [];
  const valueAt = (s: Pick<Scenario, 'parameters'>, section: string, key: string) =>
    JSON.stringify((s.parameters as unknown as Record<string, Record<string, unknown>>)[section]?.[key]);
  const differing: string[] = [];
  for (const path of paths) {
    const [section, key] = path.split('.') as [string, string | undefined];
    const keys =
      key !== undefined
        ? [key]
        : Object.keys((scenarios[0]!.parameters as unknown as Record<string, Record<string, unknown>>)[section] ?? {});
    for (const k of keys) {
      const first = valueAt(scenarios[0]!, section, k);
      if (scenarios.some((s) => valueAt(s, section, k) !== first)) differing.push(`${section}.${k}`);
    }
  }
  return differing;
}
