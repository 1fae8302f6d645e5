import type { Municipality } from '../../schema/municipality';
import type { Economics } from '../../schema/economics';
import type { FinancingKey } from '../../schema/economicsParameters';
import type { EconomicsIssue, FinancingModel } from './economicsTypes';

/**
 * Each member's share under a key: employees, PCs, inhabitants, or equal (docs/economics.md).
 * w_m = key_m / Σ key; a key that sums to zero is refused.
 */
export function keyShares(
  members: readonly Municipality[],
  key: FinancingKey,
  field: string,
): Record<string, number> | EconomicsIssue {
  const value = (m: Municipality): number =>
    key === 'equal' ? 1 : key === 'employees' ? (m.employees ?? 0) : key === 'pcs' ? (m.pcs ?? 0) : m.population;
  const total = members.reduce((sum, m) => sum + value(m), 0);
  if (!(total > 0)) return { field, code: 'key-sums-to-zero', params: { key } };
  return Object.fromEntries(members.map((m) => [m.id, value(m) / total]));
}

/**
 * Shares by use: u_m = (PCs_m · c_PC + servers_m · c_server + devices_m · c_device) / Σ, the unit
 * costs serving as relative prices; the price per unit recovers the cost to share each year.
 */
export function useShares(
  members: readonly Municipality[],
  economics: Economics,
): { shares: Record<string, number>; units: number } | EconomicsIssue {
  const { perPcSek, perServerSek, perNetworkDeviceSek } = economics.unitCosts;
  const usage = (m: Municipality) =>
    (m.pcs ?? 0) * perPcSek + (m.servers ?? 0) * perServerSek + (m.networkDevices ?? 0) * perNetworkDeviceSek;
  const total = members.reduce((sum, m) => sum + usage(m), 0);
  if (!(total > 0)) return { field: 'economics.unitCosts', code: 'use-sums-to-zero', params: {} };
  return { shares: Object.fromEntries(members.map((m) => [m.id, usage(m) / total])), units: total };
}

/** Combined: φ · key share + (1 − φ) · use share. */
export function combinedShares(
  key: Record<string, number>,
  use: Record<string, number>,
  fixedShare: number,
): Record<string, number> {
  return Object.fromEntries(
    Object.keys(key).map((id) => [id, fixedShare * key[id]! + (1 - fixedShare) * (use[id] ?? 0)]),
  );
}

/**
 * Payments per member and year: each pays its own operations until the transfer, and its share
 * of the rest of the company's cost: pay_m(y) = B_m(y) + share_m · (total(y) − Σ B(y)).
 * So the payments of a year sum to the company's total by construction.
 */
export function payments(
  shares: Record<FinancingModel, Record<string, number>>,
  total: readonly number[],
  beforeTransfer: Record<string, number[]>,
): Record<FinancingModel, Record<string, number[]>> {
  const ids = Object.keys(beforeTransfer);
  const shared = total.map((t, y) => t - ids.reduce((sum, id) => sum + beforeTransfer[id]![y]!, 0));
  const byModel = (model: FinancingModel) =>
    Object.fromEntries(ids.map((id) => [id, shared.map((s, y) => beforeTransfer[id]![y]! + shares[model][id]! * s)]));
  return { contribution: byModel('contribution'), use: byModel('use'), combined: byModel('combined') };
}

/** Running sums. */
export function accumulate(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

/**
 * The payback year: the first year from which the accumulated saving stays at or above zero
 * to the end of the horizon; null when it ends below zero.
 */
export function paybackYear(years: readonly number[], accumulated: readonly number[]): number | null {
  let from: number | null = null;
  accumulated.forEach((a, k) => {
    if (a < -1e-6) from = null;
    else if (from === null) from = years[k]!;
  });
  return from;
}
