import { memberStandAloneCostSchema, type MemberStandAloneCost } from '../../schema/economics';
import { readDelimited } from './readDelimited';

/** The columns of HR's stand-alone cost file, one row per member (docs/economics.md). */
export const economicsCsvColumns = ['municipalityId', 'staffCostSek', 'nonStaffCostSek', 'source'] as const;

/** A problem in the file: its name, the spreadsheet row (the header is row 1), the column and why. */
export interface EconomicsCsvProblem {
  file: string;
  row: number;
  column: string;
  code:
    'missing-column' | 'not-a-number' | 'negative' | 'required' | 'unknown-member' | 'duplicate' | 'syntax' | 'empty';
  value: string;
}

export type EconomicsCsvResult =
  { ok: true; members: MemberStandAloneCost[] } | { ok: false; problems: EconomicsCsvProblem[] };

/** Reads a number as spreadsheets write it: `1 234 567`, `1234567,5` or `1234567.5`. */
function parseAmount(text: string): number {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace('\u2212', '-');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

/**
 * Parses HR's stand-alone costs: `municipalityId;staffCostSek;nonStaffCostSek;source`, separator
 * `;`, `,` or tab. An empty cost cell leaves that part to the estimate. Every problem is reported
 * at once, with file, row and column; nothing is returned unless the whole file is valid.
 */
export function readEconomicsCsv(file: string, text: string, memberIds: readonly string[]): EconomicsCsvResult {
  const table = readDelimited(text.replace(/^\uFEFF/, ''));
  const problems: EconomicsCsvProblem[] = table.syntaxErrors.map((e) => ({
    file,
    row: e.row,
    column: '',
    code: 'syntax',
    value: e.detail,
  }));
  const [header, ...rows] = table.records.filter((r) => r.some((c) => c.trim() !== ''));
  if (!header) return { ok: false, problems: [{ file, row: 1, column: '', code: 'empty', value: '' }] };
  const index = new Map(header.map((h, k) => [h.trim(), k]));
  for (const column of ['municipalityId', 'staffCostSek', 'nonStaffCostSek'])
    if (!index.has(column)) problems.push({ file, row: 1, column, code: 'missing-column', value: '' });
  if (problems.length > 0) return { ok: false, problems };
  const members: MemberStandAloneCost[] = [];
  const seen = new Set<string>();
  rows.forEach((record, k) => {
    const row = k + 2;
    const cell = (column: string) => (record[index.get(column) ?? -1] ?? '').trim();
    const id = cell('municipalityId');
    if (id === '') problems.push({ file, row, column: 'municipalityId', code: 'required', value: '' });
    else if (!memberIds.includes(id))
      problems.push({ file, row, column: 'municipalityId', code: 'unknown-member', value: id });
    else if (seen.has(id)) problems.push({ file, row, column: 'municipalityId', code: 'duplicate', value: id });
    seen.add(id);
    const amount = (column: 'staffCostSek' | 'nonStaffCostSek'): number | undefined => {
      const text = cell(column);
      if (text === '') return undefined;
      const value = parseAmount(text);
      if (!Number.isFinite(value)) problems.push({ file, row, column, code: 'not-a-number', value: text });
      else if (value < 0) problems.push({ file, row, column, code: 'negative', value: text });
      return value;
    };
    const staff = amount('staffCostSek');
    const nonStaff = amount('nonStaffCostSek');
    const source = cell('source');
    const parsed = memberStandAloneCostSchema.safeParse({
      municipalityId: id,
      staffCostSek: staff,
      nonStaffCostSek: nonStaff,
      ...(source ? { source } : {}),
    });
    if (parsed.success) members.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, members };
}
