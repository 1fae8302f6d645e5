import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import type { Scenario } from '../../schema/scenario';
import { formatNumber } from '../format';
import type { DatasetNames } from '../overview/datasetNames';
import { parameterRows, type ParameterValue } from './parameterRows';

export interface AssumptionsPanelProps {
  scenarios: readonly Scenario[];
  names: DatasetNames;
  language: Language;
}

/** Every parameter in force in each scenario, its default, whether it differs and where the default comes from. */
export function AssumptionsPanel({ scenarios, names, language }: AssumptionsPanelProps) {
  const { t } = useTranslation();
  const rows = useMemo(() => parameterRows(scenarios.map((s) => s.parameters)), [scenarios]);
  const format = (value: ParameterValue, key: string): string => {
    // A seed is a label, not a quantity: no digit grouping.
    if (typeof value === 'number') return key === 'seed' ? String(value) : formatNumber(value, language, 4);
    if (typeof value === 'boolean') return value ? t('views.yes') : t('views.no');
    if (typeof value === 'string') return t(`views.value.${value}`, { defaultValue: value });
    return value.length === 0 ? t('views.none') : value.map(names.site).join(', ');
  };
  const sections = [...new Set(rows.map((r) => r.section))];
  return (
    <section className="assumptions" aria-labelledby="assumptions-heading">
      <h3 id="assumptions-heading">{t('views.assumptions.heading')}</h3>
      <p className="note">{t('views.assumptions.intro')}</p>
      <ul>
        {scenarios.map((s, k) => (
          <li key={s.id}>
            {t('views.assumptions.changedCount', { count: rows.filter((r) => r.changed[k]).length, scenario: s.name })}
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="assumptions-table">
          <caption>{t('views.assumptions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.assumptions.parameter')}</th>
              <th scope="col">{t('views.assumptions.default')}</th>
              {scenarios.map((s) => (
                <th key={s.id} scope="col">
                  {s.name}
                </th>
              ))}
              <th scope="col">{t('views.assumptions.source')}</th>
            </tr>
          </thead>
          {sections.map((section) => (
            <tbody key={section}>
              <tr className="section-row">
                <th scope="colgroup" colSpan={3 + scenarios.length}>
                  {t(`views.section.${section}`)}
                </th>
              </tr>
              {rows
                .filter((r) => r.section === section)
                .map((r) => (
                  <tr key={`${r.section}.${r.key}`} data-parameter={`${r.section}.${r.key}`}>
                    <th scope="row">{t(`views.param.${r.section}.${r.key}`)}</th>
                    <td>{format(r.defaultValue, r.key)}</td>
                    {r.values.map((value, k) => (
                      <td key={scenarios[k]!.id} className={r.changed[k] ? 'changed' : undefined}>
                        {format(value, r.key)}
                        {r.changed[k] && <strong className="changed-mark"> ({t('views.assumptions.changed')})</strong>}
                      </td>
                    ))}
                    <td className="source">{t(`views.source.${r.section}.${r.key}`)}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
