import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Dataset } from '../../schema/dataset';
import type { DatasetIssue } from '../../schema/datasetIssue';
import { activeScenario, baselineResultId } from '../../state/selectors';
import { evaluationKey } from '../../state/scenarioVersion';
import { useAppStore, useAppStoreApi } from '../StoreContext';
import { useScenarioResult, type ResultView } from './useScenarioResult';
import { tabId, VIEW_PANEL_ID } from './ViewNav';

// The views load on demand, so the first view's JavaScript stays small.
const loadOverview = () => import('../overview/OverviewPanel');
const OverviewPanel = lazy(() => loadOverview().then((m) => ({ default: m.OverviewPanel })));
const ImpactView = lazy(() => import('../impact/ImpactView').then((m) => ({ default: m.ImpactView })));
const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));
const ScenariosView = lazy(() => import('../scenarios/ScenariosView').then((m) => ({ default: m.ScenariosView })));
const DataView = lazy(() => import('./DataView').then((m) => ({ default: m.DataView })));

/** How often (animation frames) to look for an anchor while a lazily loaded view arrives. */
const ANCHOR_TRIES = 120;

/** The open view, in the tab panel; views that need a result get only a current one. */
export function WorkspaceView({ dataset, warnings }: { dataset: Dataset; warnings: DatasetIssue[] }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const view = useAppStore((s) => s.view);
  const anchor = useAppStore((s) => s.viewAnchor);
  const language = useAppStore((s) => s.language);
  const role = useAppStore((s) => s.role);
  const scenario = useAppStore(activeScenario);
  const active = useScenarioResult(scenario?.id ?? null);
  const baseline = useScenarioResult(useAppStore(baselineResultId));

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

  const withResult = (render: (evaluation: ScenarioEvaluation) => ReactNode) => <ResultGate result={active} render={render} />;

  let content: ReactNode;
  switch (view) {
    case 'overview':
      content = scenario
        ? withResult((evaluation) => (
            <OverviewPanel
              dataset={dataset}
              evaluation={evaluation}
              baseline={baseline.current}
              scenario={scenario}
              language={language}
              onNavigate={(target, to) => store.getState().setView(target === 'editor' ? 'scenarios' : target, to)}
            />
          ))
        : <p>{t('workspace.noScenarios')}</p>;
      break;
    case 'impact':
      content = scenario ? withResult((evaluation) => <ImpactView dataset={dataset} evaluation={evaluation} role={role} language={language} scenario={scenario} />) : <p>{t('workspace.noScenarios')}</p>;
      break;
    case 'compare':
      content = <CompareContainer dataset={dataset} baseline={baseline.current} />;
      break;
    case 'scenarios':
      content = <ScenariosView />;
      break;
    case 'data':
      content = <DataView dataset={dataset} warnings={warnings} language={language} />;
      break;
  }
  return (
    <div role="tabpanel" id={VIEW_PANEL_ID} aria-labelledby={tabId(view)} className="view-panel">
      <Suspense fallback={<p role="status">{t('workspace.loadingView')}</p>}>{content}</Suspense>
    </div>
  );
}

/**
 * Renders a view of the current result. While a newer version is computed, the earlier figures
 * stay in sight but dimmed, inert and labelled as belonging to an earlier version.
 */
function ResultGate({ result, render }: { result: ResultView; render: (evaluation: ScenarioEvaluation) => ReactNode }) {
  const { t } = useTranslation();
  if (result.current) return <>{render(result.current)}</>;
  // The status bar above announces progress and errors; here only what the view can show.
  if (result.state === 'recalculating' && result.latest) {
    return (
      <>
        <p className="note stale-note">{t('workspace.status.recalculating')}</p>
        <div className="stale-result" inert aria-hidden="true">
          {render(result.latest)}
        </div>
      </>
    );
  }
  return result.state === 'error' ? null : <p className="note">{t('workspace.waitingForResult')}</p>;
}

/** Compare: every scenario of the list with its current evaluation (the store evaluates them all while open). */
function CompareContainer({ dataset, baseline }: { dataset: Dataset; baseline: ScenarioEvaluation | null }) {
  const scenarios = useAppStore((s) => s.scenarios);
  const results = useAppStore((s) => s.results);
  const datasetVersion = useAppStore((s) => s.datasetVersion);
  const language = useAppStore((s) => s.language);
  const evaluations = useMemo(
    () =>
      scenarios.flatMap((s) => {
        const entry = results[s.id];
        return entry?.evaluation && entry.evaluationKey === evaluationKey(datasetVersion, s) ? [entry.evaluation] : [];
      }),
    [scenarios, results, datasetVersion],
  );
  return <CompareView dataset={dataset} scenarios={scenarios} evaluations={evaluations} baseline={baseline} language={language} />;
}
