import { useId, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { IsochroneEngine } from '../map/useIsochrones';
import { hubPlacementFormReducer, hubPlacementParams, initialHubPlacementForm } from './hubPlacementForm';
import { HubSuggestionResults } from './HubSuggestionResults';
import { SuggestHubsForm } from './SuggestHubsForm';
import { useHubPlacementRun, type RunHubPlacement } from './useHubPlacementRun';
import './optimiser.css';

export type { SuggestHubsControl } from './useHubPlacementRun';

export interface SuggestHubsPanelProps {
  dataset: Dataset;
  baseScenario: Scenario;
  language: Language;
  /** Runs `optimiseHubs` (in the engine worker in the app); a rejected promise is shown as an error. */
  run: RunHubPlacement;
  onKeep: (scenario: Scenario) => void;
  /** Where a suggestion's coverage area is computed on its map (the app's engine worker). */
  isochroneEngine?: IsochroneEngine | null;
}

/**
 * Hub placement from the active scenario (container): the form (SuggestHubsForm), one run at
 * a time (useHubPlacementRun), and the suggestion and its alternatives with their figures,
 * each keepable as a new scenario (HubSuggestionResults).
 */
export function SuggestHubsPanel({
  dataset,
  baseScenario,
  language,
  run,
  onKeep,
  isochroneEngine,
}: SuggestHubsPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [form, dispatch] = useReducer(hubPlacementFormReducer, baseScenario, initialHubPlacementForm);
  const placement = useHubPlacementRun(run);

  return (
    <section className="suggest-hubs" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('hubs.panel.title')}</h3>
      <p className="note">{t('hubs.panel.intro', { name: baseScenario.name })}</p>
      <SuggestHubsForm
        id={id}
        dataset={dataset}
        language={language}
        form={form}
        dispatch={dispatch}
        progress={placement.progress}
        cancelled={placement.cancelled}
        onCancel={placement.cancel}
        onSubmit={() => void placement.start(hubPlacementParams(form))}
      />
      <HubSuggestionResults
        dataset={dataset}
        baseScenario={baseScenario}
        language={language}
        result={placement.result}
        failure={placement.failure}
        askedHubs={placement.askedHubs}
        onKeep={onKeep}
        isochroneEngine={isochroneEngine}
      />
    </section>
  );
}
