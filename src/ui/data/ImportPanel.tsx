import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import { formatDatasetIssue } from '../../i18n/formatIssue';
import { formatImportProblem, formatScenarioFileProblem } from '../../i18n/importExport';
import { MAX_IMPORT_BYTES } from '../../io/csv/decodeText';
import type { ImportFile } from '../../io/csv/importCollections';
import { importEntities, type ImportProblem } from '../../io/csv/importProblem';
import type { Dataset } from '../../schema/dataset';
import type { DatasetIssue } from '../../schema/datasetIssue';
import type { ScenarioFileProblem } from '../../io/scenarioFile';
import type { Scenario } from '../../schema/scenario';
import type { DataImportResult } from '../../worker/importFiles';
import type { ImportClient } from '../../worker/importClient';
import { formatNumber } from '../format';

type Counts = Partial<Record<(typeof importEntities)[number], { imported: number; current: number }>>;

type ImportState =
  | { kind: 'idle'; message: 'cancelled' | 'replaced' | null }
  | { kind: 'busy'; count: number; progress: number }
  | { kind: 'error'; detail: string }
  | { kind: 'failed'; problems: ImportProblem[]; issues: DatasetIssue[] }
  | {
      kind: 'ready';
      dataset: Dataset;
      datasetWarnings: DatasetIssue[];
      warnings: ImportProblem[];
      scenarioProblems: ScenarioFileProblem[];
      counts: Counts;
      wholeDatasetFile: string | null;
    };

export interface ImportPanelProps {
  dataset: Dataset;
  /** The user's scenarios: what they name that the new dataset lacks is shown before confirming. */
  scenarios: readonly Scenario[];
  language: Language;
  client: ImportClient;
  /** Makes the imported dataset current (after the user confirmed). */
  onReplace: (dataset: Dataset, warnings: DatasetIssue[]) => void | Promise<void>;
}

const MB = 1024 * 1024;

/** Files over the limit, refused from their size alone: nothing of them is read. */
function oversized(files: readonly File[]): ImportProblem[] {
  return files
    .filter((f) => f.size > MAX_IMPORT_BYTES)
    .map((f) => ({
      file: f.name,
      row: null,
      column: null,
      code: 'file-too-large',
      params: { sizeMb: Math.round((f.size / MB) * 10) / 10, limitMb: MAX_IMPORT_BYTES / MB },
      severity: 'error',
    }));
}

function stateOf(outcome: DataImportResult): ImportState {
  if (outcome.kind === 'dataset') {
    const r = outcome.result;
    return r.ok
      ? { kind: 'ready', dataset: r.dataset, datasetWarnings: r.warnings, warnings: [], scenarioProblems: outcome.scenarioProblems, counts: outcome.counts, wholeDatasetFile: outcome.file }
      : { kind: 'failed', problems: r.fileProblems, issues: r.issues };
  }
  const r = outcome.result;
  return r.ok
    ? { kind: 'ready', dataset: r.dataset, datasetWarnings: [], warnings: r.warnings, scenarioProblems: outcome.scenarioProblems, counts: r.summary.counts, wholeDatasetFile: null }
    : { kind: 'failed', problems: r.problems, issues: [] };
}

/**
 * Import of people, positions, sites and competences (or a whole dataset): files are chosen or
 * dropped, checked in the import worker, every problem listed at once; the current data is
 * replaced only after the user has seen the summary and confirmed.
 */
