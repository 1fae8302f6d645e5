import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { HubPlacementParamsInput } from '../../engine/optimiser/hubPlacementTypes';
import { membershipDataset } from '../../engine/scenario/membershipDataset';
import type { Dataset } from '../../schema/dataset';
import type { DatasetIssue } from '../../schema/datasetIssue';
import type { Scenario } from '../../schema/scenario';
import { activeScenario, baselineResultId, PRESET_RESULT_PREFIX } from '../../state/selectors';
import { evaluationKey } from '../../state/scenarioVersion';
import { useAppStore, useAppStoreApi } from '../StoreContext';
import { useScenarioResult, type ResultView } from './useScenarioResult';
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
const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));
const ScenariosView = lazy(() => import('../scenarios/ScenariosView').then((m) => ({ default: m.ScenariosView })));
const DataView = lazy(() => import('./DataView').then((m) => ({ default: m.DataView })));
const SuggestHubsPanel = lazy(() =>
  import('../optimiser/SuggestHubsPanel').then((m) => ({ default: m.SuggestHubsPanel })),
);
const HealthChecksPanel = lazy(() =>
  import('../optimiser/HealthChecksPanel').then((m) => ({ default: m.HealthChecksPanel })),
);
const ReportExportPanel = lazy(() =>
  import('../report/ReportExportPanel').then((m) => ({ default: m.ReportExportPanel })),
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
  const baselineId = useAppStore(baselineResultId);
  const baseline = useScenarioResult(baselineId);
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
            baselineFromPresets={baselineId?.startsWith(PRESET_RESULT_PREFIX) ?? false}
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
      content = <CompareContainer dataset={fullDataset} baseline={baseline.current} />;
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

/** A part of a view loaded on demand: only the part waits for its code, not the view around it. */
function PartLoading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p role="status">{t('workspace.loadingView')}</p>}>{children}</Suspense>;
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
  return (
    <CompareView
      dataset={dataset}
      scenarios={scenarios}
      evaluations={evaluations}
      baseline={baseline}
      language={language}
    />
  );
}

/**
 * "Suggest sites" in the Scenarios view: hub placement from the active scenario, in the engine.
 * A kept suggestion becomes a new, active scenario (one undo step); the panel stays with the
 * scenario it started from, so its results and the other alternatives stay in sight.
 */
function SuggestHubsContainer({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const active = useAppStore(activeScenario);
  const scenarios = useAppStore((s) => s.scenarios);
  const language = useAppStore((s) => s.language);
  const isochroneEngine = useAppStore((s) => s.isochroneEngine);
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const [session, setSession] = useState<{ baseId: string; kept: readonly string[] } | null>(null);
  const inSession = session !== null && active !== null && session.kept.includes(active.id);
  const base: Scenario | null = (inSession ? scenarios.find((s) => s.id === session.baseId) : null) ?? active;

  // Runs still going when the view closes are cancelled (the worker is stopped).
  const controllers = useRef(new Set<AbortController>());
  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running) controller.abort();
    };
  }, []);
  const run = useCallback(
    (params: Partial<HubPlacementParamsInput>, { onProgress }: { onProgress: (fractionDone: number) => void }) => {
      if (!base) return Promise.reject(new Error('no scenario'));
      const controller = new AbortController();
      controllers.current.add(controller);
      return store
        .getState()
        .suggestHubs(base, params, { onProgress, signal: controller.signal })
        .finally(() => controllers.current.delete(controller));
    },
    [store, base],
  );
  const keep = (suggested: Scenario) => {
    if (!base) return;
    const id = store.getState().addScenario(suggested);
    if (id === null) return;
    setSession((previous) => ({ baseId: base.id, kept: [...(previous?.baseId === base.id ? previous.kept : []), id] }));
  };

  // A disclosure: the optimiser's form opens on demand below the (long) editor; once opened it
  // stays mounted while hidden, so a run and its results survive closing and reopening.
  return (
    <section className="workspace-hubs" aria-labelledby="workspace-hubs-heading">
      <h2 id="workspace-hubs-heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls="workspace-hubs-body"
          onClick={() => {
            setOpen(!open);
            setOpened(true);
          }}
        >
          {t('workspace.hubs.heading')}
        </button>
      </h2>
      <div id="workspace-hubs-body" hidden={!open}>
        {!opened ? null : base ? (
          <>
            <p className="note">{t('workspace.hubs.intro')}</p>
            <PartLoading>
              <SuggestHubsPanel
                key={base.id}
                dataset={dataset}
                baseScenario={base}
                language={language}
                run={run}
                onKeep={keep}
                isochroneEngine={isochroneEngine}
              />
            </PartLoading>
          </>
        ) : (
          <p>{t('workspace.hubs.none')}</p>
        )}
      </div>
    </section>
  );
}

/** Report, for HR: every scenario of the list once evaluated (the store evaluates them all while open). */
function ReportContainer({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const scenarios = useAppStore((s) => s.scenarios);
  const results = useAppStore((s) => s.results);
  const datasetVersion = useAppStore((s) => s.datasetVersion);
  const language = useAppStore((s) => s.language);
  const { evaluations, failed, pending } = useMemo(() => {
    const done: ScenarioEvaluation[] = [];
    const failedNames: string[] = [];
    let waiting = 0;
    for (const s of scenarios) {
      const key = evaluationKey(datasetVersion, s);
      const entry = results[s.id];
      if (entry?.evaluation && entry.evaluationKey === key) done.push(entry.evaluation);
      else if (entry?.key === key && entry.status === 'error') failedNames.push(s.name);
      else waiting++;
    }
    return { evaluations: done, failed: failedNames, pending: waiting };
  }, [scenarios, results, datasetVersion]);
  // The panel chooses among the scenarios it is given when it opens: it opens once all are in,
  // and anew when they change (a report built from earlier figures is not offered).
  const panelKey = evaluations.map((e) => e.scenarioId).join('|');
  return (
    <>
      {pending > 0 ? (
        <>
          <h2>{t('workspace.report.heading')}</h2>
          <p role="status">
            {t('workspace.report.waiting', { done: scenarios.length - pending, total: scenarios.length })}
          </p>
        </>
      ) : (
        <PartLoading>
          <ReportExportPanel
            key={panelKey}
            dataset={dataset}
            scenarios={scenarios}
            evaluations={evaluations}
            language={language}
          />
        </PartLoading>
      )}
      {failed.length > 0 && <p className="note">{t('workspace.report.failed', { names: failed.join(', ') })}</p>}
    </>
  );
}

function ReportManagerNote() {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('workspace.report.heading')}</h2>
      <p className="note">{t('workspace.report.managerNote')}</p>
    </>
  );
}
