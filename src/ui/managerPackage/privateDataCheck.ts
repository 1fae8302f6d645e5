import { privateCsvColumns, privateFieldPaths } from '../../io/privateFieldScan';
import { CSV_TYPE, downloadText } from '../data/downloadText';

/** Column headers that hold private person data in either language (the person import template's). */
const privateHeaders = [
  'lön',
  'salary',
  'hem_lat',
  'hem_lon',
  'home_lat',
  'home_lon',
  'födelseår',
  'birth_year',
  'anställd_från',
  'employment_start',
];

/** Where an export's text holds a private field: JSON keys anywhere, CSV header columns. */
export function privateDataIn(text: string, type: string): string[] {
  if (type === CSV_TYPE) return privateCsvColumns(text, privateHeaders);
  try {
    return privateFieldPaths(JSON.parse(text));
  } catch {
    return [];
  }
}

/**
 * A download that refuses (returns the offending fields) when the text holds a private field:
 * every export made in manager mode goes through it (docs/roles-and-packages.md).
 */
export function checkedDownload(text: string, fileName: string, type: string): string[] {
  const found = privateDataIn(text, type);
  if (found.length === 0) downloadText(text, fileName, type);
  return found;
}