export function ImportPanel({ dataset, scenarios, language, client, onReplace }: ImportPanelProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle', message: null });
  const [dragging, setDragging] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const run = useRef(0);

  // The outcome's heading takes focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (state.kind === 'failed' || state.kind === 'ready' || state.kind === 'error') resultRef.current?.focus();
  }, [state.kind]);

  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    const id = ++run.current;
    const tooLarge = oversized(files);
    if (tooLarge.length > 0) {
      setState({ kind: 'failed', problems: tooLarge, issues: [] });
      return;
    }
    setState({ kind: 'busy', count: files.length, progress: 0 });
    try {
      const read: ImportFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const onProgress = (progress: number) => {
        if (run.current === id) setState({ kind: 'busy', count: files.length, progress });
      };
      const outcome = await client.importFiles(read, dataset, language, [...scenarios], onProgress);
      if (run.current === id) setState(stateOf(outcome));
    } catch (error) {
      if (run.current === id) setState({ kind: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };

  const confirm = async () => {
    if (state.kind !== 'ready') return;
    await onReplace(state.dataset, state.datasetWarnings);
    setState({ kind: 'idle', message: 'replaced' });
  };

  const n = (value: number) => formatNumber(value, language);
  const errors = state.kind === 'failed' ? state.problems.filter((p) => p.severity === 'error') : [];
  const failedWarnings = state.kind === 'failed' ? state.problems.filter((p) => p.severity === 'warning') : [];

  return (
    <section aria-labelledby="import-heading" className="data-import">
      <h2 id="import-heading">{t('dataView.import.heading')}</h2>
      <p className="note">{t('dataView.import.intro')}</p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop-zone"
      >
        <label htmlFor={inputId}>{t('dataView.import.choose')}</label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".csv,.json,.txt,text/csv,application/json"
          disabled={state.kind === 'busy'}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Cleared, so that choosing the same (fixed) file again starts a new import.
            event.currentTarget.value = '';
            void importFiles(files);
          }}
        />
        <p className="note">{t('dataView.import.drop')}</p>
      </div>

      <div aria-live="polite">
        {state.kind === 'busy' && (
          <p role="status" className="import-busy">
            {/* Indeterminate until the worker reports how far it has read. */}
            <progress aria-label={t('dataView.import.busy', { count: state.count })} max={1} {...(state.progress > 0 ? { value: state.progress } : {})} />{' '}
            {t('dataView.import.busy', { count: state.count })}
          </p>
        )}
        {state.kind === 'idle' && state.message && <p role="status">{t(`dataView.import.${state.message}`)}</p>}
      </div>

      {state.kind === 'error' && (
        <div role="alert" className="problems">
          <h3 ref={resultRef} tabIndex={-1}>
            {t('dataView.import.failedToRun', { detail: state.detail })}
          </h3>
        </div>
      )}

      {state.kind === 'failed' && (
        <div className="problems import-problems">
          <h3 ref={resultRef} tabIndex={-1}>
            {t('dataView.import.problemsHeading', { count: errors.length + state.issues.length })}
          </h3>
          <ul aria-label={t('dataView.import.problemsHeading', { count: errors.length + state.issues.length })}>
            {errors.map((p, index) => (
              <li key={`p${index}`}>{formatImportProblem(p, language)}</li>
            ))}
            {state.issues.map((issue, index) => (
              <li key={`i${index}`}>{formatDatasetIssue(issue, t)}</li>
            ))}
          </ul>
          <ProblemWarnings problems={failedWarnings} language={language} />
        </div>
      )}

      {state.kind === 'ready' && (
        <div className="import-ready">
          <h3 ref={resultRef} tabIndex={-1}>
            {t('dataView.import.readyHeading')}
          </h3>
          <p>{state.wholeDatasetFile ? t('dataView.import.wholeDataset', { file: state.wholeDatasetFile }) : t('dataView.import.readyIntro')}</p>
          <table className="import-counts">
            <caption>{t('dataView.import.countsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dataView.import.col.collection')}</th>
                <th scope="col">{t('dataView.import.col.now')}</th>
                <th scope="col">{t('dataView.import.col.after')}</th>
              </tr>
            </thead>
            <tbody>
              {(['people', 'positions', 'sites', 'competences'] as const).map((entity) => (
                <tr key={entity}>
                  <th scope="row">{t(`dataView.collection.${entity}`)}</th>
                  <td className="num">{n(dataset[entity].length)}</td>
                  <td className="num">{n(state.counts[entity]?.imported ?? dataset[entity].length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ProblemWarnings problems={state.warnings} language={language} />
          {state.scenarioProblems.length > 0 && (
            <div className="import-warnings">
              <h4>{t('dataView.import.scenarioWarnings', { count: state.scenarioProblems.length })}</h4>
              <ul>
                {state.scenarioProblems.map((p, index) => (
                  <li key={index}>{formatScenarioFileProblem(p, language)}</li>
                ))}
              </ul>
            </div>
          )}
          {state.datasetWarnings.length > 0 && (
            <ul className="import-warnings">
              {state.datasetWarnings.map((w, index) => (
                <li key={index}>{formatDatasetIssue(w, t)}</li>
              ))}
            </ul>
          )}
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void confirm()}>
              {t('dataView.import.confirm')}
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle', message: 'cancelled' })}>
              {t('dataView.import.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function ProblemWarnings({ problems, language }: { problems: ImportProblem[]; language: Language }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div className="import-warnings">
      <h4>{t('dataView.import.warningsHeading', { count: problems.length })}</h4>
      <ul>
        {problems.map((p, index) => (
          <li key={index}>{formatImportProblem(p, language)}</li>
        ))}
      </ul>
    </div>
  );
}
