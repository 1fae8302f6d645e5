import { localised } from '../../schema/localisedText';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import { healthChecks, type HealthFinding } from '../../engine/health/healthChecks';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { formatNumber } from '../format';
import { Paginated } from '../pager/Paginated';
import './optimiser.css';

export interface HealthChecksPanelProps {
  dataset: Dataset;
  scenario: Scenario;
  evaluation: ScenarioEvaluation;
  language: Language;
}

/** The health checks of a scenario: span of control per manager position and every finding. */
export function HealthChecksPanel({ dataset, scenario, evaluation, language }: HealthChecksPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const checks = useMemo(() => healthChecks(dataset, scenario, evaluation), [dataset, scenario, evaluation]);
  const byId = useMemo(
    () => ({
      position: new Map(dataset.positions.map((p) => [p.id, p])),
      site: new Map(dataset.sites.map((s) => [s.id, s])),
      competence: new Map(dataset.competences.map((c) => [c.id, c])),
    }),
    [dataset],
  );
  const positionLabel = (positionId: string) => {
    const position = byId.position.get(positionId);
    if (!position) return positionId;
    return `${localised(position.title, language)} (${positionId})`;
  };
  const describe = (finding: HealthFinding): string => {
    const params: Record<string, string | number> = { ...finding.params };
    for (const [key, value] of Object.entries(finding.params)) {
      if (typeof value === 'number') params[key] = formatNumber(value, language, 2);
    }
    if (typeof finding.params.positionId === 'string') params.positionId = positionLabel(finding.params.positionId);
    if (typeof finding.params.siteId === 'string') {
      params.siteId = byId.site.get(finding.params.siteId)?.name ?? finding.params.siteId;
    }
    if (typeof finding.params.competenceId === 'string') {
      const competence = byId.competence.get(finding.params.competenceId);
      params.competenceId = competence ? localised(competence.name, language) : finding.params.competenceId;
    }
    return t(`hubs.health.${finding.code}`, params);
  };
  return (
    <section className="health-checks" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('hubs.health.title')}</h3>
      {evaluation.assignment && (
        <p className="health-vetting">{t('hubs.health.awaitingVettingCount', { count: checks.awaitingVetting })}</p>
      )}
      {checks.findings.length === 0 ? (
        <p>{t('hubs.health.none')}</p>
      ) : (
        // A large merger has hundreds of findings and manager positions: a page at a time.
        <Paginated rows={checks.findings} what={t('hubs.health.caption')}>
          {(page) => (
            <div className="table-scroll">
              <table>
                <caption>{t('hubs.health.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('hubs.health.colSeverity')}</th>
                    <th scope="col">{t('hubs.health.colFinding')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.map((finding, k) => (
                    <tr key={k} className={`health-${finding.severity}`}>
                      <td>{t(`hubs.health.severity.${finding.severity}`)}</td>
                      <td>{describe(finding)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Paginated>
      )}
      <Paginated rows={checks.spans} what={t('hubs.health.spansCaption', { max: checks.maxSpanOfControl })}>
        {(page) => (
          <div className="table-scroll">
            <table>
              <caption>{t('hubs.health.spansCaption', { max: checks.maxSpanOfControl })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('hubs.health.colPosition')}</th>
                  <th scope="col" className="num">
                    {t('hubs.health.colReports')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.map((span) => (
                  <tr
                    key={span.positionId}
                    className={span.directReports > checks.maxSpanOfControl ? 'health-warning' : undefined}
                  >
                    <th scope="row">{positionLabel(span.positionId)}</th>
                    <td className="num">{formatNumber(span.directReports, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Paginated>
    </section>
  );
}
