import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../i18n/createTranslator';
import { formatDatasetIssue, formatFolderProblem } from '../i18n/formatIssue';
import { activeScenario } from '../state/selectors';
import type { AppStore } from '../state/store';
import { ManagerBanner } from './managerPackage/ManagerBanner';
import { OpenPackagePanel } from './managerPackage/OpenPackagePanel';
import { AppHeader } from './shell/AppHeader';
import { KeyFigures } from './shell/KeyFigures';
import { ResultStatus } from './shell/ResultStatus';
import { SavedStateNotice } from './shell/SavedStateNotice';
import { useScenarioResult } from './shell/useScenarioResult';
import { useUndoShortcuts } from './shell/useUndoShortcuts';
import { ViewNav } from './shell/ViewNav';
import { WorkspaceView } from './shell/WorkspaceView';
import { StoreProvider, useAppStore, useAppStoreApi } from './StoreContext';
import './shell/shell.css';

const GlossaryPanel = lazy(() => import('./glossary/GlossaryPanel').then((m) => ({ default: m.GlossaryPanel })));

/** The app: the store (with its engine) is made by the caller, so tests inject their own. */
export function App({ store }: { store: AppStore }) {
  const i18n = useMemo(() => createI18n(store.getState().language), [store]);
  return (
    <StoreProvider store={store}>
      <I18nextProvider i18n={i18n}>
        <AppShell />
      </I18nextProvider>
    </StoreProvider>
  );
}

function AppShell() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const language = useAppStore((s) => s.language);
  const status = useAppStore((s) => s.datasetStatus);
  const view = useAppStore((s) => s.view);
  const notice = useAppStore((s) => s.savedStateNotice);
  const scenario = useAppStore(activeScenario);
  const openPackage = useAppStore((s) => s.openPackage);
  const result = useScenarioResult(scenario?.id ?? null);
  useUndoShortcuts(store);
  const [glossaryOpen, setGlossaryOpen] = useState(false);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  return (
    <>
      <AppHeader glossaryOpen={glossaryOpen} onGlossary={() => setGlossaryOpen(!glossaryOpen)} />
      {openPackage && (
        <ManagerBanner
          open={openPackage}
          language={language}
          onClose={() => void store.getState().closeManagerPackage()}
        />
      )}
      {/* HR-only views are absent in a manager's package, not merely hidden by a switch. */}
      <ViewNav
        view={view}
        onChange={(next) => store.getState().setView(next)}
        {...(openPackage ? { hidden: ['report'] as const } : {})}
      />
      {status.kind === 'ready' && scenario && (
        <div className="status-bar" aria-label={t('workspace.figures.label')} role="region">
          <span className="status-scenario" title={scenario.name}>
            {scenario.name}
          </span>
          {result.current ? <KeyFigures evaluation={result.current} language={language} /> : null}
          <ResultStatus result={result} language={language} />
        </div>
      )}
      <main>
        {glossaryOpen && (
          <Suspense fallback={null}>
            <GlossaryPanel language={language} onClose={() => setGlossaryOpen(false)} />
          </Suspense>
        )}
        {notice && <SavedStateNotice notice={notice} onDismiss={() => store.getState().dismissSavedStateNotice()} />}
        {status.kind === 'empty' && <p role="status">{t('app.loading')}</p>}
        {status.kind === 'invalid' && (
          <section role="alert" className="problems">
            <h2>{t('app.invalidDataset')}</h2>
            <ul>
              {status.folderProblems.map((p) => (
                <li key={p.file + p.code}>{formatFolderProblem(p, t)}</li>
              ))}
              {status.errors.map((issue, index) => (
                <li key={index}>{formatDatasetIssue(issue, t)}</li>
              ))}
            </ul>
          </section>
        )}
        {/* The start screen: a manager opens the package HR gave them here. */}
        {!openPackage && view === 'overview' && status.kind !== 'empty' && <OpenPackagePanel />}
        {status.kind === 'ready' && <WorkspaceView dataset={status.dataset} warnings={status.warnings} />}
      </main>
    </>
  );
}
