import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Language } from '../../i18n/createTranslator';
import { formatScenarioFileProblem } from '../../i18n/importExport';
import { MAX_IMPORT_BYTES } from '../../io/csv/decodeText';
import { decisionLogCsv } from '../../io/csv/decisionLogCsv';
import { personImpactCsv } from '../../io/csv/personImpactCsv';
import { exportDatasetJson } from '../../io/datasetJson';
import { exportScenariosJson, importScenarios, type ScenarioFileProblem } from '../../io/scenarioFile';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { UserRole } from '../../schema/savedState';
import { datasetNames } from '../overview/datasetNames';
import { CSV_TYPE, downloadText, fileNamePart, JSON_TYPE } from './downloadText';
import { personImpactRows } from './personImpactRows';

export interface ExportPanelProps {
  dataset: Dataset;
  scenarios: readonly Scenario[];
  scenario: Scenario | null;
  /** The active scenario's current evaluation; null while it is computed. */
  evaluation: ScenarioEvaluation | null;
  role: UserRole;
  language: Language;
  /** Adds imported scenarios (undoable); returns the names they were added under. */
  onAddScenarios: (scenarios: Scenario[]) => string[];
  /** Manager mode: no dataset export, no scenario import (docs/roles-and-packages.md). */
  packaged?: boolean;
  /** How a file is offered (manager mode: checked for private fields first). */
  download?: (text: string, fileName: string, type: string) => void;
}

type ScenarioImportState =
  | { kind: 'idle' }
  | { kind: 'added'; names: string[] }
  | { kind: 'failed'; problems: ScenarioFileProblem[] }
  | { kind: 'none' };

/** Downloads of the per-person impact, the dataset, the scenarios and the decision log; import of scenarios. */
export function ExportPanel({ dataset, scenarios, scenario, evaluation, role, language, onAddScenarios, packaged = false, download = downloadText }: ExportPanelProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [scenarioImport, setScenarioImport] = useState<ScenarioImportState>({ kind: 'idle' });
  const names = useMemo(() => datasetNames(dataset, language), [dataset, language]);

  const exportImpact = () => {
    if (!scenario || !evaluation) return;
    const rows = personImpactRows(dataset, scenario, evaluation, names, role === 'hr');
    downloadText(personImpactCsv(rows, language), t('dataView.file.impact', { scenario: fileNamePart(scenario.name) }), CSV_TYPE);
  };
  const exportLog = () => {
    if (!scenario) return;
    const text = decisionLogCsv(scenario.log, language, { person: names.person, position: names.position, site: names.site, municipality: names.municipality });
    downloadText(text, t('dataView.file.decisionLog', { scenario: fileNamePart(scenario.name) }), CSV_TYPE);
  };

  const importScenarioFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setScenarioImport({ kind: 'failed', problems: [{ scenario: null, field: '', code: 'file-too-large', params: { sizeMb: Math.round(file.size / 1024 / 1024), limitMb: MAX_IMPORT_BYTES / 1024 / 1024 } }] });
      return;
    }
    const result = importScenarios(await file.text(), { dataset });
    if (!result.ok) setScenarioImport({ kind: 'failed', problems: result.problems });
    else if (result.scenarios.length === 0) setScenarioImport({ kind: 'none' });
    else setScenarioImport({ kind: 'added', names: onAddScenarios(result.scenarios) });
  };

  return (
    <section aria-labelledby="export-heading" className="data-export">
      <h2 id="export-heading">{t('dataView.export.heading')}</h2>
      <p className="note">{t('dataView.export.intro')}</p>
      <div className="button-row">
        <button type="button" onClick={exportImpact} disabled={!scenario || !evaluation}>
          {t('dataView.export.impact')}
        </button>
        {/* The full dataset only for HR: a manager (or HR previewing as one) gets the manager package. */}
        {role === 'hr' && !packaged && (
          <button type="button" onClick={() => download(exportDatasetJson(dataset), t('dataView.file.dataset'), JSON_TYPE)}>
            {t('dataView.export.dataset')}
          </button>
        )}
        <button type="button" onClick={() => download(exportScenariosJson(scenarios), t('dataView.file.scenarios'), JSON_TYPE)}>
          {t('dataView.export.scenarios')}
        </button>
        <button type="button" onClick={exportLog} disabled={!scenario}>
          {t('dataView.export.log')}
        </button>
      </div>
      {!scenario ? <p className="note">{t('dataView.export.noScenario')}</p> : !evaluation && <p className="note">{t('dataView.export.impactWaiting')}</p>}

      {!packaged && (
        <>
      <h3 id="scenario-import-heading">{t('dataView.scenarios.heading')}</h3>
      <label htmlFor={inputId}>{t('dataView.scenarios.choose')}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          void importScenarioFile(file);
        }}
      />
      <div aria-live="polite">
        {scenarioImport.kind === 'added' && <p role="status">{t('dataView.scenarios.added', { count: scenarioImport.names.length, names: scenarioImport.names.join(', ') })}</p>}
        {scenarioImport.kind === 'none' && <p role="status">{t('dataView.scenarios.none')}</p>}
      </div>
      {scenarioImport.kind === 'failed' && (
        <div className="problems" role="alert">
          <p>{t('dataView.scenarios.problems', { count: scenarioImport.problems.length })}</p>
          <ul>
            {scenarioImport.problems.map((p, index) => (
              <li key={index}>{formatScenarioFileProblem(p, language)}</li>
            ))}
          </ul>
        </div>
      )}
        </>
      )}
    </section>
  );
}
