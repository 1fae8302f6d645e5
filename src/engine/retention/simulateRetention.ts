import type { AttritionParameters } from '../../schema/scenarioParameters';
import { randomWords, type RandomWords } from '../random';
import { countMean, countQuantile, countShareBelow } from './countQuantile';
import { expectedHolders, probabilityFewerHolders } from './holderCountDistribution';
import { heldCompetenceLists } from './heldCompetenceLists';
import { holderLists } from './holderLists';
import { checkRetentionInput, RetentionInputError, type RetentionInput } from './retentionInput';
import {
  DEFAULT_AT_RISK_PROBABILITY,
  PROGRESS_BATCH_DRAWS,
  PUBLISHED_MIN_DRAWS,
  type CompetenceRetention,
  type RetentionOptions,
  type RetentionResult,
  type RetentionRiskCode,
  type RetentionWarning,
} from './retentionTypes';

export type RetentionParameters = Pick<AttritionParameters, 'draws' | 'seed' | 'heldLevel' | 'minHolders'>;

/**
 * Monte Carlo of who stays (docs/retention.md). In draw k every placed person i
 * takes one uniform u from `randomStream(seed, 'attrition')`, in person order, and leaves when
 * u < p_i, independently of everyone else. Each leaver is charged to the competences they hold
 * (level ≥ `heldLevel`); per competence the holders who stay (current − leavers) are tallied in
 * a histogram, so the mean, the 10th percentile and P(< minHolders) are exact over the draws
 * without storing them. One uniform per person per draw, whatever p_i, keeps the draws of
 * different people aligned: the same seed gives identical figures, and raising one person's p
 * can only turn stays into leaves in the same draws (common random numbers across scenarios).
 *
 * Cancellation: `options.signal.aborted` is checked after every batch of ~1 000 draws; the
 * result then comes back with `cancelled: true` and figures over the draws done (at least one
 * batch). Malformed input throws `RetentionInputError`.
 *
 * At risk: a competence the positions need (needed > 0) whose simulated expected holders who stay
 * fall below the need, or whose P(fewer than minHolders stay) ≥ `atRiskProbability` (default 0.2).
 */
