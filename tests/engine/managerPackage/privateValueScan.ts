import type { Dataset } from '../../../src/schema/dataset';

/**
 * Every private value of HR's dataset found in a text: salaries, home coordinates, birth years
 * (as a field value), birth dates and employment dates. Numbers are matched as whole tokens, so a salary of
 * 41200 is not found inside 141200.5.
 */
export function scanForPrivateValues(text: string, dataset: Dataset): string[] {
  const found: string[] = [];
  const has = (token: string) => new RegExp(`(^|[^0-9.])${token.replace(/\./g, '\\.')}($|[^0-9])`).test(text);
  for (const p of dataset.people) {
    if (p.salary !== undefined && has(String(p.salary))) found.push(`${p.id}.salary`);
    if (has(String(p.home.lat))) found.push(`${p.id}.home.lat`);
    if (has(String(p.home.lon))) found.push(`${p.id}.home.lon`);
    for (const period of p.employmentPeriods) {
      if (text.includes(period.start)) found.push(`${p.id}.employmentPeriods.start`);
      if (period.end !== undefined && text.includes(period.end)) found.push(`${p.id}.employmentPeriods.end`);
    }
    if (p.birthDate !== undefined && text.includes(p.birthDate)) found.push(`${p.id}.birthDate`);
    if (new RegExp(`"birthYear"\\s*[:,]\\s*"?${p.birthYear}|födelseår|birth_year`).test(text))
      found.push(`${p.id}.birthYear`);
  }
  return found;
}
