import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import { membershipDataset } from '../../engine/scenario/membershipDataset';
import type { Dataset } from '../../schema/dataset';
import type { DatasetIssue } from '../../schema/datasetIssue';
import { activeScenario, baselineResultId, baselineResultIdFor, PRESET_RESULT_PREFIX } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../StoreContext';
import { CompareContainer } from './CompareContainer';
import { PartLoading } from './PartLoading';
import { ReportContainer, ReportManagerNote } from './ReportContainer';
import { ResultGate } from './ResultGate';
import { SuggestHubsContainer } from './SuggestHubsContainer';
import { useScenarioResult } from './useScenarioResult';
import { tabId, VIEW_PANEL_ID } from './ViewNav';

// The views load on demand, so the first view's JavaScript stays small.
const loadOverview = () => import('../overview/OverviewPanel');
const OverviewPanel = lazy(() => loadOverview().then((m) => ({ default: m.OverviewPanel })));
const MapView = lazy(() => import('../map/MapView').then((m) => ({ default: m.MapView })));
const RoleMappingView = lazy(() =>
  import('../roleMapping/RoleMappingView').then((m) => ({ default: m.RoleMappingView })),
);
const DecisionLogView = lazy(() =>
  import('../decisionLog/DecisionLogView').then((m) => ({ default: m.DecisionLogView })),
);
const ImpactView = lazy(() => import('../impact/ImpactView').then((m) => ({ default: m.ImpactView })));
const EconomicsView = lazy(() => import('../economics/EconomicsView').then((m) => ({ default: m.EconomicsView })));
const ScenariosView = lazy(() => import('../scenarios/ScenariosView').then((m) => ({ default: m.ScenariosView })));
const DataView = lazy(() => import('./DataView').then((m) => ({ default: m.DataView })));
const HealthChecksPanel = lazy(() =>
  import('../optimiser/HealthChecksPanel').then((m) => ({ default: m.HealthChecksPanel })),
);

/** How often (animation frames) to look for an anchor while a lazily loaded view arrives. */
const ANCHOR_TRIES = 120;

/** The open view, in the tab panel; views that need a result get only a current one. */
export function WorkspaceView({ dataset: fullDataset, warnings }: { dataset: Dataset; warnings: DatasetIssue[] }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const view = useAppStore((s) => s.view);
  const anchor = useAppStore((s) => s.viewAnchor);
  const language = useAppStore((s) => s.language);
  const role = useAppStore((s) => s.role);
  const isochroneEngine = useAppStore((s) => s.isochroneEngine);
  const scenario = useAppStore(activeScenario);
  const active = useScenarioResult(scenario?.id ?? null);
  // The baseline with the active scenario's members (docs/membership.md).
  const baseline = useScenarioResult(useAppStore((s) => baselineResultIdFor(s, activeScenario(s))));
  const baselineFromPresets = useAppStore((s) => baselineResultId(s)?.startsWith(PRESET_RESULT_PREFIX) ?? false);
  // The active scenario's views see its members only (docs/membership.md); Compare, the report
  // and Data get the whole dataset.
  const dataset = useMemo(
    () => (scenario ? membershipDataset(fullDataset, scenario) : fullDataset),
    [fullDataset, scenario],
  );

  // The first view's code is fetched while the first result is computed, not after.
  useEffect(() => {
    void loadOverview();
  }, []);

  useEffect(() => {
    if (!anchor) return;
    let tries = 0;
    let frame = 0;
    const look = () => {
      const target = document.getElementById(anchor);
      if (target) {
        target.scrollIntoView?.({ block: 'start' });
        store.getState().clearViewAnchor();
      } else if (tries++ < ANCHOR_TRIES) frame = requestAnimationFrame(look);
      else store.getState().clearViewAnchor();
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [anchor, store]);

  const withResult = (render: (evaluation: ScenarioEvaluation) => ReactNode) => (
    <ResultGate result={active} render={render} />
  );

  let content: ReactNode;
  switch (view) {
    case 'overview':
      content = scenario ? (
        withResult((evaluation) => (
          <OverviewPanel
            dataset={dataset}
            evaluation={evaluation}
            baseline={baseline.current}
            scenario={scenario}
            language={language}
            onNavigate={(target, to) => store.getState().setView(target === 'editor' ? 'scenarios' : target, to)}
            baselineFromPresets={baselineFromPresets}
          />
        ))
      ) : (
        <p>{t('workspace.noScenarios')}</p>
      );
      break;
    case 'map':
      // Not behind the result gate: the map keeps its state (imported boundaries) while a change is computed.
      content = scenario ? (
        <MapView
          dataset={dataset}
          scenario={scenario}
          evaluation={active.current ?? active.latest}
          stale={!active.current}
          role={role}
          language={language}
          engine={isochroneEngine}
        />
      ) : (
        <p>{t('workspace.noScenarios')}</p>
      );
      break;
    case 'impact':
      content = scenario ? (
        withResult((evaluation) => (
          <ImpactView dataset={dataset} evaluation={evaluation} role={role} language={language} scenario={scenario} />
        ))
      ) : (
        <p>{t('workspace.noScenarios')}</p>
      );
      break;
    case 'roles':
      // Reads the store itself: its open panels and reasons survive a re-evaluation.
      content = <RoleMappingView dataset={dataset} />;
      break;
    case 'log':
      content = <DecisionLogView dataset={dataset} />;
      break;
    case 'compare':
      content = <CompareContainer dataset={fullDataset} />;
      break;
    case 'economics':
      content = scenario ? (
        withResult((evaluation) => (
          <EconomicsView
            dataset={dataset}
            scenario={scenario}
            evaluation={evaluation}
            language={language}
            onChange={(economics) => store.getState().updateScenario(scenario.id, (s) => ({ ...s, economics }))}
          />
        ))
      ) : (
        <p>{t('workspace.noScenarios')}</p>
      );
      break;
    case 'scenarios':
      content = (
        <>
          <ScenariosView />
          {/* The detailed health checks beside the editor, where their findings are acted on (the overview sums them up). */}
          {scenario &&
            withResult((evaluation) => (
              <PartLoading>
                <HealthChecksPanel dataset={dataset} scenario={scenario} evaluation={evaluation} language={language} />
              </PartLoading>
            ))}
          <SuggestHubsContainer dataset={dataset} />
        </>
      );
      break;
    case 'report':
      content = role === 'hr' ? <ReportContainer dataset={fullDataset} /> : <ReportManagerNote />;
      break;
    case 'data':
      content = <DataView dataset={fullDataset} warnings={warnings} language={language} />;
      break;
  }
  return (
    <div role="tabpanel" id={VIEW_PANEL_ID} aria-labelledby={tabId(view)} className="view-panel">
      <Suspense fallback={<p role="status">{t('workspace.loadingView')}</p>}>{content}</Suspense>
    </div>
  );
}
