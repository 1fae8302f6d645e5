/** Age bands for display and anonymisation; never stored, always derived. */
export const ageBands = ['-29', '30-39', '40-49', '50-59', '60-'] as const;
export type AgeBand = (typeof ageBands)[number];

/** Age in whole years reached during the reference date's year. */
export function ageAt(birthYear: number, referenceDate: string): number {
  return Number(referenceDate.slice(0, 4)) - birthYear;
}

export function ageBand(birthYear: number, referenceDate: string): AgeBand {
  const age = ageAt(birthYear, referenceDate);
  if (age < 30) return '-29';
  if (age < 40) return '30-39';
  if (age < 50) return '40-49';
  if (age < 60) return '50-59';
  return '60-';
}
