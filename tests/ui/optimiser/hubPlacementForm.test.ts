import { describe, expect, it } from 'vitest';
import {
  hubPlacementFormReducer,
  hubPlacementParams,
  initialHubPlacementForm,
} from '../../../src/ui/optimiser/hubPlacementForm';
import { scenarioSchema } from '../../../src/schema/scenario';
import { smallDataset } from '../../fixtures/smallDataset';

const base = scenarioSchema.parse(smallDataset().scenarios!.find((s) => s.id === 'central'));

describe('hubPlacementForm', () => {
  it("starts from the base scenario's optimiser settings and coverage limit", () => {
    const form = initialHubPlacementForm(base);
    expect(form).toEqual({
      objective: base.parameters.optimiser.objective,
      hubs: String(base.parameters.optimiser.hubs),
      minutes: String(base.parameters.coverage.responseMinutes),
      weight: String(base.parameters.optimiser.mixedWeight),
      required: base.parameters.optimiser.requiredSiteIds,
      excluded: base.parameters.optimiser.excludedSiteIds,
    });
  });

  it('toggles a site on and off a list, leaving the other list alone', () => {
    const form = initialHubPlacementForm(base);
    const on = hubPlacementFormReducer(form, { type: 'toggleSite', list: 'required', siteId: 'west-hall' });
    expect(on.required).toContain('west-hall');
    expect(on.excluded).toEqual(form.excluded);
    const off = hubPlacementFormReducer(on, { type: 'toggleSite', list: 'required', siteId: 'west-hall' });
    expect(off.required).not.toContain('west-hall');
  });

  it('asks for T only with coverage or mixed, and for w only with mixed', () => {
    let form = hubPlacementFormReducer(initialHubPlacementForm(base), { type: 'field', field: 'hubs', value: '3' });
    form = hubPlacementFormReducer(form, { type: 'field', field: 'minutes', value: '25' });
    form = hubPlacementFormReducer(form, { type: 'field', field: 'weight', value: '0.3' });
    const median = hubPlacementParams(hubPlacementFormReducer(form, { type: 'objective', objective: 'median' }));
    expect(median).toEqual({ objective: 'median', hubs: 3, requiredSiteIds: [], excludedSiteIds: [] });
    const coverage = hubPlacementParams(hubPlacementFormReducer(form, { type: 'objective', objective: 'coverage' }));
    expect(coverage).toMatchObject({ responseMinutes: 25 });
    expect(coverage).not.toHaveProperty('mixedWeight');
    const mixed = hubPlacementParams(hubPlacementFormReducer(form, { type: 'objective', objective: 'mixed' }));
    expect(mixed).toMatchObject({ responseMinutes: 25, mixedWeight: 0.3 });
  });
});
