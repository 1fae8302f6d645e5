/** Files above this size are refused before any parsing (a spreadsheet export of staff is far smaller). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | {
      ok: false;
      code: 'file-too-large' | 'file-empty' | 'file-binary' | 'file-spreadsheet';
      params: Record<string, string | number>;
    };

/** Windows-1252's 0x80–0x9F (some runtimes decode these bytes as Latin-1 control characters). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const SAMPLE_BYTES = 64 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/**
 * Turns a file's bytes into text as a Swedish spreadsheet user's files come: UTF-8 with or
 * without BOM, UTF-16 with BOM (Excel's "Unicode text"), or Windows-1252 (older Excel "CSV")
 * when the bytes are not valid UTF-8. Refuses, by their bytes alone, files that are too large,
 * empty, spreadsheet workbooks or otherwise binary. `sizeBytes` lets a caller that knows a
 * file's size refuse it without reading it.
 */
export function decodeText(bytes: Uint8Array, sizeBytes: number = bytes.length): DecodedText {
  if (sizeBytes > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      code: 'file-too-large',
      params: { sizeMb: roundMb(sizeBytes), limitMb: roundMb(MAX_IMPORT_BYTES) },
    };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, code: 'file-spreadsheet', params: {} };
  }
  let text: string;
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes.subarray(2));
  } else {
    if (looksBinary(bytes)) return { ok: false, code: 'file-binary', params: {} };
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, code: 'file-empty', params: {} };
  if (encoding !== 'utf-8' && text.slice(0, SAMPLE_BYTES).includes('\u0000'))
    return { ok: false, code: 'file-binary', params: {} };
  return { ok: true, text, encoding };
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Binary, not text: any NUL byte, or more than 5 % control characters other than tab, line
 * feed, form feed and carriage return, in the first 64 KiB.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return control > n * 0.05;
}

const roundMb = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;
