import type { Dataset } from '../../schema/dataset';

/**
 * What must never appear in an anonymised report, as strings: every person's id, name (and
 * each part of it of four letters or more), salary, home coordinates as the data prints them,
 * and employment date. Birth years are left out on purpose: as bare numbers they collide with
 * ordinary figures; dates and ages are caught by the date pattern and the bands.
 */
export function personalTokens(dataset: Dataset): string[] {
  const tokens = new Set<string>();
  for (const person of dataset.people) {
    tokens.add(person.id);
    if (person.name !== undefined) {
      tokens.add(person.name);
      for (const part of person.name.split(/\s+/)) if (part.length >= 4) tokens.add(part);
    }
    if (person.salary !== undefined) tokens.add(String(person.salary));
    tokens.add(String(person.home.lat));
    tokens.add(String(person.home.lon));
    for (const period of person.employmentPeriods) {
      tokens.add(period.start);
      if (period.end !== undefined) tokens.add(period.end);
    }
    if (person.birthDate !== undefined) tokens.add(person.birthDate);
  }
  return [...tokens];
}
