import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimiseHubs } from '../../../../src/engine/optimiser/optimiseHubs';
import { validateDataset } from '../../../../src/schema/validateDataset';
import { smallDataset } from '../../../fixtures/smallDataset';
import { smallRoadModel, smallTravelMatrix } from '../../../fixtures/smallTravel';

const validation = validateDataset(smallDataset(), { strict: true });
if (!validation.ok) throw new Error('small dataset invalid');
const dataset = validation.dataset;
const base = dataset.scenarios.find((s) => s.id === 'central')!;
const options = { travelModel: smallRoadModel, importedMatrix: smallTravelMatrix() };
const siteIds = dataset.sites.map((s) => s.id);

describe('optimiseHubs invariants (small dataset)', () => {
  it('answers with required sites in, excluded sites out, and a valid objective; or says why not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('median' as const, 'coverage' as const, 'mixed' as const),
        fc.integer({ min: 1, max: 4 }),
        fc.subarray(siteIds),
        fc.subarray(siteIds),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (objective, hubs, requiredSiteIds, excludedSiteIds, mixedWeight) => {
          const result = optimiseHubs(
            dataset,
            base,
            { objective, hubs, requiredSiteIds, excludedSiteIds, mixedWeight },
            options,
          );
          if (!result.ok) {
            const clash = requiredSiteIds.some((id) => excludedSiteIds.includes(id));
            const expected = clash
              ? ['requiredSiteExcluded']
              : requiredSiteIds.length > hubs
                ? ['tooManyRequiredSites']
                : ['noAllowedSite', 'capacityTooSmall', 'noCapacityFeasibleCandidate', 'noFeasibleSetFound'];
            expect(expected).toContain(result.error.code);
            return;
          }
          for (const candidate of [result, ...result.alternatives]) {
            for (const id of requiredSiteIds) expect(candidate.sites).toContain(id);
            for (const id of excludedSiteIds) expect(candidate.sites).not.toContain(id);
            expect(candidate.sites.length).toBeLessThanOrEqual(hubs);
            if (objective === 'median') expect(candidate.objective).toBeGreaterThanOrEqual(0);
            else if (objective === 'coverage') expect(candidate.objective).toBeLessThanOrEqual(1);
            expect(candidate.coverageShare).toBeGreaterThanOrEqual(0);
            expect(candidate.coverageShare).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 60, seed: 42 },
    );
  });
});
