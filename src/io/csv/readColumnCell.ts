import type { LocationRule } from '../../schema/position';
import type { ColumnKind } from '../templates/columnDefinition';
import { readBoolean, readDate, readFraction, readInteger, readNumber, type CellRead } from './readCell';

const SITE_KIND_WORDS: Record<string, string> = {
  kommunhus: 'town-hall',
  stadshus: 'town-hall',
  'it-kontor': 'it-office',
  itkontor: 'it-office',
  serverrum: 'server-room',
  serverhall: 'server-room',
  datahall: 'datacenter',
};

/** A text cell; the `'` that an export puts before a formula character is taken off again. */
export const readText = (raw: string): string => {
  const trimmed = raw.trim();
  return /^'[=+\-@\t\r]/.test(trimmed) ? trimmed.slice(1) : trimmed;
};

/** `function-site`, `any` or `local:<municipality id>` (Swedish `lokal:` and `valfri` accepted). */
export function readLocation(raw: string): CellRead<LocationRule> {
  const word = raw.trim().toLowerCase();
  if (word === 'function-site' || word === 'funktionens-plats' || word === 'funktionsplats')
    return { ok: true, value: { rule: 'function-site' } };
  if (word === 'any' || word === 'valfri') return { ok: true, value: { rule: 'any' } };
  const local = /^(?:local|lokal)\s*:\s*(\S+)$/.exec(raw.trim());
  if (local) return { ok: true, value: { rule: 'local', municipalityId: local[1]! } };
  return { ok: false, code: 'not-a-location', params: { value: raw } };
}

/** A requirement cell: `minLevel` or `minLevel:weight`. */
export function readRequirement(raw: string): CellRead<{ minLevel: number; weight?: number }> {
  const [levelText, weightText, ...rest] = raw.split(':');
  const bad = { ok: false as const, code: 'not-a-requirement' as const, params: { value: raw } };
  if (rest.length > 0 || levelText === undefined) return bad;
  const level = readInteger(levelText);
  if (!level.ok) return bad;
  if (weightText === undefined) return { ok: true, value: { minLevel: level.value } };
  const weight = readNumber(weightText);
  return weight.ok ? { ok: true, value: { minLevel: level.value, weight: weight.value } } : bad;
}

/**
 * Employment periods: `start/end` or `start/` (open), several joined by `|` (or `;`); the end
 * may also follow `–` or `..`. A lone date is one open period.
 */
export function readPeriods(raw: string): CellRead<Array<{ start: string; end?: string }>> {
  const bad = { ok: false as const, code: 'not-periods' as const, params: { value: raw } };
  const periods: Array<{ start: string; end?: string }> = [];
  for (const part of raw.split(/[|;]/)) {
    if (part.trim() === '') continue;
    const [startText, endText, ...rest] = part.split(/\/|–|\.\./);
    if (rest.length > 0 || startText === undefined) return bad;
    const start = readDate(startText);
    if (!start.ok) return bad;
    if (endText === undefined || endText.trim() === '') periods.push({ start: start.value });
    else {
      const end = readDate(endText);
      if (!end.ok) return bad;
      periods.push({ start: start.value, end: end.value });
    }
  }
  return periods.length > 0 ? { ok: true, value: periods } : bad;
}

/** Employment periods as a cell: `start/end|start/`. */
export const periodsText = (periods: ReadonlyArray<{ start: string; end?: string }>): string =>
  periods.map((p) => `${p.start}/${p.end ?? ''}`).join('|');

/** Reads a non-empty cell of a column of the given kind. */
export function readColumnCell(kind: ColumnKind, raw: string): CellRead<unknown> {
  switch (kind) {
    case 'id':
    case 'optional-id':
      return { ok: true, value: raw.trim() };
    case 'text':
      return { ok: true, value: readText(raw) };
    case 'number':
      return readNumber(raw);
    case 'integer':
      return readInteger(raw);
    case 'fraction':
      return readFraction(raw);
    case 'boolean':
      return readBoolean(raw);
    case 'date':
      return readDate(raw);
    case 'site-kind': {
      const word = raw.trim().toLowerCase();
      return { ok: true, value: SITE_KIND_WORDS[word] ?? word };
    }
    case 'location':
      return readLocation(raw);
    case 'periods':
      return readPeriods(raw);
  }
}
