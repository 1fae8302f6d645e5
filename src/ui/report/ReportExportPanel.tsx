import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnonymisationError, DEFAULT_K, MIN_K } from '../../engine/anonymisation';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import { buildAnonymisedReport, checkAnonymisedReport, personalTokens, type ReportProblem } from '../../engine/report';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import './reportExport.css';

type Outcome =
  | { kind: 'passed'; url: string; tables: number }
  | { kind: 'failed'; problems: readonly ReportProblem[] }
  | { kind: 'error'; reason: string };

/**
 * HR builds the anonymised report from the workspace: chooses scenarios and k, builds, checks
 * it against the dataset's own personal data, and downloads the JSON (a Blob URL, revoked
 * when replaced). Only a report that passes the check can be downloaded.
 */
export function ReportExportPanel(props: { dataset: Dataset; scenarios: Scenario[]; evaluations: ScenarioEvaluation[]; language: Language }) {
  const { dataset, scenarios, evaluations } = props;
  const { t } = useTranslation();
  const kId = useId();
  const available = useMemo(
    () => scenarios.filter((s) => evaluations.some((e) => e.scenarioId === s.id)),
    [scenarios, evaluations],
  );
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(available.map((s) => s.id)));
  const [kText, setKText] = useState(String(DEFAULT_K));
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    const url = outcome?.kind === 'passed' ? outcome.url : null;
    return () => {
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [outcome]);

  const k = Number(kText);
  const kValid = Number.isInteger(k) && k >= MIN_K;
  const selected = available.filter((s) => chosen.has(s.id));

  const build = (): void => {
    try {
      const inputs = selected.map((scenario) => ({ scenario, evaluation: evaluations.find((e) => e.scenarioId === scenario.id)! }));
      const report = buildAnonymisedReport(dataset, inputs, { k });
      const text = JSON.stringify(report, null, 2);
      const check = checkAnonymisedReport(text, { k, personalTokens: personalTokens(dataset) });
      if (!check.ok) {
        setOutcome({ kind: 'failed', problems: check.problems });
        return;
      }
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      setOutcome({ kind: 'passed', url, tables: report.tables.length });
    } catch (error) {
      setOutcome({ kind: 'error', reason: error instanceof AnonymisationError ? error.code : (error as Error).message });
    }
  };

  const toggle = (id: string): void => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
    setOutcome(null);
  };

  return (
    <section className="report-export" aria-labelledby={`${kId}-title`}>
      <h2 id={`${kId}-title`}>{t('report.export.title')}</h2>
      <fieldset>
        <legend>{t('report.export.scenarios')}</legend>
        {available.map((s) => (
          <label key={s.id} className="report-export-choice">
            <input type="checkbox" checked={chosen.has(s.id)} onChange={() => toggle(s.id)} /> {s.name}
          </label>
        ))}
      </fieldset>
      <label htmlFor={kId}>{t('report.export.k')}</label>{' '}
      <input
        id={kId}
        type="number"
        min={MIN_K}
        step={1}
        value={kText}
        aria-invalid={!kValid}
        onChange={(event) => {
          setKText(event.target.value);
          setOutcome(null);
        }}
      />{' '}
      <button type="button" onClick={build} disabled={!kValid || selected.length === 0}>
        {t('report.export.build')}
      </button>
      {selected.length === 0 && <p className="note">{t('report.export.noScenario')}</p>}
      <div aria-live="polite">
        {outcome?.kind === 'passed' && (
          <p className="report-export-passed">
            {t('report.export.passed')}{' '}
            <a href={outcome.url} download="anonymiserad-rapport.json">
              {t('report.export.download')}
            </a>
          </p>
        )}
        {outcome?.kind === 'failed' && (
          <div role="alert" className="report-export-failed">
            <p>{t('report.export.failed')}</p>
            <ul>
              {outcome.problems.slice(0, 20).map((problem, index) => (
                <li key={index}>{t(`report.problem.${problem.code}`, { path: problem.path, ...problem.params })}</li>
              ))}
            </ul>
          </div>
        )}
        {outcome?.kind === 'error' && (
          <p role="alert" className="report-export-failed">
            {t('report.export.buildFailed', { reason: outcome.reason })}
          </p>
        )}
      </div>
    </section>
  );
}
