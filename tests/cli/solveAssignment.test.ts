import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { solveAssignmentCommand } from '../../src/cli/commands/solveAssignment';
import type { CliIo } from '../../src/cli/command';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'solve-assignment-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeIo(lang: CliIo['lang'] = 'en'): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    lang,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    outText: () => out.join('\n'),
    errText: () => err.join('\n'),
  };
}

function matrixFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('solve-assignment', () => {
  const good = {
    rows: 3,
    cols: 2,
    values: [
      [4, 1],
      [2, null],
      [3, 5],
    ],
  };

  it('minimises by default and prints the assignment and total', async () => {
    const io = fakeIo();
    const code = await solveAssignmentCommand(['--matrix', matrixFile('good.json', good)], io);
    expect(code).toBe(0);
    // Cheapest with both columns filled: row 0 → 1 (1) and row 1 → 0 (2).
    expect(JSON.parse(io.outText())).toEqual({ assignment: [1, 0, -1], total: 3 });
    expect(io.errText()).toBe('');
  });

  it('maximises with --maximise, never using a forbidden pair', async () => {
    const io = fakeIo();
    const code = await solveAssignmentCommand(['--matrix', matrixFile('good-max.json', good), '--maximise'], io);
    expect(code).toBe(0);
    expect(JSON.parse(io.outText())).toEqual({ assignment: [0, -1, 1], total: 9 });
  });

  const malformed: Array<[string, unknown, RegExp]> = [
    ['ragged.json', { rows: 2, cols: 2, values: [[1, 2], [3]] }, /values\[1\].*1 values.*"cols" says 2/],
    [
      'nan.json',
      {
        rows: 2,
        cols: 2,
        values: [
          [1, 2],
          [3, 'NaN'],
        ],
      },
      /values\[1\]\[1\].*a number or null.*"NaN"/,
    ],
    [
      'rowcount.json',
      {
        rows: 3,
        cols: 2,
        values: [
          [1, 2],
          [3, 4],
        ],
      },
      /field values:.*2 rows.*"rows" says 3/,
    ],
    ['missing.json', { cols: 2, values: [[1, 2]] }, /field rows: is missing/],
    ['badrows.json', { rows: 1.5, cols: 2, values: [[1, 2]] }, /field rows: must be a whole number/],
    ['notarray.json', { rows: 1, cols: 1, values: 'x' }, /field values: must be a list/],
    ['badjson.json', '{"rows": 1, "cols": ', /not valid JSON/],
    ['rownotlist.json', { rows: 2, cols: 1, values: [[1], 'x'] }, /field values\[1\]: must be a list, not "x"/],
    [
      'deepcell.json',
      {
        rows: 300,
        cols: 300,
        values: Array.from({ length: 300 }, (_, i) =>
          Array.from({ length: 300 }, (_, j) => (i === 287 && j === 191 ? true : i + j)),
        ),
      },
      /field values\[287\]\[191\]: must be a number or null, not true/,
    ],
  ];
  for (const [name, content, pattern] of malformed) {
    it(`rejects ${name} with exit 1 and a message naming the file and field`, async () => {
      const io = fakeIo();
      const path = matrixFile(name, content);
      expect(await solveAssignmentCommand(['--matrix', path], io)).toBe(1);
      expect(io.errText()).toContain(path);
      expect(io.errText()).toMatch(pattern);
      expect(io.outText()).toBe('');
    });
  }

  it('rejects an unreadable file', async () => {
    const io = fakeIo();
    const path = join(dir, 'does-not-exist.json');
    expect(await solveAssignmentCommand(['--matrix', path], io)).toBe(1);
    expect(io.errText()).toMatch(/Cannot read the matrix file .*does-not-exist\.json: ENOENT/);
  });

  it('speaks Swedish when asked', async () => {
    const io = fakeIo('sv');
    const path = matrixFile('ragged-sv.json', { rows: 2, cols: 2, values: [[1, 2], [3]] });
    expect(await solveAssignmentCommand(['--matrix', path], io)).toBe(1);
    expect(io.errText()).toMatch(/Matrisfilen .*ragged-sv\.json, fältet values\[1\]: har 1 värden, men "cols" anger 2/);
  });

  it('reports a missing --matrix and unknown options as usage errors', async () => {
    const missing = fakeIo();
    expect(await solveAssignmentCommand([], missing)).toBe(2);
    expect(missing.errText()).toMatch(/Missing --matrix/);
    const unknown = fakeIo();
    expect(await solveAssignmentCommand(['--matrix', 'x.json', '--fast'], unknown)).toBe(2);
    expect(unknown.errText()).toMatch(/--fast/);
    expect(unknown.errText()).toMatch(/usage: solve-assignment/);
  });
});
