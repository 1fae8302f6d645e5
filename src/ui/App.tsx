import { useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../i18n/createTranslator';
import { formatDatasetIssue, formatFolderProblem } from '../i18n/formatIssue';
import type { AppStore } from '../state/store';
import { OverviewView } from './overview/OverviewView';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { StoreProvider, useAppStore } from './StoreContext';

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
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const status = useAppStore((s) => s.datasetStatus);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  return (
    <>
      <header className="app-header">
        <div>
          <h1>{t('app.appTitle')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <LanguageSwitch language={language} onChange={setLanguage} />
      </header>
      <main>
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
        {status.kind === 'ready' && <OverviewView dataset={status.dataset} warnings={status.warnings} language={language} />}
      </main>
    </>
  );
}
