import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changesReport } from '../../engine/compare/changesReport';
import { compareScenarios } from '../../engine/compare/compareScenarios';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { CompareCostRows } from '../economics/CompareCostRows';
import { datasetNames } from '../overview/datasetNames';
import { AssumptionsPanel } from './AssumptionsPanel';
import { ChangesReportTable } from './ChangesReportTable';
import { CompareMembers } from './CompareMembers';
import { KeyFiguresTable } from './KeyFiguresTable';
import './compare.css';

export interface CompareViewProps {
  dataset: Dataset;
  scenarios: Scenario[];
  evaluations: ScenarioEvaluation[];
  /** Each scenario's baseline (the baseline with its members), by scenario id. */
  baselines: Readonly<Record<string, ScenarioEvaluation | null>>;
  language: Language;
}

const MAX_COMPARED = 4;
const DEFAULT_COMPARED = 3;

/**
 * Scenarios side by side: 2–4 chosen scenarios' key figures with the best
 * marked and the difference to today, the changes report between any two, and the
 * assumptions in force.
 */
export function CompareView({ dataset, scenarios, evaluations, baselines, language }: CompareViewProps) {
  const { t } = useTranslation();
  const names = useMemo(() => datasetNames(dataset, language), [dataset, language]);
  const evaluationOf = useMemo(() => new Map(evaluations.map((e) => [e.scenarioId, e])), [evaluations]);
  const evaluated = scenarios.filter((s) => evaluationOf.has(s.id));

  // Until the user picks, the first (up to) three scenarios of the list. Each column appears
  // when its evaluation arrives, in its place: the columns never shuffle as results come in.
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = picked ?? scenarios.slice(0, DEFAULT_COMPARED).map((s) => s.id);
  const selected = evaluated.filter((s) => chosen.includes(s.id));
  const toggle = (id: string, on: boolean) => setPicked(on ? [...chosen, id] : chosen.filter((x) => x !== id));

  // Both computations are cheap (tens of people, a few scenarios): no memo needed.
  const comparison =
    selected.length >= 2
      ? compareScenarios(
          selected.map((s) => evaluationOf.get(s.id)!),
          selected.map((s) => baselines[s.id] ?? null),
          selected,
        )
      : null;

  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const from = (fromId && evaluationOf.has(fromId) ? fromId : selected[0]?.id) ?? null;
  const to = (toId && evaluationOf.has(toId) ? toId : (selected[1]?.id ?? selected[0]?.id)) ?? null;
  const changes = from && to && from !== to ? changesReport(evaluationOf.get(from)!, evaluationOf.get(to)!) : null;
  const scenarioName = (id: string | null) => scenarios.find((s) => s.id === id)?.name ?? id ?? '';

  return (
    <div className="compare-view">
      <h2>{t('views.compare.heading')}</h2>
      <fieldset className="scenario-picker">
        <legend>{t('views.compare.pick')}</legend>
        {scenarios.map((s) => {
          const isEvaluated = evaluationOf.has(s.id);
          const checked = chosen.includes(s.id);
          return (
            <label key={s.id}>
              <input
                type="checkbox"
                checked={checked}
                disabled={!isEvaluated || (!checked && chosen.length >= MAX_COMPARED)}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />
              {isEvaluated ? s.name : t('views.compare.notEvaluated', { name: s.name })}
            </label>
          );
        })}
        {chosen.length >= MAX_COMPARED && <p className="note">{t('views.compare.atMost')}</p>}
      </fieldset>

      <section aria-labelledby="compare-figures-heading">
        <h3 id="compare-figures-heading">{t('views.compare.figures')}</h3>
        {selected.length > 0 && <CompareMembers dataset={dataset} scenarios={selected} />}
        {comparison ? (
          <KeyFiguresTable comparison={comparison} scenarioNames={selected.map((s) => s.name)} language={language} />
        ) : (
          <p role="status">{t('views.compare.pickMore')}</p>
        )}
      </section>

      {selected.length >= 2 && (
        <CompareCostRows
          dataset={dataset}
          scenarios={selected}
          evaluations={selected.map((s) => evaluationOf.get(s.id)!)}
          language={language}
        />
      )}

      <section aria-labelledby="changes-heading">
        <h3 id="changes-heading">{t('views.changes.heading')}</h3>
        <div className="changes-pickers">
          <label>
            {t('views.changes.from')}
            <select value={from ?? ''} onChange={(e) => setFromId(e.target.value)}>
              {evaluated.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('views.changes.to')}
            <select value={to ?? ''} onChange={(e) => setToId(e.target.value)}>
              {evaluated.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        {changes === null ? (
          <p role="status">{t('views.changes.same')}</p>
        ) : (
          <ChangesReportTable changes={changes} fromName={scenarioName(from)} toName={scenarioName(to)} names={names} />
        )}
      </section>

      {selected.length > 0 && <AssumptionsPanel scenarios={selected} names={names} language={language} />}
    </div>
  );
}
