import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetSummary } from '../../engine/datasetSummary';
import { formatDatasetIssue } from '../../i18n/formatIssue';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { DatasetIssue } from '../../schema/datasetIssue';
import type { Scenario } from '../../schema/scenario';
import { activeScenario } from '../../state/selectors';
import { createImportClient, type ImportClient } from '../../worker/importClient';
import { DatasetControls } from '../data/DatasetControls';
import { ExportPanel } from '../data/ExportPanel';
import { ImportPanel } from '../data/ImportPanel';
import { TemplatesSection } from '../data/TemplatesSection';
import '../data/dataView.css';
import { formatNumber } from '../format';
import { MunicipalityTable } from '../overview/MunicipalityTable';
import { PeopleTable } from '../overview/PeopleTable';
import { PositionTable } from '../overview/PositionTable';
import { useAppStore, useAppStoreApi } from '../StoreContext';
import { useScenarioResult } from './useScenarioResult';
import { DecisionsExportPanel } from '../managerPackage/DecisionsExportPanel';
import { DecisionsImportPanel } from '../managerPackage/DecisionsImportPanel';
import { ExportPackagePanel } from '../managerPackage/ExportPackagePanel';
import { OpenPackagePanel } from '../managerPackage/OpenPackagePanel';
import { checkedDownload } from '../managerPackage/privateDataCheck';

let sharedClient: ImportClient | null = null;
/** The import worker's client, made on first use (a worker per import). */
const defaultImportClient = () => (sharedClient ??= createImportClient());

// HR's economics form loads on demand, so the Data view's own code stays as small as before.
const EconomicsDataPanel = lazy(() =>
  import('../economics/EconomicsDataPanel').then((m) => ({ default: m.EconomicsDataPanel })),
);

/** Remounts the economics form when the dataset's economic inputs change (after apply, import or reset). */
const datasetKey = (dataset: Dataset) => JSON.stringify(dataset.economics ?? null);

/**
 * The Data view (container): the dataset as loaded – head counts, municipalities, people and
 * positions – with its import, restore and reset, the CSV templates and their columns, and the exports.
 */
export function DataView({
  dataset,
  warnings,
  language,
  importClient,
}: {
  dataset: Dataset;
  warnings: DatasetIssue[];
  language: Language;
  importClient?: ImportClient;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const summary = useMemo(() => datasetSummary(dataset), [dataset]);
  const origin = useAppStore((s) => s.datasetOrigin);
  const previous = useAppStore((s) => s.previousDataset);
  const notice = useAppStore((s) => s.datasetNotice);
  const scenarios = useAppStore((s) => s.scenarios);
  const role = useAppStore((s) => s.role);
  const scenario = useAppStore(activeScenario);
  const result = useScenarioResult(scenario?.id ?? null);
  const [client] = useState(() => importClient ?? defaultImportClient());
  const [restoreMessage, setRestoreMessage] = useState<'restored' | 'reset' | null>(null);
  const openPackage = useAppStore((s) => s.openPackage);
  const packaged = openPackage !== null;
  const [leak, setLeak] = useState<string[]>([]);
  // Manager mode: every export is checked for private fields before it is offered.
  const managerDownload = (text: string, fileName: string, type: string) =>
    setLeak(checkedDownload(text, fileName, type));
  const n = (value: number) => formatNumber(value, language);

  const addScenarios = (imported: Scenario[]): string[] =>
    imported.flatMap((s) => {
      const id = store.getState().addScenario(s);
      const added = id === null ? undefined : store.getState().scenarios.find((x) => x.id === id);
      return added ? [added.name] : [];
    });

  return (
    <>
      <section aria-labelledby="data-headline" className="headline">
        <h2 id="data-headline">
          {t('app.headline', { people: n(summary.people.total), positions: n(summary.positions.total) })}
        </h2>
        <p>
          {t('app.headlineDetail', {
            managers: n(summary.positions.managers),
            bench: n(Math.max(0, summary.people.total - summary.positions.total)),
          })}
        </p>
        <p className="note">
          {t('workspace.data.heading', { name: dataset.name })}.{origin === 'default' && ` ${t('app.syntheticNote')}`}
        </p>
      </section>
      {notice && (
        <div className="saved-state-notice" role="alert">
          <p>{t(`dataView.notice.${notice.code}`, { detail: notice.detail })}</p>
          <button type="button" onClick={() => store.getState().dismissDatasetNotice()}>
            {t('dataView.notice.dismiss')}
          </button>
        </div>
      )}
      {!packaged && (
        <>
          <ImportPanel
            dataset={dataset}
            scenarios={scenarios}
            language={language}
            client={client}
            onReplace={async (next, nextWarnings) => {
              setRestoreMessage(null);
              await store.getState().replaceDataset(next, nextWarnings);
            }}
          />
          <DatasetControls
            origin={origin}
            canRestorePrevious={previous !== null}
            message={restoreMessage}
            onRestorePrevious={async () => {
              await store.getState().restorePreviousDataset();
              setRestoreMessage('restored');
            }}
            onResetDefault={async () => {
              await store.getState().resetToDefaultDataset();
              setRestoreMessage('reset');
            }}
          />
        </>
      )}
      {warnings.length > 0 && (
        <section aria-labelledby="data-warnings" className="warnings">
          <h2 id="data-warnings">{t('app.warnings')}</h2>
          <ul>
            {warnings.map((w, index) => (
              <li key={index}>{formatDatasetIssue(w, t)}</li>
            ))}
          </ul>
        </section>
      )}
      <MunicipalityTable summary={summary} language={language} />
      {/* Stand-alone staff costs are estimated from salaries: HR only. */}
      {role === 'hr' && (
        <Suspense fallback={null}>
          <EconomicsDataPanel
            key={datasetKey(dataset)}
            dataset={dataset}
            language={language}
            onReplace={(next, nextWarnings) => store.getState().replaceDataset(next, nextWarnings)}
          />
        </Suspense>
      )}
      <PeopleTable dataset={dataset} />
      <PositionTable dataset={dataset} language={language} />
      <ExportPanel
        dataset={dataset}
        scenarios={scenarios}
        scenario={scenario}
        evaluation={result.current}
        role={role}
        language={language}
        onAddScenarios={addScenarios}
        packaged={packaged}
        {...(packaged ? { download: managerDownload } : {})}
      />
      {leak.length > 0 && (
        <p role="alert" className="problems">
          {t('managerPackage.decisions.leak', { paths: leak.slice(0, 5).join(', ') })}
        </p>
      )}
      {openPackage ? (
        <>
          <DecisionsExportPanel scenarios={scenarios} fingerprint={openPackage.datasetFingerprint} />
          <OpenPackagePanel />
        </>
      ) : (
        <>
          <ExportPackagePanel scenarios={scenarios} />
          <DecisionsImportPanel
            dataset={dataset}
            scenarios={scenarios}
            onApply={(next) => store.getState().updateScenario(next.id, () => next)}
          />
        </>
      )}
      <TemplatesSection language={language} competences={dataset.competences} />
    </>
  );
}
