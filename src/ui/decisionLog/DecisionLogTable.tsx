import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import type { DecisionLogEntry } from '../../schema/decisionLogEntry';
import { selectionStageSchema } from '../../schema/selectionStage';
import { decisionDetail, type DecisionDetailLabels } from '../../io/csv/decisionDetail';
import { actionLabels } from '../../io/csv/decisionLogCsv';
import { Paginated } from '../pager/Paginated';
import { inLanguage, localeOf } from '../../schema/language';

export interface DecisionLogTableProps {
  /** In the order to show (newest first). */
  entries: readonly DecisionLogEntry[];
  personLabel: (id: string) => string;
  positionLabel: (id: string) => string;
  /** Names for the ids a detail may hold (a swap's other person, a function, a municipality). */
  detailLabels?: DecisionDetailLabels;
  language: Language;
}

const stages = new Set<string>(selectionStageSchema.options);

/** The decisions: time, role, action, person, position, detail and reason. */
export function DecisionLogTable({
  entries,
  personLabel,
  positionLabel,
  detailLabels,
  language,
}: DecisionLogTableProps) {
  const { t } = useTranslation();
  const time = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short', timeStyle: 'medium' });
  const detail = (entry: DecisionLogEntry) => {
    if (entry.action === 'stage' && entry.detail !== undefined && stages.has(entry.detail))
      return t(`roleMapping.stage.${entry.detail}`);
    // A deviation from the order names the person who keeps the position: "agreed: p012".
    const deviation =
      entry.action === 'agreed-deviation' && entry.detail !== undefined
        ? /^(agreed|withdrawn): (.+)$/.exec(entry.detail)
        : null;
    if (deviation) return t(`selectionOrder.log.${deviation[1]}`, { person: personLabel(deviation[2]!) });
    return decisionDetail(entry, language, detailLabels ?? { person: personLabel }) ?? t('roleMapping.none');
  };
  return (
    <Paginated rows={entries} what={t('roleMapping.log.caption')}>
      {(pageEntries) => (
        <div className="dl-scroll" tabIndex={0} role="region" aria-label={t('roleMapping.log.caption')}>
          <table className="dl-table">
            <caption>{t('roleMapping.log.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roleMapping.log.time')}</th>
                <th scope="col">{t('roleMapping.log.role')}</th>
                <th scope="col">{t('roleMapping.log.action')}</th>
                <th scope="col">{t('roleMapping.log.person')}</th>
                <th scope="col">{t('roleMapping.log.position')}</th>
                <th scope="col">{t('roleMapping.log.detail')}</th>
                <th scope="col">{t('roleMapping.log.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {pageEntries.map((entry, k) => (
                <tr key={`${entry.at}-${k}`}>
                  <th scope="row">
                    <time dateTime={entry.at}>{time.format(new Date(entry.at))}</time>
                  </th>
                  <td>
                    {t(`roleMapping.logRole.${entry.role}`)}
                    {/* Who proposed it, when it came back from a manager's package. */}
                    {entry.proposedBy !== undefined && ` (${entry.proposedBy})`}
                  </td>
                  <td>{inLanguage(actionLabels[entry.action], language)}</td>
                  <td>{entry.personId ? personLabel(entry.personId) : t('roleMapping.none')}</td>
                  <td>{entry.positionId ? positionLabel(entry.positionId) : t('roleMapping.none')}</td>
                  <td>{detail(entry)}</td>
                  <td>{entry.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Paginated>
  );
}
