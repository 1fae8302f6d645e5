import Papa from 'papaparse';

export type Separator = ';' | ',' | '\t';

export interface DelimitedTable {
  separator: Separator;
  /** Every record as the spreadsheet shows it: `records[i]` is row `i + 1`. */
  records: string[][];
  /** Quoting problems, with the spreadsheet row they start in. */
  syntaxErrors: { row: number; detail: string }[];
}

/**
 * The separator of a spreadsheet export, from its header line: the most frequent of `;`
 * (Swedish Excel and LibreOffice), `,` and tab, counted outside quotes.
 */
export function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (counts[';'] + counts[','] + counts['\t'] > 0) break;
    } else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/** Splits delimited text into records (papaparse, RFC 4180 quoting). */
export function readDelimited(text: string): DelimitedTable {
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: separator,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const syntaxErrors = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ row: (e.row ?? 0) + 1, detail: e.message }));
  return { separator, records: parsed.data, syntaxErrors };
}

export const isBlankRecord = (record: readonly string[]): boolean => record.every((cell) => cell.trim() === '');
