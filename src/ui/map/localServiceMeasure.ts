import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Dataset } from '../../schema/dataset';

/**
 * The value 0–1 per locality that the "local service" choropleth shows, and what it means:
 * `presence` (1 when a staffed service point is reached within T minutes, else 0) or `share`
 * (a share kept of today's service, any value 0–1). The choropleth and its legend take any
 * measure of this shape; this function is the one place that chooses the figure.
 */
export interface LocalServiceMeasure {
  readonly kind: 'presence' | 'share';
  readonly values: ReadonlyMap<string, number>;
}

/** Today: presence within T for every member municipality's locality (see docs/map.md). */
export function localServiceMeasure(dataset: Dataset, evaluation: ScenarioEvaluation | null): LocalServiceMeasure | null {
  if (!evaluation) return null;
  const members = new Set(dataset.municipalities.filter((m) => m.member).map((m) => m.id));
  const uncovered = new Set(evaluation.coverage.uncoveredLocalities.map((l) => l.localityId));
  const values = new Map<string, number>();
  for (const locality of dataset.localities) {
    if (members.has(locality.municipalityId)) values.set(locality.id, uncovered.has(locality.id) ? 0 : 1);
  }
  return { kind: 'presence', values };
}
