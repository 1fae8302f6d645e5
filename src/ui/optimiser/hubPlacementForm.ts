import type { HubPlacementParamsInput } from '../../engine/optimiser/hubPlacementTypes';
import type { Scenario } from '../../schema/scenario';

export type Objective = 'median' | 'coverage' | 'mixed';
export const OBJECTIVES: readonly Objective[] = ['median', 'coverage', 'mixed'];

/** The hub placement form as typed (numbers as the text of their fields). */
export interface HubPlacementForm {
  objective: Objective;
  hubs: string;
  minutes: string;
  weight: string;
  required: readonly string[];
  excluded: readonly string[];
}

export type HubPlacementFormAction =
  | { type: 'objective'; objective: Objective }
  | { type: 'field'; field: 'hubs' | 'minutes' | 'weight'; value: string }
  /** Adds the site to the list, or takes it off. */
  | { type: 'toggleSite'; list: 'required' | 'excluded'; siteId: string };

/** The form as the base scenario's optimiser settings and coverage limit leave it. */
export function initialHubPlacementForm(base: Scenario): HubPlacementForm {
  const settings = base.parameters.optimiser;
  return {
    objective: settings.objective,
    hubs: String(settings.hubs),
    minutes: String(base.parameters.coverage.responseMinutes),
    weight: String(settings.mixedWeight),
    required: settings.requiredSiteIds,
    excluded: settings.excludedSiteIds,
  };
}

export function hubPlacementFormReducer(form: HubPlacementForm, action: HubPlacementFormAction): HubPlacementForm {
  switch (action.type) {
    case 'objective':
      return { ...form, objective: action.objective };
    case 'field':
      return { ...form, [action.field]: action.value };
    case 'toggleSite': {
      const list = form[action.list];
      return {
        ...form,
        [action.list]: list.includes(action.siteId)
          ? list.filter((x) => x !== action.siteId)
          : [...list, action.siteId],
      };
    }
  }
}

/** The optimiser's parameters from the form: T only where it counts (coverage, mixed), w only for mixed. */
export function hubPlacementParams(form: HubPlacementForm): Partial<HubPlacementParamsInput> {
  return {
    objective: form.objective,
    hubs: Number(form.hubs),
    requiredSiteIds: [...form.required],
    excludedSiteIds: [...form.excluded],
    ...(form.objective !== 'median' ? { responseMinutes: Number(form.minutes) } : {}),
    ...(form.objective === 'mixed' ? { mixedWeight: Number(form.weight) } : {}),
  };
}
