import type { Dataset } from '../schema/dataset';
import type { Scenario } from '../schema/scenario';
import { commuteImpact, type CommuteImpact } from './scenario/commuteImpact';
import { fieldStaffToday } from './scenario/fieldStaff';
import { mapRolesWithBasis, type RoleMapping } from './roleMapping/mapRoles';
import type { MappingReuse } from './roleMapping/mappingReuse';
import type { RoleMappingBasis } from './roleMapping/positionExplanation';
import { fieldStaffFromRoles, personSitesFromRoles } from './roleMapping/personSitesFromRoles';
import type { RoleMappingWarning } from './roleMapping/roleMappingProblem';
import { retentionOfPlacements } from './retention/retentionOfPlacements';
import type { RetentionControl, RetentionResult, RetentionWarning } from './retention/retentionTypes';
import { personSitesByFunction, type PersonSite } from './scenario/personSites';
import { membershipDataset } from './scenario/membershipDataset';
import { serviceCoverage, type ServiceCoverage } from './scenario/serviceCoverage';
import type { LocalService, ServiceKeptWarning } from './scenario/serviceKept';
import { serviceKeptOfScenario } from './scenario/serviceKeptOfScenario';
import { siteRoles, type SiteRole } from './scenario/scenarioSites';
import { travelMatrices, type TravelMatrices } from './scenario/travelMatrices';
import { organisationHeadcount, type OrganisationHeadcount } from './scenario/organisationHeadcount';
import { scenarioDataset, scenarioMemberIds } from './scenario/scenarioDataset';
import { serverRooms, type ServerRooms } from './scenario/serverRooms';
import type { ImportedTravelMatrix } from '../schema/travelMatrix';
import type { TravelModel, TravelWarning } from './travel/travelModel';

/**
 * Travel matrices depend on the dataset and the travel parameters, not on the scenario's
 * choices: a caller that evaluates many scenarios keeps one cache and passes it in.
 */
export type EvaluationCache = WeakMap<Dataset, Map<string, TravelMatrices>>;
export const createEvaluationCache = (): EvaluationCache => new WeakMap();

export interface EvaluateOptions {
  travelModel: TravelModel;
  importedMatrix?: ImportedTravelMatrix;
  cache?: EvaluationCache;
  /** Progress and cancellation of the retention Monte Carlo, the long phase. */
  retention?: RetentionControl;
  /**
   * Kept by a caller that evaluates many scenarios of the same people and positions with other
   * sites (the hub optimiser): each role mapping reuses what the sites do not change and starts
   * from the last one's optimum. The results are the same as without it.
   */
  mappingReuse?: MappingReuse;
}

export type EvaluationWarning = TravelWarning | RoleMappingWarning | RetentionWarning | ServiceKeptWarning;

export interface ScenarioEvaluation {
  scenarioId: string;
  kind: Scenario['kind'];
  siteRoles: SiteRole[];
  /** Each person's scenario site and the rule that put them there (people of the new company). */
  placements: PersonSite[];
  /** The role mapping; null for the baseline, which keeps today's organisation. */
  assignment: RoleMapping | null;
  commute: CommuteImpact;
  /** Local service kept, the capacity measure (`serviceKept`, `onSiteFtePer1000Pcs`), and presence within T (secondary). */
  coverage: ServiceCoverage & LocalService;
  /** Who is likely to stay, and the competences at risk; null for the baseline. */
  retention: RetentionResult | null;
  /** Company against retained headcount (docs/retained-positions.md); null for the baseline. */
  organisation: OrganisationHeadcount | null;
  /** The data centre and the server rooms that remain (docs/economics.md). */
  serverRooms: ServerRooms;
  warnings: EvaluationWarning[];
}

/**
 * Evaluates a scenario, in numbered phases (each callable on its own), on the dataset as its
 * membership sees it (`membershipDataset`):
 * 1. normalise: the scenario's site roles;
 * 2. travel: homes × sites and localities × sites (cached per dataset and travel parameters);
 * 3. assignment: the role mapping (hard rules, exact optimum, order of selection), and from it
 *    each person's scenario site (runner-ups and candidates on demand: `evaluateScenarioWithBasis`);
 * 4. commute impact;
 * 5. local service: kept capacity against today (E2SFCA), and presence within T of the staffed points;
 * 6. retention: the seeded Monte Carlo of who stays and which competences are at risk;
 * 7. summarise.
 * Inputs are read-only; the same inputs always give the same result.
 */
export function evaluateScenario(dataset: Dataset, scenario: Scenario, options: EvaluateOptions): ScenarioEvaluation {
  return evaluateScenarioWithBasis(dataset, scenario, options).evaluation;
}

/**
 * `evaluateScenario`, and the role mapping's basis (null for the baseline), from which
 * `explainPosition` computes a position's runner-up and candidates when it is shown.
 */
