import type { Dataset } from '../../schema/dataset';
import type { CoverageParameters } from '../../schema/scenarioParameters';
import type { WorkFunction } from '../../schema/workFunction';
import { cell, type TravelMatrices } from './travelMatrices';

/**
 * Local service kept: capacity, not presence (docs/service-coverage.md). An enhanced two-step
 * floating catchment (E2SFCA; Luo & Wang 2003, Luo & Qi 2009) with a continuous, truncated
 * Gaussian distance decay (as in the kernel-density 2SFCA of Dai 2010):
 *
 *   w(t)  = (e^(−t²/β) − e^(−T₀²/β)) / (1 − e^(−T₀²/β))  for t ≤ T₀, 0 beyond
 *   R_j   = S_j / Σ_k D_k · w(t_kj)        (step 1: supply per unit of demand in reach of site j)
 *   A_k   = Σ_j R_j · w(t_kj)              (step 2: on-site capacity within reach of locality k)
 *   kept  = Σ_k D_k · min(1, A_k / A_k(today)) / Σ_k D_k
 *
 * S_j = Σ placed holders' employment rate × their function's on-site share; D_k = a member
 * locality's PCs (or employees). w is continuous (0 at T₀), so a small change in a travel time
 * moves the figure a little, never by a whole locality.
 */

/** Default on-site support shares, by function id (docs/service-coverage.md explains each). */
export const DEFAULT_ON_SITE_SHARES: Readonly<Record<string, number>> = {
  'field-service': 1,
  workplace: 0.2,
  'service-desk': 0.25,
  infrastructure: 0.1,
  security: 0,
  'head-office': 0,
};

export interface ServiceKeptWarning {
  code: 'on-site-share-missing';
  params: Record<string, string>;
}

/** The decay weight w(t) for t minutes: 1 at 0, continuous, 0 from T₀ on. */
export function decayWeight(
  minutes: number,
  params: Pick<CoverageParameters, 'catchmentMinutes' | 'decayBeta'>,
): number {
  const { catchmentMinutes: t0, decayBeta: beta } = params;
  if (!(minutes < t0)) return 0;
  const floor = Math.exp(-(t0 * t0) / beta);
  const t = Math.max(0, minutes);
  return (Math.exp(-(t * t) / beta) - floor) / (1 - floor);
}

/** Each function's on-site share: its own, else the default by id (or by siting), with a warning. */
export function onSiteShares(functions: readonly WorkFunction[]): {
  shares: Map<string, number>;
  warnings: ServiceKeptWarning[];
} {
  const shares = new Map<string, number>();
  const warnings: ServiceKeptWarning[] = [];
  for (const f of functions) {
    if (f.onSiteShare !== undefined && Number.isFinite(f.onSiteShare)) {
      shares.set(f.id, f.onSiteShare);
      continue;
    }
    const fallback = DEFAULT_ON_SITE_SHARES[f.id] ?? (f.siting === 'service-point' ? 1 : 0);
    shares.set(f.id, fallback);
    warnings.push({ code: 'on-site-share-missing', params: { functionId: f.id, share: String(fallback) } });
  }
  return { shares, warnings };
}

/** Someone giving on-site support from a site: employment rate × on-site share of the function. */
export interface OnSiteHolder {
  siteId: string;
  functionId: string;
  employmentRate: number;
}

/** S_j per site (dataset order). A holder at an unknown site or of an unknown function adds nothing. */
export function onSiteSupply(
  dataset: Dataset,
  holders: readonly OnSiteHolder[],
  shares: ReadonlyMap<string, number>,
  siteIndex: ReadonlyMap<string, number>,
): Float64Array {
  const supply = new Float64Array(dataset.sites.length);
  for (const h of holders) {
    const j = siteIndex.get(h.siteId);
    const share = shares.get(h.functionId);
    if (j === undefined || share === undefined) continue;
    supply[j]! += h.employmentRate * share;
  }
  return supply;
}

/**
 * The two steps on dense arrays: `minutes(k, j)` the travel time from locality k to site j.
 * Returns A_k for every locality (0 where no supply is in reach).
 */
