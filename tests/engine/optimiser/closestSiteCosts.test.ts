import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  additionTotals,
  closestSiteCosts,
  closestSiteOrder,
  closestState,
  swapTotals,
} from '../../../src/engine/optimiser/closestSiteCosts';
import { close } from './bruteForce';

/** Σ_i min_{j ∈ sites} c_ij straight from the client-major matrix. */
function direct(matrix: number[], siteCount: number, clientCount: number, sites: number[]): number {
  let total = 0;
  for (let i = 0; i < clientCount; i++) total += Math.min(...sites.map((j) => matrix[i * siteCount + j]!));
  return total;
}

const instance = fc
  .record({
    clients: fc.integer({ min: 1, max: 12 }),
    sites: fc.integer({ min: 2, max: 9 }),
    integerCosts: fc.boolean(), // integer costs make ties common, the hard case for d1/d2 bookkeeping
  })
  .chain(({ clients, sites, integerCosts }) =>
    fc.record({
      clients: fc.constant(clients),
      sites: fc.constant(sites),
      matrix: fc.array(integerCosts ? fc.integer({ min: 0, max: 4 }) : fc.double({ min: 0, max: 100, noNaN: true }), {
        minLength: clients * sites,
        maxLength: clients * sites,
      }),
      chosen: fc.shuffledSubarray(
        Array.from({ length: sites }, (_, j) => j),
        { minLength: 1, maxLength: sites - 1 },
      ),
    }),
  );

describe('closestSiteCosts', () => {
  it('values every swap exactly as a fresh evaluation of the swapped set', () => {
    fc.assert(
      fc.property(instance, ({ clients, sites, matrix, chosen }) => {
        const costs = closestSiteCosts(matrix, clients, sites);
        const state = closestState(costs, chosen);
        expect(close(state.total, direct(matrix, sites, clients, chosen))).toBe(true);
        const inSites = Array.from({ length: sites }, (_, j) => j).filter((j) => !chosen.includes(j));
        const outPositions = chosen.map((_, position) => position);
        // Both forms: one pass over all clients per candidate, and the sparse gain/loss/extra one.
        for (const order of [undefined, closestSiteOrder(costs)]) {
          const table = new Float64Array(inSites.length * outPositions.length);
          swapTotals(costs, state, chosen.length, inSites, outPositions, table, order);
          inSites.forEach((site, a) =>
            outPositions.forEach((position, o) => {
              const swapped = chosen.map((j, k) => (k === position ? site : j));
              expect(close(table[a * outPositions.length + o]!, direct(matrix, sites, clients, swapped))).toBe(true);
            }),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('values every addition exactly, starting from the empty set too', () => {
    fc.assert(
      fc.property(instance, ({ clients, sites, matrix, chosen }) => {
        const costs = closestSiteCosts(matrix, clients, sites);
        const candidates = Array.from({ length: sites }, (_, j) => j).filter((j) => !chosen.includes(j));
        const totals = new Float64Array(candidates.length);
        for (const order of [undefined, closestSiteOrder(costs)]) {
          additionTotals(costs, closestState(costs, chosen).nearest, candidates, totals, order);
          candidates.forEach((site, k) =>
            expect(close(totals[k]!, direct(matrix, sites, clients, [...chosen, site]))).toBe(true),
          );
        }
        additionTotals(costs, new Float64Array(clients).fill(Infinity), candidates, totals);
        candidates.forEach((site, k) => expect(close(totals[k]!, direct(matrix, sites, clients, [site]))).toBe(true));
      }),
      { numRuns: 100 },
    );
  });
});
