import type { Dataset } from '../../schema/dataset';

/**
 * What must never appear in an anonymised report, as strings: every person's id, name (and
 * each part of it of four letters or more), current job title, salary, home coordinates as the
 * data prints them, and employment date. A title that is also a public name of the dataset (a
 * municipality, site, unit or competence) is left out, since the report may name those.
 * Birth years are separate (`personalBirthYears`): as bare numbers they need their own rule.
 */
export function personalTokens(dataset: Dataset): string[] {
  const publicNames = new Set(
    [
      ...dataset.municipalities,
      ...dataset.sites,
      ...dataset.units,
      ...dataset.competences,
      ...dataset.localities,
    ].flatMap((x) => {
      // Names in every language they are written in.
      const names = typeof x.name === 'string' ? [x.name] : Object.values(x.name);
      return names.map((n) => n.toLowerCase());
    }),
  );
  const tokens = new Set<string>();
  for (const person of dataset.people) {
    tokens.add(person.id);
    if (person.name !== undefined) {
      tokens.add(person.name);
      for (const part of person.name.split(/\s+/)) if (part.length >= 4) tokens.add(part);
    }
    if (!publicNames.has(person.title.toLowerCase())) tokens.add(person.title);
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

/** Every person's birth year, for the scan (see checkAnonymisedReport.ts). */
export function personalBirthYears(dataset: Dataset): number[] {
  return [...new Set(dataset.people.map((p) => p.birthYear))].sort((a, b) => a - b);
}