export function twoStepAccess(
  supply: ArrayLike<number>,
  demand: ArrayLike<number>,
  minutes: (k: number, j: number) => number,
  params: Pick<CoverageParameters, 'catchmentMinutes' | 'decayBeta'>,
): Float64Array {
  const sites = supply.length;
  const localities = demand.length;
  const w = new Float64Array(localities * sites);
  for (let k = 0; k < localities; k++)
    for (let j = 0; j < sites; j++) w[k * sites + j] = decayWeight(minutes(k, j), params);
  const ratio = new Float64Array(sites);
  for (let j = 0; j < sites; j++) {
    if (!(supply[j]! > 0)) continue;
    let weightedDemand = 0;
    for (let k = 0; k < localities; k++) weightedDemand += demand[k]! * w[k * sites + j]!;
    ratio[j] = weightedDemand > 0 ? supply[j]! / weightedDemand : 0;
  }
  const access = new Float64Array(localities);
  for (let k = 0; k < localities; k++) {
    let a = 0;
    for (let j = 0; j < sites; j++) a += ratio[j]! * w[k * sites + j]!;
    access[k] = a;
  }
  return access;
}

/** A locality's share of today's access kept: min(1, A/A_today); 1 where today has none in reach. */
export function keptShare(access: number, accessToday: number): number {
  if (!(accessToday > 0)) return 1;
  return Math.min(1, access / accessToday);
}

export interface ServiceKeptShare {
  pcs: number;
  employees: number;
}

export interface ServiceKept {
  overall: ServiceKeptShare;
  byMunicipality: Record<string, ServiceKeptShare>;
  /** Per member locality, weighted by PCs. */
  byLocality: Record<string, number>;
}

export interface LocalService {
  serviceKept: ServiceKept;
  /** On-site support FTE within reach (Σ_k A_k · D_k) per 1 000 PCs, per member municipality. */
  onSiteFtePer1000Pcs: Record<string, number>;
}

/**
 * Local service kept by a scenario against today, for PCs and for employees: overall, per
 * member municipality, per locality; and the on-site FTE within reach per 1 000 PCs.
 */
export function serviceKept(
  dataset: Dataset,
  todaySupply: ArrayLike<number>,
  scenarioSupply: ArrayLike<number>,
  travel: TravelMatrices,
  params: Pick<CoverageParameters, 'catchmentMinutes' | 'decayBeta'>,
): LocalService {
  const members = new Map(dataset.municipalities.filter((m) => m.member).map((m) => [m.id, m]));
  const localities = dataset.localities.flatMap((l, index) =>
    members.has(l.municipalityId) ? [{ locality: l, index }] : [],
  );
  const demandOf = (key: 'pcs' | 'employees') =>
    Float64Array.from(localities, ({ locality }) => {
      const m = members.get(locality.municipalityId)!;
      return key === 'pcs' ? (m.pcs ?? 0) * locality.pcShare : (m.employees ?? 0) * locality.employeeShare;
    });
  const siteCount = dataset.sites.length;
  const minutes = (k: number, j: number) =>
    j < siteCount ? cell(travel.localityToSite, localities[k]!.index, j).minutes : Infinity;

  const byKey = {} as Record<'pcs' | 'employees', { kept: Float64Array; demand: Float64Array; access: Float64Array }>;
  for (const key of ['pcs', 'employees'] as const) {
    const demand = demandOf(key);
    const today = twoStepAccess(todaySupply, demand, minutes, params);
    const access = twoStepAccess(scenarioSupply, demand, minutes, params);
    byKey[key] = { kept: Float64Array.from(access, (a, k) => keptShare(a, today[k]!)), demand, access };
  }

  const mean = (key: 'pcs' | 'employees', include: (k: number) => boolean): number => {
    const { kept, demand } = byKey[key];
    let weight = 0;
    let sum = 0;
    for (let k = 0; k < kept.length; k++) {
      if (!include(k)) continue;
      weight += demand[k]!;
      sum += demand[k]! * kept[k]!;
    }
    return weight > 0 ? sum / weight : 1;
  };
  const byMunicipality: Record<string, ServiceKeptShare> = {};
  const onSiteFtePer1000Pcs: Record<string, number> = {};
  for (const id of [...members.keys()].sort()) {
    const inMunicipality = (k: number) => localities[k]!.locality.municipalityId === id;
    byMunicipality[id] = { pcs: mean('pcs', inMunicipality), employees: mean('employees', inMunicipality) };
    const { access, demand } = byKey.pcs;
    let fte = 0;
    let pcs = 0;
    for (let k = 0; k < localities.length; k++) {
      if (!inMunicipality(k)) continue;
      fte += access[k]! * demand[k]!;
      pcs += demand[k]!;
    }
    onSiteFtePer1000Pcs[id] = pcs > 0 ? (1000 * fte) / pcs : 0;
  }
  const byLocality: Record<string, number> = {};
  localities.forEach(({ locality }, k) => (byLocality[locality.id] = byKey.pcs.kept[k]!));
  return {
    serviceKept: {
      overall: { pcs: mean('pcs', () => true), employees: mean('employees', () => true) },
      byMunicipality,
      byLocality,
    },
    onSiteFtePer1000Pcs,
  };
}
