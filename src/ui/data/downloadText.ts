/** Downloads text as a file through a Blob URL (the CSP allows blob:), revoked once the click has started it. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json;charset=utf-8';

/**
 * A file name from what the user calls a thing (a scenario's name), not an internal id:
 * letters (å, ä, ö kept), digits and hyphens; `Centraliserad (2)` → `Centraliserad-2`.
 */
export function fileNamePart(name: string): string {
  const part = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return part === '' ? 'scenario' : part.slice(0, 60);
}
