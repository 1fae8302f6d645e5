import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Dataset } from '../../schema/dataset';

/**
 * The value 0–1 per locality that the "local service" choropleth shows: the share kept of
 * today's on-site service. This function is the one place that chooses the figure.
 */
export interface LocalServiceMeasure {
  readonly kind: 'share';
  readonly values: ReadonlyMap<string, number>;
}

/**
 * Local service kept per locality (docs/service-coverage.md): the share of today's on-site
 * capacity within reach, 0–1, for every member municipality's locality.
 */
export function localServiceMeasure(
  dataset: Dataset,
  evaluation: ScenarioEvaluation | null,
): LocalServiceMeasure | null {
  if (!evaluation) return null;
  const members = new Set(dataset.municipalities.filter((m) => m.member).map((m) => m.id));
  const kept = evaluation.coverage.serviceKept.byLocality;
  const values = new Map<string, number>();
  for (const locality of dataset.localities) {
    const value = kept[locality.id];
    if (members.has(locality.municipalityId) && value !== undefined) values.set(locality.id, value);
  }
  return { kind: 'share', values };
}
