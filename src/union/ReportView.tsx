import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/createTranslator';
import type { AnonymisedReport } from '../schema/anonymisedReport';
import { formatNumber } from '../ui/format';
import { OWN_ROW_FACTOR } from '../engine/report/reportRows';
import { HomeAreaMap, type AreaValue } from './HomeAreaMap';
import { OverallFigures } from './OverallFigures';
import { publicAreas } from './publicGeography';
import { labelOf } from './reportLabels';
import { ReportTable } from './ReportTable';

/**
 * A checked report, explained: how to read it, the overall figures with charts, where people
 * live on the real municipal map, and per scenario its tables (each with a plain explanation),
 * local service and competences.
 */
export function ReportView({ report, language }: { report: AnonymisedReport; language: Language }) {
  const { t } = useTranslation();
  const { k } = report.parameters;
  const homes = report.tables.find((table) => table.topic === 'homeAreas');
  const areaValues: AreaValue[] = report.homeAreas.map((area) => {
    const r = homes ? homes.rowIds.indexOf(area.rowId) : -1;
    return {
      areaId: area.areaId,
      name: labelOf(report, area.rowId, language, t),
      count: r >= 0 ? (homes!.rowTotals[r] ?? null) : null,
    };
  });
  const features = publicAreas.features.filter((f) => report.homeAreas.some((a) => a.areaId === f.properties.id));
  return (
    <article className="report-view">
      <section aria-labelledby="report-parameters">
        <div className="report-actions no-print">
          <button type="button" onClick={() => window.print()}>
            {t('report.view.print')}
          </button>
        </div>
        <h2 id="report-parameters">{t('report.view.parameters')}</h2>
        <dl className="parameters">
          <dt>{t('report.view.dataset')}</dt>
          <dd>{report.parameters.datasetName}</dd>
          <dt>{t('report.view.k')}</dt>
          <dd>{k}</dd>
          <dt>{t('report.view.scenarios')}</dt>
          <dd>{report.parameters.scenarios.map((s) => s.name).join(', ')}</dd>
        </dl>
        <h3>{t('union.howToRead.title')}</h3>
        <p className="suppression-note">{t('union.howToRead.k', { k })}</p>
        <p className="note">{t('union.howToRead.zero')}</p>
        <p className="note">{t('union.howToRead.model')}</p>
      </section>

      <OverallFigures report={report} language={language} />

      {homes && (
        <section aria-labelledby="report-homes">
          <h2 id="report-homes">{t('union.map.title')}</h2>
          <p className="note">{t('union.map.intro', { k })}</p>
          <div className="homes">
            <HomeAreaMap
              features={features}
              values={areaValues}
              caption={t('union.map.caption', { areas: features.length })}
              k={k}
              describe={(v) =>
                v.count === null
                  ? t('union.map.areaHidden', { name: v.name, k })
                  : t('union.map.area', { name: v.name, count: v.count })
              }
            />
            <div>
              <ReportTable report={report} table={homes} language={language} />
              <p className="note">{t('union.explain.homeAreas')}</p>
              <p className="note">{t('union.map.source', { source: report.parameters.areaSource })}</p>
            </div>
          </div>
        </section>
      )}

      {report.parameters.scenarios.map((scenario) => {
        const tables = report.tables.filter((table) => table.scenarioId === scenario.id);
        const coverage = report.coverage.find((c) => c.scenarioId === scenario.id);
        const competences = report.competences.find((c) => c.scenarioId === scenario.id);
        const headingId = `scenario-${scenario.id}`;
        const names = (ids: readonly string[]) =>
          ids.length === 0 ? t('union.competences.none') : ids.map((id) => labelOf(report, id, language, t)).join(', ');
        return (
          <section key={scenario.id} aria-labelledby={headingId} className="scenario-section">
            <h2 id={headingId}>{t('report.view.scenario', { name: scenario.name })}</h2>
            {scenario.kind === 'baseline' && <p className="note">{t('report.view.baselineOnly')}</p>}
            {tables.map((table) => (
              <div key={table.id} className="explained-table">
                <ReportTable report={report} table={table} language={language} />
                <p className="note">
                  {t(`union.explain.${table.topic}`, { k, threshold: OWN_ROW_FACTOR * k, factor: OWN_ROW_FACTOR })}
                </p>
              </div>
            ))}
            {coverage && (
              <div className="table-scroll">
                <table className="report-table">
                  <caption>{t('union.coverage.title', { minutes: coverage.responseMinutes })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('report.coverage.municipality')}</th>
                      <th scope="col" className="num">
                        {t('report.coverage.employees')}
                      </th>
                      <th scope="col" className="num">
                        {t('report.coverage.pcs')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {coverage.byMunicipality.map((m) => (
                      <tr key={m.municipalityId}>
                        <th scope="row">{labelOf(report, m.municipalityId, language, t)}</th>
                        <td className="num">{formatNumber(m.employeesPercent, language)} %</td>
                        <td className="num">{formatNumber(m.pcsPercent, language)} %</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('report.coverage.overall')}</th>
                      <td className="num">{formatNumber(coverage.overall.employeesPercent, language)} %</td>
                      <td className="num">{formatNumber(coverage.overall.pcsPercent, language)} %</td>
                    </tr>
                  </tfoot>
                </table>
                <p className="note">{t('union.coverage.explain')}</p>
              </div>
            )}
            {competences && (
              <div className="competences">
                <h3>{t('union.competences.title')}</h3>
                <p>{t('union.competences.count', { count: competences.atRiskCount })}</p>
                <p>{t('union.competences.atRisk', { list: names(competences.atRisk) })}</p>
                <p>{t('union.competences.notAtRisk', { list: names(competences.notAtRisk) })}</p>
                <p className="note">{t('union.competences.explain', { k })}</p>
              </div>
            )}
          </section>
        );
      })}
    </article>
  );
}
