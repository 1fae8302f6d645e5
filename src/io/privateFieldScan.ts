import { privatePersonFields } from '../schema/managerPackage';

/** Names that hold private person data, today's and those a dataset may add (birth date, employment periods). */
const privateKeys = new Set<string>([...privatePersonFields, 'birthDate', 'employmentPeriods', 'employmentEnd']);

/**
 * The paths in a JSON value where a private person field appears as a key (docs/roles-and-packages.md):
 * every export made in manager mode is checked with it before it is offered, and refused if any.
 */
export function privateFieldPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => privateFieldPaths(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const at = path === '' ? key : `${path}.${key}`;
    return privateKeys.has(key) ? [at, ...privateFieldPaths(inner, at)] : privateFieldPaths(inner, at);
  });
}

/** The private field names among a CSV's header cells (first line, comma or semicolon separated). */
export function privateCsvColumns(csv: string, headerNames: readonly string[]): string[] {
  const header = (csv.split(/\r?\n/, 1)[0] ?? '')
    .split(/[;,]/)
    .map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
  const named = new Set(headerNames.map((h) => h.toLowerCase()));
  return header.filter((cell) => named.has(cell) || privateKeys.has(cell));
}
