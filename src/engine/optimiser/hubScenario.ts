import type { Dataset } from '../../schema/dataset';
import type { Scenario, ServicePoint } from '../../schema/scenario';
import type { TravelMatrices } from '../scenario/travelMatrices';
import { cell } from '../scenario/travelMatrices';
import { localityDemandWeights } from './hubProblemsFromScenario';

/** Member municipalities whose local positions need a service point (vacancies left out), in dataset order. */
export function municipalitiesWithLocalPositions(dataset: Dataset, vacancies: readonly string[]): string[] {
  const vacant = new Set(vacancies);
  const needed = new Set<string>();
  for (const p of dataset.positions) {
    if (p.location.rule === 'local' && !vacant.has(p.id)) needed.add(p.location.municipalityId);
  }
  return dataset.municipalities.filter((m) => needed.has(m.id)).map((m) => m.id);
}

/**
 * The municipality a chosen service point serves. Local positions are worked only at points
 * labelled with their municipality, so: the municipality the site lies in when it has local
 * positions; otherwise the one (with local positions) whose demand the site covers most within
 * T, or failing that the one with the nearest locality. Without local positions anywhere: the
 * site's own municipality.
 */
export function servicePointMunicipality(
  dataset: Dataset,
  travel: TravelMatrices,
  siteIndex: number,
  localMunicipalities: readonly string[],
  responseMinutes: number,
): string {
  const site = dataset.sites[siteIndex]!;
  if (localMunicipalities.length === 0 || localMunicipalities.includes(site.municipalityId)) return site.municipalityId;
  const weights = localityDemandWeights(dataset);
  const covered = new Map<string, number>();
  let nearest: { municipalityId: string; minutes: number } | null = null;
  dataset.localities.forEach((locality, i) => {
    if (!localMunicipalities.includes(locality.municipalityId)) return;
    const minutes = cell(travel.localityToSite, i, siteIndex).minutes;
    if (minutes <= responseMinutes)
      covered.set(locality.municipalityId, (covered.get(locality.municipalityId) ?? 0) + weights[i]!);
    if (nearest === null || minutes < nearest.minutes) nearest = { municipalityId: locality.municipalityId, minutes };
  });
  let best: string | null = null;
  for (const id of localMunicipalities) {
    const weight = covered.get(id) ?? 0;
    if (weight > 0 && (best === null || weight > covered.get(best)!)) best = id;
  }
  return best ?? (nearest as { municipalityId: string } | null)?.municipalityId ?? site.municipalityId;
}

export function servicePointsAt(
  dataset: Dataset,
  travel: TravelMatrices,
  siteIndices: readonly number[],
  localMunicipalities: readonly string[],
  responseMinutes: number,
): ServicePoint[] {
  return [...siteIndices]
    .sort((a, b) => a - b)
    .map((j) => ({
      siteId: dataset.sites[j]!.id,
      municipalityId: servicePointMunicipality(dataset, travel, j, localMunicipalities, responseMinutes),
    }));
}

/** The id of the scenario a placement becomes: `<base>-<objective>-<p>`, made unique among the dataset's. */
export function hubScenarioId(dataset: Dataset, baseId: string, objective: string, p: number): string {
  const stem = `${baseId}-${objective}-${p}`;
  const taken = new Set(dataset.scenarios.map((s) => s.id));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/**
 * The base scenario with the placement's function sites and/or service points: a target
 * scenario (a baseline base becomes one), its manual decisions and stages kept, the coverage
 * limit T and the optimiser settings recorded in its parameters. It keeps the base's name and
 * description unless given others: the engine has no words, and whoever keeps it names it in
 * the user's language from `parameters.optimiser` (the UI: `hubs.panel.keptName`).
 */
export function hubScenario(
  base: Scenario,
  change: {
    id: string;
    name?: string;
    description?: string;
    functionSites?: Record<string, string>;
    servicePoints?: ServicePoint[];
    responseMinutes: number;
    optimiser: Scenario['parameters']['optimiser'];
  },
): Scenario {
  return {
    ...base,
    id: change.id,
    name: change.name ?? base.name,
    description: change.description ?? base.description,
    kind: 'target',
    functionSites: change.functionSites ?? { ...base.functionSites },
    servicePoints: change.servicePoints ?? base.servicePoints.map((p) => ({ ...p })),
    log: [],
    parameters: {
      ...base.parameters,
      coverage: { ...base.parameters.coverage, responseMinutes: change.responseMinutes },
      optimiser: change.optimiser,
    },
  };
}
