import { describe, expect, it } from 'vitest';
import { functionCostMinutes } from '../../../src/engine/optimiser/functionCostMinutes';

describe('functionCostMinutes', () => {
  it("sums each function's people per site and leaves out people without a function", () => {
    const { costMinutes, headcounts } = functionCostMinutes({
      personFunctions: [0, 1, 0, -1],
      // person × site (2 sites)
      personTravelMinutes: [10, 20, 5, 7, 1, 2, 100, 100],
      functionCount: 2,
      siteCount: 2,
    });
    expect([...costMinutes]).toEqual([11, 22, 5, 7]);
    expect([...headcounts]).toEqual([2, 1]);
  });
});
