import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetSummary } from '../../engine/datasetSummary';
import { formatDatasetIssue } from '../../i18n/formatIssue';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { DatasetIssue } from '../../schema/datasetIssue';
import { formatNumber } from '../format';
import { MunicipalityTable } from '../overview/MunicipalityTable';
import { PeopleTable } from '../overview/PeopleTable';
import { PositionTable } from '../overview/PositionTable';

/** The Data view: the dataset as loaded – head counts, municipalities, people and positions. */
export function DataView({ dataset, warnings, language }: { dataset: Dataset; warnings: DatasetIssue[]; language: Language }) {
  const { t } = useTranslation();
  const summary = useMemo(() => datasetSummary(dataset), [dataset]);
  const n = (value: number) => formatNumber(value, language);
  return (
    <>
      <section aria-labelledby="data-headline" className="headline">
        <h2 id="data-headline">{t('app.headline', { people: n(summary.people.total), positions: n(summary.positions.total) })}</h2>
        <p>
          {t('app.headlineDetail', {
            managers: n(summary.positions.managers),
            bench: n(Math.max(0, summary.people.total - summary.positions.total)),
          })}
        </p>
        <p className="note">
          {t('workspace.data.heading', { name: dataset.name })}. {t('app.syntheticNote')}
        </p>
      </section>
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
      <PeopleTable dataset={dataset} />
      <PositionTable dataset={dataset} language={language} />
    </>
  );
}
