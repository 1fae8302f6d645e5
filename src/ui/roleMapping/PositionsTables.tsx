import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import type { Language } from '../../i18n/createTranslator';
import type { DatasetLabels } from './datasetLabels';
import { formatFit, formatGaps, formatSigned } from './formatters';
import type { PositionRow } from './positionRows';
import { Paginated } from '../pager/Paginated';

export interface PositionsTablesProps {
  rows: readonly PositionRow[];
  /** Units in the order to show them. */
  unitIds: readonly string[];
  labels: DatasetLabels;
  /** Name of a selection group (LAS 22 §) by its id. */
  groupLabel: (groupId: string) => string;
  language: Language;
  selectedPositionId: string | null;
  onOpen: (positionId: string) => void;
}

/** The positions grouped by unit: holder, fit, gaps, commute change, stage, lock and order of selection. */
export function PositionsTables({
  rows,
  unitIds,
  labels,
  groupLabel,
  language,
  selectedPositionId,
  onOpen,
}: PositionsTablesProps) {
  const { t } = useTranslation();
  return (
    <>
      {unitIds.map((unitId) => {
        const unitRows = rows.filter((r) => r.unitId === unitId);
        if (unitRows.length === 0) return null;
        const caption = t('roleMapping.table.caption', { unit: labels.unit(unitId) });
        return (
          <Paginated key={unitId} rows={unitRows} what={caption}>
            {(pageRows) => (
              <div className="rm-scroll" tabIndex={0} role="region" aria-label={caption}>
                <table className="rm-table">
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('roleMapping.col.position')}</th>
                      <th scope="col">{t('roleMapping.col.holder')}</th>
                      <th scope="col">{t('roleMapping.col.fit')}</th>
                      <th scope="col">{t('roleMapping.col.gaps')}</th>
                      <th scope="col">{t('roleMapping.col.commute')}</th>
                      <th scope="col">{t('roleMapping.col.stage')}</th>
                      <th scope="col">{t('roleMapping.col.lock')}</th>
                      <th scope="col">{t('roleMapping.col.las')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {pageRows.map((row) => {
                      const p = row.placement;
                      const title = labels.position(row.positionId);
                      return (
                        <tr
                          key={row.positionId}
                          className={row.positionId === selectedPositionId ? 'rm-selected' : undefined}
                        >
                          <th scope="row">
                            <button
                              type="button"
                              id={`rm-open-${row.positionId}`}
                              className="rm-link"
                              aria-label={t('roleMapping.openPosition', { title: `${title} (${row.positionId})` })}
                              aria-expanded={row.positionId === selectedPositionId}
                              onClick={() => onOpen(row.positionId)}
                            >
                              {title}
                            </button>{' '}
                            <span className="rm-id">{row.positionId}</span>
                          </th>
                          <td>
                            {p
                              ? labels.person(p.personId)
                              : row.status === 'vacant'
                                ? t('roleMapping.status.vacant')
                                : row.status === 'recruited'
                                  ? t('roleMapping.status.recruited')
                                  : t('roleMapping.status.unfilled')}
                            {p?.vetting && (
                              <>
                                {' '}
                                <span className="rm-vetting">
                                  {t('roleMapping.vetting.lead', {
                                    months: formatNumber(p.vetting.leadMonths, language, 1),
                                  })}
                                </span>
                              </>
                            )}
                          </td>
                          <td>{p ? formatFit(p.fit, language) : t('roleMapping.none')}</td>
                          <td>{p ? formatGaps(p.gaps, labels, t) : t('roleMapping.none')}</td>
                          <td>
                            {p
                              ? t('roleMapping.signedMinutes', { value: formatSigned(p.deltaMinutes, language) })
                              : t('roleMapping.none')}
                          </td>
                          <td>{row.holderStage ? t(`roleMapping.stage.${row.holderStage}`) : t('roleMapping.none')}</td>
                          <td>
                            {p
                              ? p.locked
                                ? t('roleMapping.locked')
                                : t('roleMapping.unlocked')
                              : t('roleMapping.none')}
                          </td>
                          <td>
                            {row.las
                              ? t('roleMapping.lasRank', { rank: row.las.rank, group: groupLabel(row.las.groupId) })
                              : t('roleMapping.none')}
                            {row.lasExempted && <> · {t('roleMapping.exempted')}</>}
                            {row.conflict && (
                              <>
                                {' '}
                                <span className="rm-conflict">
                                  {t('roleMapping.conflict')}
                                  <span className="visually-hidden">: {t('roleMapping.conflictTitle')}</span>
                                </span>
                              </>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </Paginated>
        );
      })}
    </>
  );
}