export function simulateRetention(
  input: RetentionInput,
  params: RetentionParameters,
  options: RetentionOptions = {},
): RetentionResult {
  checkRetentionInput(input);
  const { draws, seed, heldLevel, minHolders } = params;
  if (!Number.isInteger(draws) || draws < 1) throw new RetentionInputError('invalidDraws', { value: String(draws) });
  const atRiskProbability = options.atRiskProbability ?? DEFAULT_AT_RISK_PROBABILITY;

  const leaveProbabilities = Float64Array.from(input.leaveProbabilities);
  const n = leaveProbabilities.length;
  const c = input.competenceIds.length;
  const { holderStart, holderIndex } = holderLists(input.levels, n, c, heldLevel);
  const { heldStart, heldCompetence } = heldCompetenceLists(input.levels, n, c, heldLevel);

  // Competence q's histogram has current_q + 1 bins, starting at holderStart[q] + q.
  const holderDraws = new Int32Array(holderIndex.length + c);
  const headcountDraws = new Int32Array(n + 1);
  const leavingHolders = new Int32Array(c);
  const tallies: DrawTallies = {
    leaveProbabilities,
    heldStart,
    heldCompetence,
    holderStart,
    leavingHolders,
    holderDraws,
    headcountDraws,
  };
  const random = randomWords(seed, 'attrition');

  let k = 0;
  let cancelled = false;
  while (k < draws) {
    const batch = Math.min(PROGRESS_BATCH_DRAWS, draws - k);
    drawBatch(random, tallies, batch);
    k += batch;
    if (k < draws) {
      options.onProgress?.(k / draws);
      if (options.signal?.aborted) {
        cancelled = true;
        break;
      }
    }
  }
  if (!cancelled) options.onProgress?.(1);
  const drawsCompleted = k;

  const competences: CompetenceRetention[] = [];
  const competencesAtRisk: string[] = [];
  for (let q = 0; q < c; q++) {
    const start = holderStart[q]!;
    const current = holderStart[q + 1]! - start;
    const offset = start + q;
    const holders = holderIndex.subarray(start, start + current);
    const needed = input.need[q]!;
    const expected = countMean(holderDraws, offset, current + 1, drawsCompleted);
    const probBelowMinHolders = countShareBelow(holderDraws, offset, current + 1, drawsCompleted, minHolders);
    const riskReasons: RetentionRiskCode[] = [];
    if (needed > 0) {
      if (expected < needed) riskReasons.push('expectedBelowNeed');
      if (probBelowMinHolders >= atRiskProbability) riskReasons.push('busFactor');
    }
    const competenceId = input.competenceIds[q]!;
    if (riskReasons.length > 0) competencesAtRisk.push(competenceId);
    competences.push({
      competenceId,
      needed,
      current,
      expected,
      p10: countQuantile(holderDraws, offset, current + 1, drawsCompleted, 0.1),
      probBelowMinHolders,
      exactExpected: expectedHolders(leaveProbabilities, holders),
      exactProbBelowMinHolders: probabilityFewerHolders(leaveProbabilities, holders, minHolders),
      atRisk: riskReasons.length > 0,
      riskReasons,
      stayingHolderDraws: holderDraws.slice(offset, offset + current + 1),
    });
  }

  const warnings: RetentionWarning[] = [];
  if (drawsCompleted < PUBLISHED_MIN_DRAWS)
    warnings.push({ code: 'fewDraws', params: { draws: drawsCompleted, minimum: PUBLISHED_MIN_DRAWS } });
  if (cancelled) warnings.push({ code: 'cancelled', params: { drawsCompleted, draws } });

  let exactExpectedHeadcountRetained = 0;
  for (let i = 0; i < n; i++) exactExpectedHeadcountRetained += 1 - leaveProbabilities[i]!;

  return {
    draws,
    drawsCompleted,
    cancelled,
    seed,
    heldLevel,
    minHolders,
    atRiskProbability,
    headcount: n,
    expectedHeadcountRetained: countMean(headcountDraws, 0, n + 1, drawsCompleted),
    headcountRetainedP10: countQuantile(headcountDraws, 0, n + 1, drawsCompleted, 0.1),
    exactExpectedHeadcountRetained,
    competences,
    competencesAtRisk,
    leaveProbabilities,
    ...(input.personIds ? { personIds: [...input.personIds] } : {}),
    warnings,
  };
}

interface DrawTallies {
  readonly leaveProbabilities: Float64Array;
  readonly heldStart: Int32Array;
  readonly heldCompetence: Int32Array;
  readonly holderStart: Int32Array;
  /** Scratch: leavers per competence in the current draw. */
  readonly leavingHolders: Int32Array;
  /** Histograms, incremented: per competence (at holderStart[q] + q) and of the headcount. */
  readonly holderDraws: Int32Array;
  readonly headcountDraws: Int32Array;
}

/**
 * `draws` more draws into the histograms. A function of its own so that V8 optimises it whole.
 * Person i leaves in a draw when its uniform falls below p_i, compared as 32-bit words against
 * p_i · 2^32 (exactly the same test, as the word is an integer). Draws go 32 at a time, bit b of a word standing for draw
 * b: each person's leaves in the 32 draws are one mask, and the leavers are counted with
 * bit-sliced counters (plane p holds bit p of every draw's count), one for the headcount and
 * one per competence, each person's mask added to the counters of the competences they hold.
 * The counts are exact, so the histograms are the same as counting draw by draw; at 2 000 people
 * this takes a third of the time (docs/performance.md).
 */
