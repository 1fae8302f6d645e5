import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * `npm run build` writes the union page into dist/union/ on its own: the folder must hold no
 * personal data and no part of the dataset except public geography (the municipal boundaries,
 * and the towns and roads of data/public-map.json).
 */
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (token: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(token)}($|[^\\p{L}\\p{N}])`, 'u');

test('the union build folder holds the page and nothing of the dataset but public geography', () => {
  const built = files('dist/union');
  expect(built.map((f) => f.replace(/\\/g, '/'))).toContain('dist/union/union.html');
  expect(built.some((f) => f.endsWith('.js'))).toBe(true);
  // No data file copied along.
  expect(built.filter((f) => /\.(json|geojson|csv)$/.test(f))).toEqual([]);
  const text = built.map((f) => readFileSync(f, 'utf8')).join('\n');

  const people = (
    JSON.parse(readFileSync('data/people.json', 'utf8')) as {
      people: {
        id: string;
        name?: string;
        title: string;
        home: { lat: number; lon: number };
        employmentPeriods: { start: string; end?: string }[];
        birthDate?: string;
        birthYear: number;
        salary?: number;
      }[];
    }
  ).people;
  for (const person of people) {
    for (const token of [
      person.id,
      String(person.home.lat),
      String(person.home.lon),
      ...person.employmentPeriods.flatMap((period) => [period.start, ...(period.end ? [period.end] : [])]),
      ...(person.birthDate ? [person.birthDate] : []),
      person.title,
      ...(person.name ? [person.name] : []),
    ]) {
      expect(word(token).test(text), `dist/union holds ${token}`).toBe(false);
    }
  }
  // Nor positions, sites or localities of the dataset (by their ids, as the data files quote them).
  for (const collection of ['positions', 'sites', 'localities']) {
    const items =
      (JSON.parse(readFileSync(`data/${collection}.json`, 'utf8')) as Record<string, { id: string }[]>)[collection] ??
      [];
    for (const item of items)
      expect(text.includes(`"${item.id}"`), `dist/union holds ${collection} ${item.id}`).toBe(false);
  }
  // Nor sites by name, nor what the dataset adds to a locality (its shares of employees and PCs).
  const sites = (JSON.parse(readFileSync('data/sites.json', 'utf8')) as { sites: { name: string }[] }).sites;
  for (const site of sites) expect(word(site.name).test(text), `dist/union holds site ${site.name}`).toBe(false);
  const localities = (
    JSON.parse(readFileSync('data/localities.json', 'utf8')) as {
      localities: { employeeShare: number; pcShare: number }[];
    }
  ).localities;
  // (Shares with four decimals: a share of 0 or 1 says nothing and is in any code.)
  for (const locality of localities)
    for (const share of [locality.employeeShare, locality.pcShare].map(String).filter((s) => s.length >= 6))
      expect(word(share).test(text), `dist/union holds the share ${share}`).toBe(false);
  // The public geography is there: the municipal boundaries' codes and source, and the public
  // map's towns and road numbers (data/public-map.json, derived without ids or shares).
  expect(text).toContain('0683');
  expect(text).toContain('okfse/sweden-geojson');
  for (const town of ['Gislaved', 'Gnosjö', 'Värnamo', 'Vaggeryd', 'Skillingaryd'])
    expect(text).toContain(`"name": "${town}"`);
  expect(text).toContain('"number": "E4"');
});
