/**
 * A fast reader for the common case of a `solve-assignment` matrix file: the raw bytes of
 * `{"rows": n, "cols": m, "values": [[…], …]}` (keys in any order) scanned straight into a
 * Float64Array, with no intermediate JS arrays. On a 2000×1600 file `JSON.parse` alone costs
 * more than solving (see docs/performance.md).
 *
 * It only accepts a file that is valid in every respect: a JSON object with exactly these
 * three keys, `rows` and `cols` non-negative integers, `values` exactly `rows` lists of exactly
 * `cols` numbers or `null`. Anything else (another key, a string, a BOM, a syntax error, a
 * wrong shape) returns `null`, and the caller takes the ordinary path (`JSON.parse`, zod,
 * `assignmentMatrixCells`), which names the field and the reason. So an accepted file gives
 * exactly what the ordinary path would.
 *
 * Numbers equal `JSON.parse`'s bit for bit: a literal of at most 15 digits without an exponent
 * is `digits / 10^decimals` — both exact doubles, so the one division is the correctly rounded
 * value (Clinger's fast path) —; any other literal goes through `Number()`, which reads JSON's
 * number grammar exactly as `JSON.parse` does.
 */
export interface ScannedAssignmentMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly values: Float64Array;
  /** 0 where the file has `null` (a forbidden pair); undefined when there is none. */
  readonly allowed: Uint8Array | undefined;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

// Byte codes.
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const PLUS = 0x2b;
const LOWER_N = 0x6e;
const LOWER_U = 0x75;
const LOWER_L = 0x6c;

/** Thrown inside the scan for "not the plain case": caught once, at the top. */
class NotPlain extends Error {}
const notPlain = new NotPlain();

class Scanner {
  at = 0;

  constructor(readonly bytes: Uint8Array) {}

  space(): number {
    const { bytes } = this;
    let at = this.at;
    let byte = bytes[at];
    while (byte === SPACE || byte === LF || byte === CR || byte === TAB) byte = bytes[++at];
    this.at = at;
    return byte ?? -1;
  }

  expect(byte: number): void {
    if (this.space() !== byte) throw notPlain;
    this.at++;
  }

  /** A key without escapes. */
  key(): string {
    this.expect(QUOTE);
    const start = this.at;
    const { bytes } = this;
    let at = start;
    while (at < bytes.length && bytes[at] !== QUOTE) {
      if (bytes[at] === 0x5c || bytes[at]! >= 0x80) throw notPlain;
      at++;
    }
    if (at >= bytes.length) throw notPlain;
    this.at = at + 1;
    return String.fromCharCode(...bytes.subarray(start, at));
  }

  /**
   * `rows` or `cols`: digits only (other JSON numbers such as `2e3` or `2000.0` go the ordinary
   * way, which reads them as well and words what is wrong).
   */
  count(): number {
    this.space();
    const { bytes } = this;
    const start = this.at;
    let at = start;
    let value = 0;
    let byte = bytes[at] ?? -1;
    while (byte >= ZERO && byte <= NINE) {
      value = value * 10 + (byte - ZERO);
      byte = bytes[++at] ?? -1;
    }
    const digits = at - start;
    const leadingZero = digits > 1 && bytes[start] === ZERO;
    if (digits === 0 || leadingZero || byte === DOT || byte === LOWER_E || byte === UPPER_E) throw notPlain;
    if (!Number.isSafeInteger(value)) throw notPlain;
    this.at = at;
    return value;
  }
}

/**
 * The `values` array into `out` (row-major, `cols` per row); null cells into `allowed`
 * (created on the first one). Returns the number of rows read; throws if a row is not exactly
 * `cols` long or there are more than `rows`. One function with its position in a local: the
 * hot loop over millions of cells (a method per number was several times slower).
 */
