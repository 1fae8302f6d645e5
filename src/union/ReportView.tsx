import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/createTranslator';
import type { AnonymisedReport } from '../schema/anonymisedReport';
import { formatNumber } from '../ui/format';
import { HomeAreaMap } from './HomeAreaMap';
import { labelOf } from './reportLabels';
import { ReportTable } from './ReportTable';

/** A checked report: parameters, homes, and per scenario its tables, coverage and competences. */
export function ReportView({ report, language }: { report: AnonymisedReport; language: Language }) {
  const { t } = useTranslation();
  const { k } = report.parameters;
  const homes = report.tables.find((table) => table.topic === 'homeAreas');
  const percent = (share: number) => `${formatNumber(share * 100, language, 1)} %`;
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
        <p className="suppression-note">{t('report.view.suppressedExplanation', { k })}</p>
      </section>

      {homes && (
        <section aria-labelledby="report-homes">
          <h2 id="report-homes">{t('report.topic.homeAreas', { k })}</h2>
          <div className="homes">
            <HomeAreaMap report={report} />
            <ReportTable report={report} table={homes} language={language} />
          </div>
        </section>
      )}

      {report.parameters.scenarios.map((scenario) => {
        const tables = report.tables.filter((table) => table.scenarioId === scenario.id);
        const coverage = report.coverage.find((c) => c.scenarioId === scenario.id);
        const competences = report.competences.find((c) => c.scenarioId === scenario.id);
        const headingId = `scenario-${scenario.id}`;
        return (
          <section key={scenario.id} aria-labelledby={headingId} className="scenario-section">
            <h2 id={headingId}>{t('report.view.scenario', { name: scenario.name })}</h2>
            {scenario.kind === 'baseline' && <p className="note">{t('report.view.baselineOnly')}</p>}
            {tables.map((table) => (
              <ReportTable key={table.id} report={report} table={table} language={language} />
            ))}
            {coverage && (
              <div className="table-scroll">
                <table className="report-table">
                  <caption>{t('report.coverage.title', { minutes: coverage.responseMinutes })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('report.coverage.municipality')}</th>
                      <th scope="col" className="num">{t('report.coverage.employees')}</th>
                      <th scope="col" className="num">{t('report.coverage.pcs')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {coverage.byMunicipality.map((m) => (
                      <tr key={m.municipalityId}>
                        <th scope="row">{labelOf(report, m.municipalityId, language, t)}</th>
                        <td className="num">{percent(m.employees)}</td>
                        <td className="num">{percent(m.pcs)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('report.coverage.overall')}</th>
                      <td className="num">{percent(coverage.overall.employees)}</td>
                      <td className="num">{percent(coverage.overall.pcs)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
            {competences && (
              <div className="table-scroll">
                <table className="report-table">
                  <caption>{t('report.competences.title', { count: competences.atRiskCount })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('report.competences.competence')}</th>
                      <th scope="col" className="num">{t('report.competences.needed')}</th>
                      <th scope="col" className="num">{t('report.competences.expected')}</th>
                      <th scope="col">{t('report.competences.atRisk')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {competences.byCompetence.map((c) => (
                      <tr key={c.competenceId} className={c.atRisk ? 'at-risk' : undefined}>
                        <th scope="row">{labelOf(report, c.competenceId, language, t)}</th>
                        <td className="num">{formatNumber(c.needed, language)}</td>
                        <td className="num">{formatNumber(c.expectedRounded, language)}</td>
                        <td>{c.atRisk ? t('report.competences.yes') : t('report.competences.no')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </article>
  );
}
