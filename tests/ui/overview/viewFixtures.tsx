import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { evaluateScenario, type ScenarioEvaluation } from '../../../src/engine/evaluateScenario';
import { createI18n, type Language } from '../../../src/i18n/createTranslator';
import type { Dataset } from '../../../src/schema/dataset';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { defaultDataset, defaultTravelModel } from '../../helpers/defaultData';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel, smallTravelMatrix } from '../../fixtures/smallTravel';

/** Renders a view inside its own i18n instance (Swedish unless asked); `rerender` keeps it. */
export function renderIn(ui: ReactElement, language: Language = 'sv'): RenderResult {
  const i18n = createI18n(language);
  return render(ui, { wrapper: ({ children }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider> });
}

export interface EvaluatedData {
  dataset: Dataset;
  scenario: (id: string) => Scenario;
  evaluate: (scenario: Scenario) => ScenarioEvaluation;
  /** A copy of a scenario with changes, under a new id, added to the dataset's scenarios. */
  variant: (baseId: string, id: string, patch: Partial<ScenarioInput>) => Scenario;
}

function evaluated(dataset: Dataset, options: Parameters<typeof evaluateScenario>[2]): EvaluatedData {
  const scenario = (id: string) => dataset.scenarios.find((s) => s.id === id)!;
  return {
    dataset,
    scenario,
    evaluate: (s) => evaluateScenario(dataset, s, options),
    variant: (baseId, id, patch) => {
      const s = scenarioSchema.parse({ ...scenario(baseId), ...patch, id, name: patch.name ?? id });
      dataset.scenarios.push(s);
      return s;
    },
  };
}

/** The small hand-made dataset (4 people, 3 positions) with its hand-chosen travel minutes. */
export function smallData(): EvaluatedData {
  const result = validateDataset(smallDataset(), { strict: true });
  if (!result.ok) throw new Error('fixture invalid');
  return evaluated(result.dataset, { travelModel: smallRoadModel, importedMatrix: smallTravelMatrix() });
}

/** The default GGVV dataset (62 people, 51 positions) with its road model. */
export async function defaultData(): Promise<EvaluatedData> {
  return evaluated(await defaultDataset(), { travelModel: defaultTravelModel() });
}