function scanValues(
  scanner: Scanner,
  rows: number,
  cols: number,
  out: Float64Array,
): { count: number; allowed: Uint8Array | undefined } {
  const bytes = scanner.bytes;
  let allowed: Uint8Array | undefined;
  let at = scanner.at;
  let byte = bytes[at]!;
  if (byte !== OPEN_SQUARE) throw notPlain;
  byte = bytes[++at]!;
  while (byte === SPACE || byte === LF || byte === CR || byte === TAB) byte = bytes[++at]!;
  if (byte === CLOSE_SQUARE) {
    scanner.at = at + 1;
    return { count: 0, allowed };
  }
  let count = 0;
  for (;;) {
    if (count === rows || byte !== OPEN_SQUARE) throw notPlain;
    const base = count * cols;
    let j = 0;
    byte = bytes[++at]!;
    while (byte === SPACE || byte === LF || byte === CR || byte === TAB) byte = bytes[++at]!;
    if (byte === CLOSE_SQUARE) {
      byte = bytes[++at]!;
    } else {
      for (;;) {
        if (j === cols) throw notPlain;
        if (byte === LOWER_N) {
          if (bytes[at + 1] !== LOWER_U || bytes[at + 2] !== LOWER_L || bytes[at + 3] !== LOWER_L) throw notPlain;
          at += 4;
          allowed ??= new Uint8Array(rows * cols).fill(1);
          allowed[base + j] = 0;
          byte = bytes[at]!;
        } else {
          const start = at;
          const negative = byte === MINUS;
          if (negative) byte = bytes[++at]!;
          // All digits are counted (leading zeros too): at most 15 keep `digits` below 2^53.
          let digits = 0;
          let length = 0;
          if (byte === ZERO) {
            byte = bytes[++at]!;
          } else if (byte > ZERO && byte <= NINE) {
            do {
              digits = digits * 10 + (byte - ZERO);
              length++;
              byte = bytes[++at]!;
            } while (byte >= ZERO && byte <= NINE);
          } else {
            throw notPlain;
          }
          let decimals = 0;
          if (byte === DOT) {
            byte = bytes[++at]!;
            if (!(byte >= ZERO && byte <= NINE)) throw notPlain;
            do {
              digits = digits * 10 + (byte - ZERO);
              decimals++;
              byte = bytes[++at]!;
            } while (byte >= ZERO && byte <= NINE);
          }
          let value: number;
          if (byte === LOWER_E || byte === UPPER_E) {
            byte = bytes[++at]!;
            if (byte === PLUS || byte === MINUS) byte = bytes[++at]!;
            if (!(byte >= ZERO && byte <= NINE)) throw notPlain;
            do byte = bytes[++at]!;
            while (byte >= ZERO && byte <= NINE);
            value = Number(String.fromCharCode(...bytes.subarray(start, at)));
            // 1e400 is valid JSON but not a cell: the ordinary path says which one.
            if (value - value !== 0) throw notPlain;
          } else if (length + decimals <= 15) {
            const magnitude = decimals === 0 ? digits : digits / POWERS_OF_TEN[decimals]!;
            value = negative ? -magnitude : magnitude;
          } else {
            value = Number(String.fromCharCode(...bytes.subarray(start, at)));
            if (value - value !== 0) throw notPlain;
          }
          out[base + j] = value;
        }
        j++;
        while (byte === SPACE || byte === LF || byte === CR || byte === TAB) byte = bytes[++at]!;
        if (byte === COMMA) {
          byte = bytes[++at]!;
          while (byte === SPACE || byte === LF || byte === CR || byte === TAB) byte = bytes[++at]!;
          continue;
        }
        if (byte === CLOSE_SQUARE) {
          byte = bytes[++at]!;
          break;
        }
        throw notPlain;
      }
    }
    if (j !== cols) throw notPlain;
    count++;
    while (byte === SPACE || byte === LF || byte === CR || byte === TAB) byte = bytes[++at]!;
    if (byte === COMMA) {
      byte = bytes[++at]!;
      while (byte === SPACE || byte === LF || byte === CR || byte === TAB) byte = bytes[++at]!;
      continue;
    }
    if (byte === CLOSE_SQUARE) break;
    throw notPlain;
  }
  scanner.at = at + 1;
  return { count, allowed };
}

/** The matrix, or `null` when the file is anything but the plain valid case (see above). */
export function scanAssignmentMatrix(bytes: Uint8Array): ScannedAssignmentMatrix | null {
  const scanner = new Scanner(bytes);
  try {
    scanner.expect(OPEN_CURLY);
    let rows: number | undefined;
    let cols: number | undefined;
    // `values` may come before `rows` and `cols`: then its start is kept and read afterwards.
    let valuesAt = -1;
    let values: Float64Array | undefined;
    let allowed: Uint8Array | undefined;
    for (;;) {
      const key = scanner.key();
      scanner.expect(COLON);
      if (key === 'rows' && rows === undefined) rows = scanner.count();
      else if (key === 'cols' && cols === undefined) cols = scanner.count();
      else if (key === 'values' && valuesAt < 0 && values === undefined) {
        scanner.space();
        if (rows !== undefined && cols !== undefined) {
          // The usual order: read the cells at once.
          values = new Float64Array(rows * cols);
          const scanned = scanValues(scanner, rows, cols, values);
          if (scanned.count !== rows) throw notPlain;
          allowed = scanned.allowed;
        } else {
          valuesAt = scanner.at;
          skipValues(scanner);
        }
      } else throw notPlain;
      const next = scanner.space();
      scanner.at++;
      if (next === COMMA) continue;
      if (next === CLOSE_CURLY) break;
      throw notPlain;
    }
    if (scanner.space() !== -1) throw notPlain;
    if (rows === undefined || cols === undefined) return null;
    if (values === undefined) {
      if (valuesAt < 0) return null;
      values = new Float64Array(rows * cols);
      scanner.at = valuesAt;
      const scanned = scanValues(scanner, rows, cols, values);
      if (scanned.count !== rows) return null;
      allowed = scanned.allowed;
    }
    return { rows, cols, values, allowed };
  } catch (error) {
    if (error instanceof NotPlain) return null;
    throw error;
  }
}

/**
 * Steps over the `values` array (checking only its brackets and the byte set of numbers and
 * nulls): the cells are read on the second pass, once `rows` and `cols` are known.
 */
function skipValues(scanner: Scanner): void {
  const { bytes } = scanner;
  let at = scanner.at;
  if (bytes[at] !== OPEN_SQUARE) throw notPlain;
  let depth = 0;
  for (; at < bytes.length; at++) {
    const byte = bytes[at]!;
    if (byte === OPEN_SQUARE) depth++;
    else if (byte === CLOSE_SQUARE) {
      if (--depth === 0) break;
    } else if (byte === OPEN_CURLY || byte === CLOSE_CURLY || byte === QUOTE || byte === COLON) throw notPlain;
  }
  if (depth !== 0) throw notPlain;
  scanner.at = at + 1;
}
