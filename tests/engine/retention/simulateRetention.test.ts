import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RetentionInputError,
  holderCountVariance,
  exactHolderQuantile,
  holderCountDistribution,
  simulateRetention,
  type RetentionInput,
} from '../../../src/engine/retention';
import { randomStream } from '../../../src/engine/random';
import { attritionParametersSchema } from '../../../src/schema/scenarioParameters';
import { holdersOf, naiveRetention, randomRetentionInput } from './retentionFixtures';

const defaults = attritionParametersSchema.parse({});
const ggvvLike = randomRetentionInput(7, 62, 17);

describe('simulateRetention', () => {
  it('gives identical figures for the same seed and different ones for another seed', () => {
    const first = simulateRetention(ggvvLike, defaults);
    const again = simulateRetention(ggvvLike, defaults);
    expect(again).toEqual(first);
    const other = simulateRetention(ggvvLike, { ...defaults, seed: defaults.seed + 1 });
    expect(other.expectedHeadcountRetained).not.toBe(first.expectedHeadcountRetained);
    expect(other.competences.map((c) => c.stayingHolderDraws)).not.toEqual(
      first.competences.map((c) => c.stayingHolderDraws),
    );
    // The exact figures do not depend on the seed.
    expect(other.exactExpectedHeadcountRetained).toBe(first.exactExpectedHeadcountRetained);
  });

  it('agrees with a naive simulation that stores and sorts every draw from the attrition stream', () => {
    const input = randomRetentionInput(11, 25, 6);
    const draws = 2000;
    const result = simulateRetention(input, { ...defaults, draws, seed: 99 });
    const naive = naiveRetention(input, draws, 99, defaults.heldLevel, defaults.minHolders);
    expect(result.expectedHeadcountRetained).toBeCloseTo(naive.headcount.mean, 12);
    expect(result.headcountRetainedP10).toBe(naive.headcount.p10);
    result.competences.forEach((competence, q) => {
      expect(competence.expected).toBeCloseTo(naive.competences[q]!.mean, 12);
      expect(competence.p10).toBe(naive.competences[q]!.p10);
      expect(competence.probBelowMinHolders).toBe(naive.competences[q]!.shareBelowMin);
    });
  });

  it('counts exactly what a draw-by-draw count of the same stream counts, probabilities 0 and 1 and next to them included', () => {
    const edges = [0, 1, 2 ** -40, 1 - 2 ** -40, 1 - 2 ** -33, 0.5];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 1100 }),
        fc.nat(1000),
        (n, c, draws, seed) => {
          const input = randomRetentionInput(seed, n, c);
          const leaveProbabilities = input.leaveProbabilities.map((p, i) =>
            i % 3 === 0 ? edges[(seed + i) % edges.length]! : p,
          );
          const withEdges = { ...input, leaveProbabilities };
          const result = simulateRetention(withEdges, { ...defaults, draws, seed });
          const random = randomStream(seed, 'attrition');
          const staying = Array.from({ length: c }, (_, q) =>
            new Array<number>(holdersOf(withEdges, q, defaults.heldLevel).length + 1).fill(0),
          );
          let headcount = 0;
          for (let k = 0; k < draws; k++) {
            const stays = Array.from({ length: n }, (_, i) => random() >= leaveProbabilities[i]!);
            headcount += stays.filter(Boolean).length;
            for (let q = 0; q < c; q++)
              staying[q]![holdersOf(withEdges, q, defaults.heldLevel).filter((i) => stays[i]).length]! += 1;
          }
          expect(result.competences.map((q) => Array.from(q.stayingHolderDraws))).toEqual(staying);
          expect(result.expectedHeadcountRetained).toBeCloseTo(headcount / draws, 12);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('matches the exact Poisson-binomial mean and P(< minHolders) within four standard errors', () => {
    for (const seed of [1, 2, 3]) {
      const result = simulateRetention(ggvvLike, { ...defaults, seed });
      const draws = result.drawsCompleted;
      expect(draws).toBe(10_000);
      result.competences.forEach((competence, q) => {
        const holders = holdersOf(ggvvLike, q, defaults.heldLevel);
        expect(competence.current).toBe(holders.length);
        const meanError = Math.sqrt(holderCountVariance(ggvvLike.leaveProbabilities, holders) / draws);
        expect(Math.abs(competence.expected - competence.exactExpected)).toBeLessThanOrEqual(4 * meanError + 1e-12);
        const p = competence.exactProbBelowMinHolders;
        const shareError = Math.sqrt((p * (1 - p)) / draws);
        expect(Math.abs(competence.probBelowMinHolders - p)).toBeLessThanOrEqual(4 * shareError + 1e-12);
        // The simulated 10th percentile is the exact one, or its neighbour where the CDF is near 0.1.
        const exactP10 = exactHolderQuantile(ggvvLike.leaveProbabilities, holders, 0.1);
        expect(Math.abs(competence.p10 - exactP10)).toBeLessThanOrEqual(1);
        if (competence.p10 !== exactP10) {
          const cdf = holderCountDistribution(ggvvLike.leaveProbabilities, holders)
            .subarray(0, Math.min(competence.p10, exactP10) + 1)
            .reduce((a, b) => a + b, 0);
          expect(Math.abs(cdf - 0.1)).toBeLessThanOrEqual(4 * Math.sqrt(0.09 / draws));
        }
      });
      const headcountVariance = holderCountVariance(
        ggvvLike.leaveProbabilities,
        Array.from({ length: 62 }, (_, i) => i),
      );
      expect(Math.abs(result.expectedHeadcountRetained - result.exactExpectedHeadcountRetained)).toBeLessThanOrEqual(
        4 * Math.sqrt(headcountVariance / draws),
      );
    }
  });

  it('checks the simulated distribution against the exact one in a small case by hand', () => {
    // Two holders leaving with 0.5: P(0, 1, 2 stay) = ¼, ½, ¼; P(< 2) = ¾.
    const input: RetentionInput = {
      competenceIds: ['network'],
      levels: Uint8Array.of(4, 3, 1),
      need: Float64Array.of(1),
      leaveProbabilities: Float64Array.of(0.5, 0.5, 0),
    };
    const result = simulateRetention(input, { ...defaults, draws: 40_000 });
    const [network] = result.competences;
    expect(network!.current).toBe(2);
    expect(network!.exactProbBelowMinHolders).toBeCloseTo(0.75, 15);
    expect(network!.exactExpected).toBe(1);
    const error = Math.sqrt((0.75 * 0.25) / 40_000);
    expect(Math.abs(network!.probBelowMinHolders - 0.75)).toBeLessThanOrEqual(4 * error);
    expect(network!.stayingHolderDraws).toHaveLength(3);
    expect(network!.p10).toBe(0);
    // The third person never leaves and holds nothing at level 3.
    expect(result.headcountRetainedP10).toBeGreaterThanOrEqual(1);
    expect(network!.atRisk).toBe(true);
    expect(network!.riskReasons).toContain('busFactor');
  });

  it('flags needed competences whose holders fall short or whose bus factor is high, and never unneeded ones', () => {
    const input: RetentionInput = {
      competenceIds: ['solid', 'short', 'fragile', 'unneeded'],
      // Rows: person 0..4; columns: the four competences.
      levels: Uint8Array.of(3, 3, 4, 0, 3, 3, 0, 0, 3, 0, 0, 0, 3, 0, 0, 0, 3, 0, 0, 0),
      need: Int32Array.of(2, 3, 1, 0),
      leaveProbabilities: Float64Array.of(0, 0, 0, 0, 0),
    };
    const result = simulateRetention(input, { ...defaults, draws: 1000 });
    const byId = Object.fromEntries(result.competences.map((c) => [c.competenceId, c]));
    expect(byId.solid!.atRisk).toBe(false);
    expect(byId.solid!.expected).toBe(5);
    expect(byId.short!.riskReasons).toEqual(['expectedBelowNeed']);
    expect(byId.fragile!.riskReasons).toEqual(['busFactor']);
    expect(byId.fragile!.probBelowMinHolders).toBe(1);
    expect(byId.unneeded!.atRisk).toBe(false);
    expect(byId.unneeded!.probBelowMinHolders).toBe(1);
    expect(result.competencesAtRisk).toEqual(['short', 'fragile']);
    expect(result.atRiskProbability).toBe(0.2);
    // A stricter threshold is an option, not a constant.
    // Two holders, one leaving with 0.3, one needed: expected 1.7, P(< 2) = 0.3.
    const partial = {
      ...input,
      need: Int32Array.of(1, 0, 0, 0),
      leaveProbabilities: Float64Array.of(0.3, 0, 0, 0, 0),
      levels: Uint8Array.of(3, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    };
    const lenient = simulateRetention(partial, { ...defaults, draws: 5000 }, { atRiskProbability: 0.5 });
    const strict = simulateRetention(partial, { ...defaults, draws: 5000 }, { atRiskProbability: 0.1 });
    expect(lenient.competences[0]!.riskReasons).toEqual([]);
    expect(strict.competences[0]!.riskReasons).toEqual(['busFactor']);
  });

  it('echoes the leave probabilities as a copy, with the person ids', () => {
    const result = simulateRetention(ggvvLike, { ...defaults, draws: 100 });
    expect(Array.from(result.leaveProbabilities)).toEqual(Array.from(ggvvLike.leaveProbabilities));
    expect(result.leaveProbabilities).not.toBe(ggvvLike.leaveProbabilities);
    expect(result.personIds).toEqual(ggvvLike.personIds);
    expect(result.warnings).toEqual([{ code: 'fewDraws', params: { draws: 100, minimum: 10_000 } }]);
    expect(simulateRetention(ggvvLike, defaults).warnings).toEqual([]);
  });

  it('keeps every figure within its bounds and free of NaN, including with nobody and no competences', () => {
    const probability = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1));
    const scenario = fc
      .record({ n: fc.integer({ min: 0, max: 30 }), c: fc.integer({ min: 0, max: 6 }) })
      .chain(({ n, c }) =>
        fc.record({
          leave: fc.array(probability, { minLength: n, maxLength: n }),
          levels: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n * c, maxLength: n * c }),
          need: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: c, maxLength: c }),
          heldLevel: fc.integer({ min: 1, max: 4 }),
          minHolders: fc.integer({ min: 1, max: 10 }),
          seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        }),
      );
    fc.assert(
      fc.property(scenario, ({ leave, levels, need, heldLevel, minHolders, seed }) => {
        const input: RetentionInput = {
          competenceIds: need.map((_, q) => `c${q}`),
          levels: Uint8Array.from(levels),
          need: Int32Array.from(need),
          leaveProbabilities: Float64Array.from(leave),
        };
        const result = simulateRetention(input, { draws: 200, seed, heldLevel, minHolders });
        const n = leave.length;
        expect(result.headcount).toBe(n);
        expect(result.drawsCompleted).toBe(200);
        for (const value of [
          result.expectedHeadcountRetained,
          result.exactExpectedHeadcountRetained,
          result.headcountRetainedP10,
        ]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(n + 1e-9);
        }
        expect(0.9 * result.headcountRetainedP10).toBeLessThanOrEqual(result.expectedHeadcountRetained + 1e-9);
        result.competences.forEach((competence, q) => {
          expect(competence.needed).toBe(need[q]);
          expect(competence.current).toBe(holdersOf(input, q, heldLevel).length);
          expect(competence.expected).toBeGreaterThanOrEqual(0);
          expect(competence.expected).toBeLessThanOrEqual(competence.current);
          expect(Number.isInteger(competence.p10)).toBe(true);
          expect(competence.p10).toBeGreaterThanOrEqual(0);
          expect(competence.p10).toBeLessThanOrEqual(competence.current);
          // At least 90 % of the draws keep p10 or more, so the mean is at least 0.9 · p10.
          expect(0.9 * competence.p10).toBeLessThanOrEqual(competence.expected + 1e-9);
          for (const share of [competence.probBelowMinHolders, competence.exactProbBelowMinHolders]) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
          if (competence.current < minHolders) expect(competence.probBelowMinHolders).toBe(1);
          expect(competence.stayingHolderDraws.reduce((a, b) => a + b, 0)).toBe(200);
          expect(competence.atRisk).toBe(competence.riskReasons.length > 0);
          if (competence.needed === 0) expect(competence.atRisk).toBe(false);
        });
        expect(result.competencesAtRisk).toEqual(result.competences.filter((c) => c.atRisk).map((c) => c.competenceId));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps everyone who cannot leave and loses everyone who must', () => {
    const input = randomRetentionInput(3, 12, 4);
    const stayAll = simulateRetention(
      { ...input, leaveProbabilities: new Float64Array(12) },
      { ...defaults, draws: 500 },
    );
    expect(stayAll.expectedHeadcountRetained).toBe(12);
    expect(stayAll.headcountRetainedP10).toBe(12);
    stayAll.competences.forEach((c) => {
      expect(c.expected).toBe(c.current);
      expect(c.p10).toBe(c.current);
    });
    const leaveAll = simulateRetention(
      { ...input, leaveProbabilities: new Float64Array(12).fill(1) },
      { ...defaults, draws: 500 },
    );
    expect(leaveAll.expectedHeadcountRetained).toBe(0);
    leaveAll.competences.forEach((c) => expect(c.expected).toBe(0));
  });

  it('reports progress about every thousand draws, ending with 1', () => {
    const fractions: number[] = [];
    simulateRetention(ggvvLike, { ...defaults, draws: 10_000 }, { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('stops between batches when cancelled, with figures over the draws done', () => {
    const signal = { aborted: false };
    let reports = 0;
    const onProgress = () => {
      reports += 1;
      if (reports === 3) signal.aborted = true;
    };
    const cancelled = simulateRetention(ggvvLike, defaults, { signal, onProgress });
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.drawsCompleted).toBe(3000);
    expect(cancelled.draws).toBe(10_000);
    expect(reports).toBe(3);
    expect(cancelled.warnings.map((w) => w.code)).toEqual(['fewDraws', 'cancelled']);
    cancelled.competences.forEach((c) => expect(c.stayingHolderDraws.reduce((a, b) => a + b, 0)).toBe(3000));
    // The draws done are the first draws of the full run.
    const short = simulateRetention(ggvvLike, { ...defaults, draws: 3000 });
    expect(cancelled.competences.map((c) => c.stayingHolderDraws)).toEqual(
      short.competences.map((c) => c.stayingHolderDraws),
    );
    expect(cancelled.expectedHeadcountRetained).toBe(short.expectedHeadcountRetained);
    // Already aborted: one batch, then stop.
    const early = simulateRetention(ggvvLike, defaults, { signal: { aborted: true } });
    expect(early.cancelled).toBe(true);
    expect(early.drawsCompleted).toBe(1000);
  });

  it('rejects malformed input with a typed error', () => {
    const bad = (patch: Partial<RetentionInput>, code: string) => {
      try {
        simulateRetention({ ...ggvvLike, ...patch }, { ...defaults, draws: 100 });
        throw new Error('no error');
      } catch (error) {
        expect(error).toBeInstanceOf(RetentionInputError);
        expect((error as RetentionInputError).code).toBe(code);
      }
    };
    bad({ levels: new Uint8Array(10) }, 'sizeMismatch');
    bad({ need: new Float64Array(3) }, 'sizeMismatch');
    bad({ personIds: ['a'] }, 'sizeMismatch');
    bad({ leaveProbabilities: new Float64Array(62).fill(1.5) }, 'invalidProbability');
    bad({ leaveProbabilities: new Float64Array(62).fill(NaN) }, 'invalidProbability');
    bad({ need: new Float64Array(17).fill(-1) }, 'invalidNeed');
    expect(() => simulateRetention(ggvvLike, { ...defaults, draws: 0 })).toThrow(RetentionInputError);
  });
});