export function evaluateScenarioWithBasis(
  fullDataset: Dataset,
  scenario: Scenario,
  options: EvaluateOptions,
): { evaluation: ScenarioEvaluation; basis: RoleMappingBasis | null } {
  const { parameters } = scenario;
  const { dataset, travel, byFunction, mapped, assignment } = mappedScenario(fullDataset, scenario, options);
  const roles = siteRoles(dataset, scenario);
  const placements = assignment ? personSitesFromRoles(dataset, scenario, assignment, byFunction) : byFunction;
  // 4. Commute impact
  const commute = commuteImpact(dataset, placements, travel, parameters.commute);
  // 5. Service coverage
  const kept = serviceKeptOfScenario(dataset, scenario, assignment, travel);
  const coverage = {
    ...presenceCoverage(dataset, scenario, travel, assignment, placements),
    serviceKept: kept.serviceKept,
    onSiteFtePer1000Pcs: kept.onSiteFtePer1000Pcs,
  };
  // 6. Retention
  const retention = assignment
    ? retentionOfPlacements(
        dataset,
        assignment.placements,
        [...assignment.vacant, ...assignment.recruited],
        parameters.attrition,
        options.retention,
      )
    : null;
  // 7. Summarise
  const evaluation: ScenarioEvaluation = {
    scenarioId: scenario.id,
    kind: scenario.kind,
    siteRoles: [...roles.values()].filter(
      (r) => r.headOffice || r.functions.length > 0 || r.servicePointFor.length > 0 || r.dataCentre === true,
    ),
    placements,
    assignment,
    commute,
    coverage,
    retention,
    organisation: assignment ? organisationHeadcount(dataset, scenarioMemberIds(dataset, scenario), assignment) : null,
    serverRooms: serverRooms(dataset, scenario),
    warnings: [...travel.warnings, ...kept.warnings, ...(assignment?.warnings ?? []), ...(retention?.warnings ?? [])],
  };
  return { evaluation, basis: mapped?.basis ?? null };
}

/**
 * What ranks a hub candidate (`evaluatedHubObjective`): the role mapping and the presence of
 * staff within T, as `evaluateScenario` gives them, without what the ranking does not read
 * (commute table, service kept, retention, organisation, server rooms).
 */
export function evaluateMappingAndPresence(
  fullDataset: Dataset,
  scenario: Scenario,
  options: EvaluateOptions,
): MappingAndPresence {
  const { dataset, travel, byFunction, assignment } = mappedScenario(fullDataset, scenario, options);
  return { assignment, coverage: presenceCoverage(dataset, scenario, travel, assignment, byFunction) };
}

export type MappingAndPresence = Pick<ScenarioEvaluation, 'assignment'> & { coverage: ServiceCoverage };

/** Phases 0–3: the scenario's view of the dataset, its travel matrices and its role mapping. */
function mappedScenario(fullDataset: Dataset, scenario: Scenario, options: EvaluateOptions) {
  // 0. Membership: only the scenario's members' people, positions and sites (docs/membership.md)
  const baseDataset = membershipDataset(fullDataset, scenario);
  // 1. Normalise: the positions members retain and a new data-centre site join the dataset.
  const dataset = scenarioDataset(baseDataset, scenario);
  // 2. Travel
  const travel = cachedTravelMatrices(baseDataset, scenario, options, dataset);
  // 3. Assignment
  const byFunction = personSitesByFunction(dataset, scenario, travel);
  const mapped =
    scenario.kind === 'baseline' ? null : mapRolesWithBasis(dataset, scenario, travel, options.mappingReuse);
  return { dataset, travel, byFunction, mapped, assignment: mapped?.mapping ?? null };
}

/** Phase 5's presence within T of the field staff: the role mapping's, or today's for the baseline. */
function presenceCoverage(
  dataset: Dataset,
  scenario: Scenario,
  travel: TravelMatrices,
  assignment: RoleMapping | null,
  placements: PersonSite[],
): ServiceCoverage {
  const staff = assignment ? fieldStaffFromRoles(dataset, scenario, assignment) : fieldStaffToday(dataset, placements);
  return serviceCoverage(dataset, scenario, staff, travel, scenario.parameters.coverage);
}

/**
 * Phase 2 with the caller's cache: the travel matrices of the dataset under the scenario's
 * travel parameters. `scoped` is the scenario's view of the dataset (`scenarioDataset`): where
 * it adds a site (a new data centre) the matrices cover it, cached under the base dataset.
 */
export function cachedTravelMatrices(
  dataset: Dataset,
  scenario: Scenario,
  options: Pick<EvaluateOptions, 'travelModel' | 'importedMatrix' | 'cache'>,
  scoped: Dataset = dataset,
): TravelMatrices {
  const compute = () => travelMatrices(scoped, options.travelModel, scenario.parameters.travel, options.importedMatrix);
  if (!options.cache || options.importedMatrix) return compute();
  let byParameters = options.cache.get(dataset);
  if (!byParameters) {
    byParameters = new Map();
    options.cache.set(dataset, byParameters);
  }
  const addedSites = scoped.sites.length === dataset.sites.length ? [] : scoped.sites.slice(dataset.sites.length);
  const key = JSON.stringify([scenario.parameters.travel, addedSites]);
  let travel = byParameters.get(key);
  if (!travel) {
    travel = compute();
    byParameters.set(key, travel);
  }
  return travel;
}
