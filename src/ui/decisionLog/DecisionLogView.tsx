import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionLogCsv } from '../../io/csv/index';
import type { Dataset } from '../../schema/dataset';
import { activeScenario } from '../../state/selectors';
import { datasetLabels } from '../roleMapping/datasetLabels';
import { datasetNames } from '../overview/datasetNames';
import { CSV_TYPE, downloadText, fileNamePart } from '../data/downloadText';
import { useAppStore } from '../StoreContext';
import { DecisionChanges } from './DecisionChanges';
import { DecisionLogTable } from './DecisionLogTable';
import './decisionLog.css';

/** The decision log of the active scenario (container): every manual decision, newest first, its CSV, and what the decisions change. */
export function DecisionLogView({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const scenario = useAppStore(activeScenario);
  const language = useAppStore((s) => s.language);
  const labels = useMemo(() => datasetLabels(dataset, language), [dataset, language]);
  const names = useMemo(() => datasetNames(dataset, language), [dataset, language]);
  // Entries are appended as they are made: the newest is last; ties keep the order of making.
  const entries = useMemo(() => [...(scenario?.log ?? [])].reverse(), [scenario]);
  if (!scenario) return <p>{t('roleMapping.log.noScenario')}</p>;

  const exportCsv = () => {
    const text = decisionLogCsv(entries, language, {
      person: labels.person,
      position: labels.position,
      site: (id) => labels.site(id),
      municipality: names.municipality,
    });
    downloadText(text, t('dataView.file.decisionLog', { scenario: fileNamePart(scenario.name) }), CSV_TYPE);
  };

  return (
    <section className="decision-log" aria-labelledby="dl-heading">
      <h2 id="dl-heading">{t('roleMapping.log.heading', { name: scenario.name })}</h2>
      <p className="note">{t('roleMapping.log.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('roleMapping.log.none')}</p>
      ) : (
        <>
          <button type="button" onClick={exportCsv}>
            {t('roleMapping.log.export')}
          </button>
          <DecisionLogTable
            entries={entries}
            personLabel={labels.person}
            positionLabel={labels.position}
            detailLabels={{ person: labels.person, municipality: names.municipality }}
            language={language}
          />
        </>
      )}
      <DecisionChanges dataset={dataset} scenario={scenario} language={language} />
    </section>
  );
}
