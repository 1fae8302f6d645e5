import { useTranslation } from 'react-i18next';
import type { ServiceCoverage } from '../../engine/scenario/serviceCoverage';
import type { Language } from '../../i18n/createTranslator';
import { formatNumber } from '../format';
import type { DatasetNames } from '../overview/datasetNames';

export interface ServiceCoverageTablesProps {
  coverage: ServiceCoverage;
  names: DatasetNames;
  language: Language;
}

/** Local service coverage per municipality, the uncovered localities and the staffing of each service point. */
export function ServiceCoverageTables({ coverage, names, language }: ServiceCoverageTablesProps) {
  const { t } = useTranslation();
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const percent = (share: number) => t('views.percent', { value: n(share * 100, 1) });
  const minutes = (value: number) => t('views.minutes', { value: n(value, 1) });
  return (
    <>
      <div className="table-scroll">
        <table>
          <caption>{t('views.impact.coverageCaption', { minutes: n(coverage.responseMinutes, 1) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.impact.col.municipality')}</th>
              <th scope="col" className="num">
                {t('views.impact.col.employees')}
              </th>
              <th scope="col" className="num">
                {t('views.impact.col.pcs')}
              </th>
              <th scope="col" className="num">
                {t('views.impact.col.backup')}
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(coverage.byMunicipality).map(([id, share]) => (
              <tr key={id}>
                <th scope="row">{names.municipality(id)}</th>
                <td className="num">{percent(share.employees)}</td>
                <td className="num">{percent(share.pcs)}</td>
                <td className="num">{percent(coverage.backupByMunicipality[id]?.employees ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('views.impact.overall')}</th>
              <td className="num">{percent(coverage.overall.employees)}</td>
              <td className="num">{percent(coverage.overall.pcs)}</td>
              <td className="num">{percent(coverage.backup.employees)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h4>{t('views.impact.uncovered')}</h4>
      {coverage.uncoveredLocalities.length === 0 ? (
        <p>{t('views.impact.noUncovered')}</p>
      ) : (
        <ul>
          {coverage.uncoveredLocalities.map((l) => (
            <li key={l.localityId}>
              {t('views.impact.uncoveredItem', {
                name: l.name,
                minutes: l.nearestMinutes === null ? t('views.impact.noStaffedPoint') : minutes(l.nearestMinutes),
              })}
            </li>
          ))}
        </ul>
      )}
      <div className="table-scroll">
        <table>
          <caption>{t('views.impact.pointsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.impact.col.site')}</th>
              <th scope="col">{t('views.impact.col.municipality')}</th>
              <th scope="col" className="num">
                {t('views.impact.col.technicians')}
              </th>
              <th scope="col" className="num">
                {t('views.impact.col.staffedDays')}
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.points.map((p) => (
              <tr key={p.siteId}>
                <th scope="row">{names.site(p.siteId)}</th>
                <td>{p.municipalityIds.map(names.municipality).join(', ')}</td>
                <td className="num">{n(p.technicians)}</td>
                <td className="num">{n(p.staffedDaysPerWeek, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
