import { useTranslation } from 'react-i18next';
import { economicsOfScenario, type EconomicsEvaluation } from '../../engine/economics/economicsOfScenario';
import type { EconomicsResult } from '../../engine/economics/economicsTypes';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { ScenarioColumnsTable } from '../tables/ScenarioColumnsTable';
import { formatSek } from './formatSek';

export interface CompareCostRowsProps {
  dataset: Dataset;
  scenarios: readonly Scenario[];
  evaluations: readonly EconomicsEvaluation[];
  language: Language;
}

/** The cost rows of the Compare view: each scenario's economics over the horizon, with its own assumptions. */
export function CompareCostRows({ dataset, scenarios, evaluations, language }: CompareCostRowsProps) {
  const { t } = useTranslation();
  const results = scenarios.map((s) => {
    const evaluation = evaluations.find((e) => e.scenarioId === s.id);
    const outcome = evaluation ? economicsOfScenario(dataset, s, evaluation) : null;
    return outcome?.ok ? outcome.result : null;
  });
  const any = results.find((r): r is EconomicsResult => r !== null);
  if (!any) return null;
  const from = any.years[0]!;
  const to = any.years.at(-1)!;
  const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
  const rows: { id: string; label: string; value: (r: EconomicsResult) => string }[] = [
    {
      id: 'companyTotal',
      label: t('economics.compare.companyTotal', { from, to }),
      value: (r) => formatSek(sum(r.company.total), language),
    },
    {
      id: 'saving',
      label: t('economics.compare.saving', { from, to }),
      value: (r) => formatSek(r.accumulatedSaving.at(-1)!, language),
    },
    { id: 'hump', label: t('economics.compare.hump'), value: (r) => formatSek(sum(r.hump), language) },
    {
      id: 'redundancy',
      label: t('economics.compare.redundancy'),
      value: (r) => formatSek(sum(r.company.byItem.redundancy), language),
    },
    {
      id: 'lastYear',
      label: t('economics.compare.lastYear', { year: to }),
      value: (r) => formatSek(r.company.total.at(-1)!, language),
    },
    {
      id: 'payback',
      label: t('economics.compare.payback'),
      value: (r) => (r.paybackYear === null ? t('economics.compare.none') : String(r.paybackYear)),
    },
  ];
  return (
    <section aria-labelledby="compare-costs-heading">
      <h3 id="compare-costs-heading">{t('economics.compare.heading', { from, to })}</h3>
      <ScenarioColumnsTable
        caption={t('economics.compare.caption')}
        figureHeading={t('views.compare.figure')}
        scenarios={scenarios}
        rows={rows.map((row) => ({
          id: row.id,
          label: row.label,
          cells: results.map((r) => (r ? row.value(r) : '—')),
        }))}
        className="key-figures"
        figureAttribute={(id) => `cost-${id}`}
      />
    </section>
  );
}
