import type { Locality } from '../../src/schema/locality';
import type { LocalityFact } from './places';

/**
 * The share of a municipality's employees (and PCs) that the central administration holds in
 * its town: the rest (schools, care, depots) follows the population. Modelling choices,
 * documented in data/README.md.
 */
export const ADMINISTRATION_EMPLOYEE_SHARE = 0.15;
export const ADMINISTRATION_PC_SHARE = 0.1;

/** Shares are written with this many decimals; the largest absorbs the rounding. */
const SHARE_DECIMALS = 4;

/**
 * Computes each locality's employee and PC shares within its municipality:
 *
 *   share_i = a · [i is the administration town] + (1 − a) · pop_i / Σ_j pop_j
 *
 * Dividing by the localities' own population total spreads the rural remainder (people
 * living outside any locality) in proportion to the localities' populations. Each share is
 * rounded to 4 decimals and the largest share of the municipality takes the rounding
 * difference, so the written shares sum to exactly 1.
 */
export function localityShares(
  facts: readonly LocalityFact[],
  administrationLocality: Readonly<Record<string, string>>,
): Locality[] {
  const byMunicipality = new Map<string, LocalityFact[]>();
  for (const fact of facts) {
    const group = byMunicipality.get(fact.municipalityId) ?? [];
    group.push(fact);
    byMunicipality.set(fact.municipalityId, group);
  }
  const shares = new Map<string, { employeeShare: number; pcShare: number }>();
  for (const [municipalityId, group] of byMunicipality) {
    const adminId = administrationLocality[municipalityId];
    const employee = roundedShares(group.map((l) => rawShare(l, group, adminId, ADMINISTRATION_EMPLOYEE_SHARE)));
    const pc = roundedShares(group.map((l) => rawShare(l, group, adminId, ADMINISTRATION_PC_SHARE)));
    group.forEach((l, index) => shares.set(l.id, { employeeShare: employee[index] ?? 0, pcShare: pc[index] ?? 0 }));
  }
  return facts.map((fact) => {
    const share = shares.get(fact.id) ?? { employeeShare: 0, pcShare: 0 };
    return {
      id: fact.id,
      name: fact.name,
      municipalityId: fact.municipalityId,
      lat: fact.lat,
      lon: fact.lon,
      population: fact.population,
      employeeShare: share.employeeShare,
      pcShare: share.pcShare,
      source: fact.source,
    };
  });
}

function rawShare(
  locality: LocalityFact,
  group: readonly LocalityFact[],
  adminId: string | undefined,
  adminShare: number,
): number {
  const total = group.reduce((sum, l) => sum + l.population, 0);
  const hasAdmin = group.some((l) => l.id === adminId);
  const concentrated = hasAdmin ? adminShare : 0;
  return (locality.id === adminId ? concentrated : 0) + (1 - concentrated) * (locality.population / total);
}

/** Rounds to SHARE_DECIMALS in integer units so the sum is exactly 1; the largest absorbs the rest. */
function roundedShares(raw: readonly number[]): number[] {
  const unit = 10 ** SHARE_DECIMALS;
  const units = raw.map((x) => Math.round(x * unit));
  let largest = 0;
  units.forEach((u, index) => {
    if (u > (units[largest] ?? 0)) largest = index;
  });
  units[largest] = (units[largest] ?? 0) + unit - units.reduce((sum, u) => sum + u, 0);
  return units.map((u) => u / unit);
}
