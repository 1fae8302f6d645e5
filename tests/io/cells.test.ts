import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/io/csv/readColumnCell';
import { readBoolean, readDate, readFraction, readInteger, readNumber } from '../../src/io/csv/readCell';
import { decodeText, decodeWindows1252 } from '../../src/io/csv/decodeText';
import { detectSeparator } from '../../src/io/csv/readDelimited';
import { csvFormats, formatCell, writeCsv } from '../../src/io/csv/writeCsv';

describe('cells', () => {
  it('reads back every finite number it writes, in both notations', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('sv' as const, 'en' as const),
        (x, lang) => {
          const read = readNumber(formatCell(x, csvFormats[lang]));
          expect(read.ok && read.value).toBe(x === 0 ? 0 : x);
        },
      ),
    );
  });

  it('reads back every text it writes through a spreadsheet split, formula escape included', () => {
    // Characters that matter to CSV and to formulas; cells are trimmed on import, and a leading ' is the escape.
    const unit = fc.constantFrom('a', 'Ö', ';', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', ' ', "'", '0', '.');
    const text = fc.string({ minLength: 1, unit }).filter((s) => s === s.trim() && !s.startsWith("'") && s !== '');
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('sv' as const, 'en' as const),
        (cells, lang) => {
          const csv = writeCsv(cells, [cells], lang);
          const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: csvFormats[lang].separator }).data;
          expect(parsed[1]!.map(readText)).toEqual(cells);
        },
      ),
    );
  });

  it.each([
    ['0,8', 0.8],
    ['0.8', 0.8],
    ['38 500', 38500],
    ['38\u00a0500', 38500],
    ['\u22123,5', -3.5],
    ['+2', 2],
    ['1e3', 1000],
  ])('reads the number %j', (raw, value) => {
    expect(readNumber(raw)).toEqual({ ok: true, value });
  });

  it.each(['abc', '1.234,5', '1,234.5', '', '0x10', 'Infinity', '1,2,3'])('refuses %j as a number', (raw) => {
    expect(readNumber(raw).ok).toBe(false);
  });

  it('reads percentages, whole numbers, yes/no and dates as spreadsheets write them', () => {
    expect(readFraction('80 %')).toEqual({ ok: true, value: 0.8 });
    expect(readInteger('1979')).toEqual({ ok: true, value: 1979 });
    expect(readInteger('1979,5').ok).toBe(false);
    for (const yes of ['ja', 'JA', 'Yes', 'true', 'SANT', '1'])
      expect(readBoolean(yes)).toEqual({ ok: true, value: true });
    for (const no of ['nej', 'No', 'FALSE', 'falskt', '0']) expect(readBoolean(no)).toEqual({ ok: true, value: false });
    expect(readBoolean('kanske').ok).toBe(false);
    expect(readDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(readDate('2024-02-29 00:00:00')).toEqual({ ok: true, value: '2024-02-29' });
    expect(readDate('2023-02-29').ok).toBe(false);
    expect(readDate('29/02/2024').ok).toBe(false);
  });
});

describe('text decoding and separators', () => {
  it('decodes Windows-1252, the euro sign and dashes included', () => {
    expect(decodeWindows1252(Uint8Array.from([0xc5, 0xe4, 0xf6, 0x20, 0x80, 0x96, 0x97]))).toBe('Åäö €–—');
    const decoded = decodeText(Uint8Array.from([0x6e, 0x61, 0x6d, 0x6e, 0x3b, 0xd6, 0x72, 0x6a, 0x61, 0x6e]));
    expect(decoded).toEqual({ ok: true, text: 'namn;Örjan', encoding: 'windows-1252' });
  });

  it('keeps UTF-8 as UTF-8 and drops its BOM', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFnamn;Örjan'))).toEqual({
      ok: true,
      text: 'namn;Örjan',
      encoding: 'utf-8',
    });
  });

  it.each([
    ['id;namn;lat\r\n1;a,b;57,1', ';'],
    ['id,name,lat\n1,"a;b",57.1', ','],
    ['id\tname\n1\ta', '\t'],
    ['"a;b",c,d\n', ','],
  ])('detects the separator of %j', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });
});
