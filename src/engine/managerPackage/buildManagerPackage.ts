import type { Dataset } from '../../schema/dataset';
import {
  MANAGER_PACKAGE_FORMAT,
  MANAGER_PACKAGE_VERSION,
  privatePersonFields,
  type HomeTravel,
  type ManagerPackage,
  type SharedPerson,
} from '../../schema/managerPackage';
import type { Scenario } from '../../schema/scenario';
import type { ImportedTravelMatrix } from '../../schema/travelMatrix';
import { defaultRetirementRule, personFactsFromPrivateFields, type RetirementRule } from '../personFacts/personFacts';
import { travelParametersKey } from '../personFacts/packagedHomeTravel';
import { travelMatrices } from '../scenario/travelMatrices';
import type { TravelModel } from '../travel/travelModel';
import { datasetFingerprint } from '../../schema/datasetFingerprint';

export interface ManagerPackageOptions {
  travelModel: TravelModel;
  importedMatrix?: ImportedTravelMatrix;
  /** When the package is made (ISO date-time): time is a parameter of the engine. */
  createdAt: string;
  retirement?: RetirementRule;
}

/**
 * HR's dataset as a manager may receive it (docs/roles-and-packages.md): the people without
 * their private fields, the chosen scenarios (and the baselines, for the figures against today),
 * and in place of the private fields the facts and the homes × sites travel the engine needs,
 * one matrix per distinct set of travel parameters among the scenarios.
 */
export function buildManagerPackage(
  dataset: Dataset,
  scenarios: readonly Scenario[],
  options: ManagerPackageOptions,
): ManagerPackage {
  const chosen = new Map<string, Scenario>();
  for (const s of dataset.scenarios) if (s.kind === 'baseline') chosen.set(s.id, s);
  for (const s of scenarios) chosen.set(s.id, s);
  const packaged = [...chosen.values()];

  const homeTravel: HomeTravel[] = [];
  const seen = new Set<string>();
  for (const scenario of packaged) {
    const params = scenario.parameters.travel;
    const key = travelParametersKey(params);
    if (seen.has(key)) continue;
    seen.add(key);
    homeTravel.push(homeTravelOf(dataset, params, options));
  }

  const retirement = options.retirement ?? defaultRetirementRule;
  return {
    format: MANAGER_PACKAGE_FORMAT,
    packageVersion: MANAGER_PACKAGE_VERSION,
    role: 'manager',
    datasetFingerprint: datasetFingerprint(dataset),
    createdAt: options.createdAt,
    dataset: { ...dataset, people: dataset.people.map(sharedPerson), scenarios: packaged },
    precomputed: {
      retirementAge: retirement.retirementAge,
      transitionYears: retirement.transitionYears,
      personFacts: personFactsFromPrivateFields(dataset, retirement),
      homeTravel,
    },
  };
}

/** A person without the private fields (a new object: the dataset is not touched). */
export function sharedPerson(person: Dataset['people'][number]): SharedPerson {
  const copy: Record<string, unknown> = { ...person };
  for (const field of privatePersonFields) delete copy[field];
  return copy as SharedPerson;
}

function homeTravelOf(
  dataset: Dataset,
  params: Scenario['parameters']['travel'],
  options: ManagerPackageOptions,
): HomeTravel {
  const { homeToSite } = travelMatrices(dataset, options.travelModel, params, options.importedMatrix);
  const siteCount = dataset.sites.length;
  const rows = <T>(read: (cell: number) => T) =>
    dataset.people.map((_, i) => dataset.sites.map((_, j) => read(i * siteCount + j)));
  return {
    travelParameters: params,
    personIds: dataset.people.map((p) => p.id),
    siteIds: dataset.sites.map((s) => s.id),
    minutes: rows((c) => homeToSite.minutes[c]!),
    km: rows((c) => homeToSite.km[c]!),
    source: rows((c) => homeToSite.source[c]!),
  };
}
