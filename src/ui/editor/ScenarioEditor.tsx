import { memo, useCallback, useMemo } from 'react';
import { membershipDataset } from '../../engine/scenario/membershipDataset';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../schema/scenario';
import type { ScenarioParameters } from '../../schema/scenarioParameters';
import { activeScenario, readyDataset } from '../../state/selectors';
import { useScenarioResult } from '../shell/useScenarioResult';
import { useAppStore } from '../StoreContext';
import { MembersSection } from './MembersSection';
import { ParametersSection } from './ParametersSection';
import { DataCentreSection } from './DataCentreSection';
import { RetainedSection } from './RetainedSection';
import { ServicePointsSection } from './ServicePointsSection';
import { SitesSection } from './SitesSection';
import './editor.css';

// The editor re-renders with every progress report and result of an evaluation; a section only
// when its own props change (at 2 000 people and 200 sites a render of them all takes a long task).
const Members = memo(MembersSection);
const Sites = memo(SitesSection);
const ServicePoints = memo(ServicePointsSection);
const Retained = memo(RetainedSection);
const DataCentre = memo(DataCentreSection);
const Parameters = memo(ParametersSection);

/**
 * The editor of the active scenario: function sites, service points, on-site policy and every
 * parameter. Each change is one undo step; invalid values never reach the scenario.
 */
export function ScenarioEditor() {
  const { t } = useTranslation();
  const scenario = useAppStore(activeScenario);
  const dataset = useAppStore(readyDataset);
  const language = useAppStore((s) => s.language);
  const updateScenario = useAppStore((s) => s.updateScenario);
  const result = useScenarioResult(scenario?.id ?? null);
  const scenarioId = scenario?.id;
  const change = useCallback(
    (recipe: (s: Scenario) => Scenario) => {
      if (scenarioId) updateScenario(scenarioId, recipe);
    },
    [scenarioId, updateScenario],
  );
  const changeParameters = useCallback(
    <S extends keyof ScenarioParameters>(section: S, value: ScenarioParameters[S]) =>
      change((s) => ({ ...s, parameters: { ...s.parameters, [section]: value } })),
    [change],
  );
  // Sites and service points offer the members' sites only (docs/membership.md).
  const seen = useMemo(() => (dataset && scenario ? membershipDataset(dataset, scenario) : null), [dataset, scenario]);
  if (!scenario || !dataset || !seen) {
    return <p className="note">{t('workspace.editor.none')}</p>;
  }
  return (
    <section aria-labelledby="editor-heading" className="scenario-editor">
      <h2 id="editor-heading">{t('workspace.editor.heading', { name: scenario.name })}</h2>
      <Members scenario={scenario} dataset={dataset} onChange={change} />
      <Sites scenario={scenario} dataset={seen} language={language} onChange={change} />
      <ServicePoints
        scenario={scenario}
        dataset={seen}
        coverage={result.current?.coverage ?? null}
        language={language}
        onChange={change}
      />
      {scenario.kind === 'target' && (
        <>
          <Retained scenario={scenario} dataset={seen} language={language} onChange={change} />
          <DataCentre scenario={scenario} dataset={dataset} language={language} onChange={change} />
        </>
      )}
      <Parameters parameters={scenario.parameters} dataset={dataset} language={language} onChange={changeParameters} />
    </section>
  );
}
