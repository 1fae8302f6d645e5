import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnonymisationError, MIN_K } from '../../engine/anonymisation';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import {
  buildAnonymisedReport,
  checkAnonymisedReport,
  personalBirthYears,
  personalTokens,
  type ReportProblem,
} from '../../engine/report';
import { clearRegister, loadRegister, saveRegister } from '../../io/releaseRegisterStorage';
import type { Language } from '../../i18n/createTranslator';
import type { AnonymisedReport } from '../../schema/anonymisedReport';
import type { Dataset } from '../../schema/dataset';
import { emptyRegister, type ReleaseRegister } from '../../schema/releaseRegister';
import type { Scenario } from '../../schema/scenario';
import { publicAreas } from '../../union/publicGeography';
import './reportExport.css';
import { defaultMembers, scenarioMembers } from '../../engine/scenario/scenarioMembers';

type Outcome =
  | {
      kind: 'passed';
      url: string;
      report: AnonymisedReport;
      fingerprints: Record<string, string>;
      people: string;
      percent: number;
    }
  | { kind: 'failed'; problems: readonly ReportProblem[] }
  | { kind: 'refused'; reason: string; params: Record<string, string | number> }
  | { kind: 'error'; reason: string };

/**
 * HR builds the anonymised report from the workspace: chooses scenarios, builds it protected
 * jointly with every report released before from this dataset (the release register in this
 * browser), checks it against the dataset's own personal data, and downloads the JSON; the
 * download records the release. k is the dataset's; changing it here resets the register, with
 * a warning (see docs/anonymisation.md).
 */
export function ReportExportPanel(props: {
  dataset: Dataset;
  scenarios: Scenario[];
  evaluations: ScenarioEvaluation[];
  language: Language;
  storage?: Storage;
}) {
  const { dataset, scenarios, evaluations } = props;
  const storage = props.storage ?? window.localStorage;
  const { t } = useTranslation();
  const kId = useId();
  const available = useMemo(
    () => scenarios.filter((s) => evaluations.some((e) => e.scenarioId === s.id)),
    [scenarios, evaluations],
  );
  // A report holds one membership (docs/membership.md): at first, every scenario of the default one.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => {
    const byDefault = [...defaultMembers(dataset)].sort().join(',');
    return new Set(
      available.filter((s) => [...scenarioMembers(dataset, s)].sort().join(',') === byDefault).map((s) => s.id),
    );
  });
  const [stored, setStored] = useState(() => loadRegister(storage, dataset.id));
  const register: ReleaseRegister | null = stored.kind === 'ok' ? stored.register : null;
  const [kText, setKText] = useState(String(register?.k ?? dataset.anonymisation.k));
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    const url = outcome?.kind === 'passed' ? outcome.url : null;
    return () => {
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [outcome]);

  const k = Number(kText);
  const kValid = Number.isInteger(k) && k >= MIN_K && k <= 50;
  const selected = available.filter((s) => chosen.has(s.id));
  const releases = register?.releases.length ?? 0;

  const resetRegister = (): void => {
    clearRegister(storage, dataset.id);
    setStored({ kind: 'none' });
    setOutcome(null);
  };

  const changeK = (text: string): void => {
    if (releases > 0 && text !== kText && !window.confirm(t('report.export.kResetWarning', { count: releases })))
      return;
    if (releases > 0) resetRegister();
    setKText(text);
    setOutcome(null);
  };

  const build = (): void => {
    try {
      const inputs = selected.map((scenario) => ({
        scenario,
        evaluation: evaluations.find((e) => e.scenarioId === scenario.id)!,
      }));
      const built = buildAnonymisedReport(dataset, inputs, { k, areas: publicAreas, register: register ?? undefined });
      if (!built.ok) {
        setOutcome({ kind: 'refused', reason: built.reason, params: built.params });
        return;
      }
      const text = JSON.stringify(built.report, null, 2);
      const check = checkAnonymisedReport(text, {
        k,
        personalTokens: personalTokens(dataset),
        birthYears: personalBirthYears(dataset),
        areas: publicAreas,
      });
      if (!check.ok) {
        setOutcome({ kind: 'failed', problems: check.problems });
        return;
      }
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const percent = Math.round((100 * built.stats.published) / Math.max(1, built.stats.cells));
      setOutcome({
        kind: 'passed',
        url,
        report: built.report,
        fingerprints: built.tableFingerprints,
        people: built.peopleFingerprint,
        percent,
      });
    } catch (error) {
      setOutcome({
        kind: 'error',
        reason: error instanceof AnonymisationError ? error.code : (error as Error).message,
      });
    }
  };

  /** Handing the file out is the release: it joins the register. */
  const recordRelease = (): void => {
    if (outcome?.kind !== 'passed') return;
    const base = register ?? emptyRegister(dataset.id, outcome.people, k);
    const next: ReleaseRegister = {
      ...base,
      peopleFingerprint: outcome.people,
      releases: [
        ...base.releases,
        { releasedAt: new Date().toISOString(), tableFingerprints: outcome.fingerprints, report: outcome.report },
      ],
    };
    saveRegister(storage, next);
    setStored({ kind: 'ok', register: next });
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
        max={50}
        step={1}
        value={kText}
        aria-invalid={!kValid}
        onChange={(event) => changeK(event.target.value)}
      />{' '}
      <button type="button" onClick={build} disabled={!kValid || selected.length === 0 || stored.kind === 'invalid'}>
        {t('report.export.build')}
      </button>
      <p className="note">{t('report.export.kNote')}</p>
      <p className="note" data-testid="release-register">
        {t('report.export.register', { count: releases })}{' '}
        {releases > 0 && (
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t('report.export.resetWarning', { count: releases }))) resetRegister();
            }}
          >
            {t('report.export.resetRegister')}
          </button>
        )}
      </p>
      {stored.kind === 'invalid' && (
        <p role="alert" className="report-export-failed">
          {t('report.export.registerInvalid', { reason: stored.reason })}{' '}
          <button type="button" onClick={resetRegister}>
            {t('report.export.resetRegister')}
          </button>
        </p>
      )}
      {selected.length === 0 && <p className="note">{t('report.export.noScenario')}</p>}
      <div aria-live="polite">
        {outcome?.kind === 'passed' && (
          <p className="report-export-passed">
            {t('report.export.passed', { percent: outcome.percent })}{' '}
            <a href={outcome.url} download="anonymiserad-rapport.json" onClick={recordRelease}>
              {t('report.export.download')}
            </a>
          </p>
        )}
        {outcome?.kind === 'refused' && (
          <p role="alert" className="report-export-failed">
            {t(`report.refused.${outcome.reason}`, { ...outcome.params, file: t('report.export.registerName') })}
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
