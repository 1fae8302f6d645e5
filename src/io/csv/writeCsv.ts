import { inLanguage, type Language } from '../../schema/language';
/** A cell to write: text, a number (written as a number), yes/no, or empty. */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvFormat {
  separator: ';' | ',';
  decimal: ',' | '.';
  yes: string;
  no: string;
}

/**
 * Swedish Excel reads `;` with decimal comma; English spreadsheets `,` with decimal point.
 * Both get a UTF-8 BOM so that Excel reads å, ä and ö right.
 */
export const csvFormats: { sv: CsvFormat; en: CsvFormat } = {
  sv: { separator: ';', decimal: ',', yes: 'ja', no: 'nej' },
  en: { separator: ',', decimal: '.', yes: 'yes', no: 'no' },
};

export const BOM = '\uFEFF';

/** Text a spreadsheet would run as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that would start a formula gets a leading `'`; numbers are never escaped. */
export const escapeFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

export function formatNumber(value: number, format: CsvFormat): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return format.decimal === ',' ? text.replace('.', ',') : text;
}

function quote(text: string, format: CsvFormat): string {
  return text.includes(format.separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** One cell as written: numbers in the format's decimal notation, text escaped and quoted. */
export function formatCell(cell: CsvCell, format: CsvFormat): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatNumber(cell, format);
  if (typeof cell === 'boolean') return cell ? format.yes : format.no;
  return quote(escapeFormula(cell), format);
}

/** A whole CSV file (BOM, CRLF line ends as Excel writes them) from a header and rows. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], lang: Language): string {
  const format = inLanguage(csvFormats, lang);
  const lines = [header, ...rows].map((cells) => cells.map((c) => formatCell(c, format)).join(format.separator));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
