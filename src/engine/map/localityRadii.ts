import { scaleSqrt } from 'd3-scale';
import type { Dataset } from '../../schema/dataset';

/** Locality circles: area in proportion to the employees served, radius 2.5–12 map units. */
export function localityRadii(dataset: Pick<Dataset, 'municipalities' | 'localities'>): number[] {
  const employees = new Map(dataset.municipalities.filter((m) => m.member).map((m) => [m.id, m.employees ?? 0]));
  const demand = dataset.localities.map((l) => (employees.get(l.municipalityId) ?? 0) * l.employeeShare);
  const radius = scaleSqrt()
    .domain([0, Math.max(1, ...demand)])
    .range([2.5, 12]);
  return demand.map((d) => radius(d));
}