function drawBatch(random: RandomWords, tallies: DrawTallies, draws: number): void {
  const { leaveProbabilities, heldStart, heldCompetence, holderStart, leavingHolders, holderDraws, headcountDraws } =
    tallies;
  const n = leaveProbabilities.length;
  const c = leavingHolders.length;
  // w < p · 2^32 for a word w is (w − 2^31) < ⌈p · 2^32⌉ − 2^31, a comparison of two signed
  // 32-bit integers (`leaveMasks`); a limit beyond them means the person leaves in every draw.
  const limitOf = (p: number) => Math.ceil(p * 4294967296) - 2147483648;
  const limit = Int32Array.from(leaveProbabilities, (p) => Math.min(limitOf(p), 2147483647));
  const always = Int32Array.from(leaveProbabilities, (p) => (limitOf(p) > 2147483647 ? -1 : 0));
  const words = new Uint32Array(32 * n);
  const signed = new Int32Array(words.buffer);
  const leaves = new Int32Array(n);
  // Counter 0 is the headcount's, counter q + 1 competence q's; `planes` bits each.
  const planes = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const counters = new Int32Array((c + 1) * planes);
  for (let k = 0; k < draws; k += 32) {
    const block = Math.min(32, draws - k);
    const blockWords = words.subarray(0, block * n);
    random.fill(blockWords);
    leaveMasks(signed, limit, always, leaves, block);
    countLeavers(leaves, heldStart, heldCompetence, counters, planes);
    for (let b = 0; b < block; b++) {
      headcountDraws[n - counterAt(counters, 0, planes, b)]! += 1;
      // Bin (current_q − leavers_q) of competence q's histogram, which starts at holderStart[q] + q.
      for (let q = 0; q < c; q++)
        holderDraws[holderStart[q + 1]! + q - counterAt(counters, (q + 1) * planes, planes, b)]! += 1;
    }
  }
}

const SIGN_BIT = -2147483648;

/**
 * Bit b of `leaves[i]`: person i leaves in draw b of the block, their word below their limit.
 * Without a branch: a random comparison mispredicts one time in five, and a branchless one
 * made this loop, the Monte Carlo's longest, two and a half times faster. The sign of a − l
 * corrected for overflow is (d ^ ((a ^ l) & (d ^ a))) with d = a − l in 32 bits.
 */
function leaveMasks(
  signed: Int32Array,
  limit: Int32Array,
  always: Int32Array,
  leaves: Int32Array,
  block: number,
): void {
  const n = leaves.length;
  // Person by person, the mask built in a register: half again as fast as draw by draw.
  for (let i = 0; i < n; i++) {
    const l = limit[i]!;
    let mask = always[i]!;
    for (let b = 0; b < block; b++) {
      const a = signed[b * n + i]! ^ SIGN_BIT;
      const d = (a - l) | 0;
      mask |= ((d ^ ((a ^ l) & (d ^ a))) >>> 31) << b;
    }
    leaves[i] = mask;
  }
}

/** Each person's leaves added to the headcount's counter and to those of the competences they hold. */
function countLeavers(
  leaves: Int32Array,
  heldStart: Int32Array,
  heldCompetence: Int32Array,
  counters: Int32Array,
  planes: number,
): void {
  counters.fill(0);
  for (let i = 0; i < leaves.length; i++) {
    const mask = leaves[i]!;
    if (mask === 0) continue;
    addToCounter(counters, 0, planes, mask);
    const end = heldStart[i + 1]!;
    for (let t = heldStart[i]!; t < end; t++) addToCounter(counters, (heldCompetence[t]! + 1) * planes, planes, mask);
  }
}

/** Adds one to the count of every draw whose bit is set in `mask` (a ripple-carry add on the planes). */
function addToCounter(counters: Int32Array, at: number, planes: number, mask: number): void {
  let carry = mask;
  for (let p = 0; p < planes && carry !== 0; p++) {
    const plane = counters[at + p]!;
    counters[at + p] = plane ^ carry;
    carry &= plane;
  }
}

/** The count of draw `bit` in a bit-sliced counter. */
function counterAt(counters: Int32Array, at: number, planes: number, bit: number): number {
  let count = 0;
  for (let p = 0; p < planes; p++) count |= ((counters[at + p]! >>> bit) & 1) << p;
  return count;
}
