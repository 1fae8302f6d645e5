/**
 * Anonymisation benchmark: suppression + exact audit on a 10×8 count table and on four linked
 * scenarios of it (equal row totals), against primary suppression alone as the baseline.
 */
import { auditPublishedReport } from '../../src/engine/anonymisation/auditSuppression';
import type { CountTable } from '../../src/engine/anonymisation/countTable';
import { scenarioLinks } from '../../src/engine/anonymisation/scenarioLinks';
import { primarySuppression, suppressReport } from '../../src/engine/anonymisation/suppressReport';
import { randomStream } from '../../src/engine/random';

const random = randomStream(2026, 'anonymisation-bench');
const draw = (n: number): number => Math.floor(random() * n);

function makeTable(id: string, rows: number, cols: number, maxCount: number): CountTable {
  return {
    id,
    rowIds: Array.from({ length: rows }, (_, r) => `row-${r}`),
    columnIds: Array.from({ length: cols }, (_, c) => `col-${c}`),
    counts: Array.from({ length: rows }, () => Array.from({ length: cols }, () => draw(maxCount))),
  };
}

/** Another scenario: the same people per row, spread over the columns afresh. */
function rescatter(table: CountTable, id: string): CountTable {
  const counts = table.counts.map((row) => {
    const total = row.reduce((s, v) => s + v, 0);
    const out = row.map(() => 0);
    for (let i = 0; i < total; i++) out[draw(out.length)]! += 1;
    return out;
  });
  return { ...table, id, counts };
}

function time(label: string, fn: () => unknown, minMs = 1500): number {
  for (let i = 0; i < 3; i++) fn();
  (globalThis as { gc?: () => void }).gc?.();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || runs < 5) {
    fn();
    runs += 1;
    elapsed = performance.now() - start;
  }
  const perRun = elapsed / runs;
  process.stdout.write(`${label.padEnd(58)} ${perRun.toFixed(3).padStart(9)} ms  (${runs} runs)\n`);
  return perRun;
}

const cases = [
  { name: '10×8, counts 0–19', maxCount: 20 },
  { name: '10×8, counts 0–5 (sparse, many small cells)', maxCount: 6 },
];

for (const { name, maxCount } of cases) {
  const base = makeTable('s0', 10, 8, maxCount);
  const scenarios = [base, rescatter(base, 's1'), rescatter(base, 's2'), rescatter(base, 's3')];
  const links = scenarioLinks(
    scenarios.map((t) => t.id),
    { rowTotals: true },
  );
  process.stdout.write(`\n${name}\n`);

  const single = suppressReport([base]);
  const linked = suppressReport(scenarios, { links });
  process.stdout.write(
    `  suppressed cells: one table ${single.stats.primary} primary + ${single.stats.secondary} secondary of ${single.stats.cells}; ` +
      `4 scenarios ${linked.stats.primary} + ${linked.stats.secondary} of ${linked.stats.cells}; audit rounds ${single.stats.auditRounds}/${linked.stats.auditRounds}\n`,
  );

  const greedy = suppressReport([base], { moveSearch: false });
  const greedy4 = suppressReport(scenarios, { links, moveSearch: false });
  process.stdout.write(
    `  audit-driven fallback alone (no move search): secondary ${greedy.stats.secondary} / ${greedy4.stats.secondary}, ` +
      `audit rounds ${greedy.stats.auditRounds} / ${greedy4.stats.auditRounds}\n`,
  );

  const baseline = time('  baseline: primary suppression, one table', () => primarySuppression([base]));
  const baseline4 = time('  baseline: primary suppression, 4 scenarios', () =>
    primarySuppression(scenarios, { links }),
  );
  const t1 = time('  suppression + audit, one table', () => suppressReport([base]));
  const a1 = time('  audit alone, one table', () => auditPublishedReport(single.report));
  const t4 = time('  suppression + audit, 4 linked scenarios', () => suppressReport(scenarios, { links }));
  const a4 = time('  audit alone, 4 linked scenarios', () => auditPublishedReport(linked.report));
  const g4 = time(
    '  fallback alone (no move search), 4 linked scenarios',
    () => suppressReport(scenarios, { links, moveSearch: false }),
    500,
  );
  process.stdout.write(
    `  ratios: one table ${(t1 / baseline).toFixed(1)}× primary (audit ${(a1 / baseline).toFixed(1)}×); ` +
      `4 scenarios ${(t4 / baseline4).toFixed(1)}× primary (audit ${(a4 / baseline4).toFixed(1)}×, fallback alone ${(g4 / baseline4).toFixed(1)}×)\n`,
  );
}
