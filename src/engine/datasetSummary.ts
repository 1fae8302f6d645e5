import type { Dataset } from '../schema/dataset';
import { memberFigureFields } from '../schema/municipality';
import { membershipDataset } from './scenario/membershipDataset';

export interface MunicipalitySummary {
  id: string;
  name: string;
  member: boolean;
  population: number;
  employees: number | null;
  itStaff: number | null;
  pcs: number | null;
  servers: number | null;
  networkDevices: number | null;
  serverRooms: number | null;
  /** People in the data employed by this municipality today. */
  people: number;
}

export interface DatasetSummary {
  people: { total: number; byMunicipality: Record<string, number> };
  positions: { total: number; managers: number; byUnit: Record<string, number> };
  municipalities: MunicipalitySummary[];
  /** Totals over the member municipalities, always computed from their figures. */
  memberTotals: Record<(typeof memberFigureFields)[number], number>;
}

/**
 * Head counts and the pre-study's figures, with totals computed (never stored). Head counts
 * and totals are the default membership's (docs/membership.md); each municipality's row counts
 * its own people, a possible member's too.
 */
export function datasetSummary(fullDataset: Dataset): DatasetSummary {
  const dataset = membershipDataset(fullDataset, {});
  const members = dataset.municipalities.filter((m) => m.member);
  const byMunicipality: Record<string, number> = {};
  for (const m of members) byMunicipality[m.id] = dataset.people.filter((p) => p.municipalityId === m.id).length;
  const byUnit: Record<string, number> = {};
  for (const p of dataset.positions) byUnit[p.unitId] = (byUnit[p.unitId] ?? 0) + 1;
  const memberTotals = Object.fromEntries(
    memberFigureFields.map((field) => [field, members.reduce((sum, m) => sum + (m[field] ?? 0), 0)]),
  ) as DatasetSummary['memberTotals'];
  return {
    people: { total: dataset.people.length, byMunicipality },
    positions: {
      total: dataset.positions.length,
      managers: dataset.positions.filter((p) => p.manager).length,
      byUnit,
    },
    municipalities: fullDataset.municipalities.map((m) => ({
      id: m.id,
      name: m.name,
      member: m.member,
      population: m.population,
      employees: m.employees,
      itStaff: m.itStaff,
      pcs: m.pcs,
      servers: m.servers,
      networkDevices: m.networkDevices,
      serverRooms: m.serverRooms,
      people: fullDataset.people.filter((p) => p.municipalityId === m.id).length,
    })),
    memberTotals,
  };
}
