import { useTranslation } from 'react-i18next';
import { economicsOfScenario, type EconomicsEvaluation } from '../../engine/economics/economicsOfScenario';
import type { EconomicsResult } from '../../engine/economics/economicsTypes';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
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
      {/* Focusable, so a keyboard can scroll a wide table. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('economics.compare.caption')}>
        <table className="key-figures">
          <caption>{t('economics.compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.compare.figure')}</th>
              {scenarios.map((s) => (
                <th key={s.id} scope="col" className="num">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-figure={`cost-${row.id}`}>
                <th scope="row">{row.label}</th>
                {results.map((r, k) => (
                  <td key={scenarios[k]!.id} className="num">
                    {r ? row.value(r) : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
