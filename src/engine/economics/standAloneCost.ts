import type { Dataset } from '../../schema/dataset';
import type { Economics } from '../../schema/economics';
import type { SalaryBook } from './salaries';

/** Where a member's stand-alone cost part comes from: HR's figure, or the estimate. */
export type CostSource = 'data' | 'estimate';

export interface MemberStandAloneCost {
  readonly municipalityId: string;
  /** Annual staff cost, first-year prices. */
  readonly staffSek: number;
  readonly staffSource: CostSource;
  /** Annual non-staff cost, first-year prices. */
  readonly nonStaffSek: number;
  readonly nonStaffSource: CostSource;
  /** People whose salaries the staff estimate rests on (0 when HR's figure is used). */
  readonly salaryPeople: number;
}

/**
 * Each member's stand-alone annual IT-operations cost (docs/economics.md):
 *   staff_m    = HR's figure, else Σ_i∈m 12 · salary_i · rate_i · (1 + onCosts)
 *   nonStaff_m = HR's figure, else PCs_m · c_PC + servers_m · c_server + devices_m · c_device
 */
export function standAloneCosts(dataset: Dataset, economics: Economics, salaries: SalaryBook): MemberStandAloneCost[] {
  const figures = new Map(economics.members.map((m) => [m.municipalityId, m]));
  const { perPcSek, perServerSek, perNetworkDeviceSek } = economics.unitCosts;
  return dataset.municipalities
    .filter((m) => m.member)
    .map((m) => {
      const given = figures.get(m.id);
      const people = dataset.people.filter((p) => p.municipalityId === m.id);
      const estimatedStaff = people.reduce(
        (sum, p) => sum + 12 * salaries.ofPerson(p).monthlySek * p.employmentRate * (1 + economics.onCostRate),
        0,
      );
      const estimatedNonStaff =
        (m.pcs ?? 0) * perPcSek + (m.servers ?? 0) * perServerSek + (m.networkDevices ?? 0) * perNetworkDeviceSek;
      const staffGiven = given?.staffCostSek !== undefined;
      return {
        municipalityId: m.id,
        staffSek: staffGiven ? given.staffCostSek! : estimatedStaff,
        staffSource: staffGiven ? 'data' : 'estimate',
        nonStaffSek: given?.nonStaffCostSek ?? estimatedNonStaff,
        nonStaffSource: given?.nonStaffCostSek !== undefined ? 'data' : 'estimate',
        salaryPeople: staffGiven ? 0 : people.length,
      } satisfies MemberStandAloneCost;
    });
}
