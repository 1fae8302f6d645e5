import { median } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { transitionBaseRate } from '../../engine/retention/attritionProbability';
import { defaultScenarioParameters } from '../../schema/scenarioParameters';
import { DistributionChart } from '../charts/DistributionChart';
import { Histogram } from '../charts/Histogram';
import { histogramBins } from '../charts/histogramBins';
import { formatNumber } from '../format';
import { datasetNames } from '../overview/datasetNames';
import { CompetenceCoverage } from './CompetenceCoverage';
import { impactAnchors } from './impactAnchors';
import { impactRows } from './impactRows';
import { PersonImpactTable } from './PersonImpactTable';
import { ServiceCoverageTables } from './ServiceCoverageTables';
import { ServiceKeptTable } from './ServiceKeptTable';
import { Term } from '../glossary/Term';
import './impact.css';

export interface ImpactViewProps {
  dataset: Dataset;
  evaluation: ScenarioEvaluation;
  /** HR sees salaries and home coordinates; managers never do. */
  role: 'hr' | 'manager';
  language: Language;
  /**
   * The evaluated scenario, for its name and thresholds; optional: by default it is looked up in
   * `dataset.scenarios` by the evaluation's id (pass it when edited scenarios live elsewhere).
   */
  scenario?: Scenario;
}

/**
 * What a scenario does to people: the per-person table, the commute
 * distributions, retention risk, competence coverage with its Monte Carlo bands, and local
 * service coverage.
 */
export function ImpactView({ dataset, evaluation, role, language, scenario: givenScenario }: ImpactViewProps) {
  const { t } = useTranslation();
  const names = useMemo(() => datasetNames(dataset, language), [dataset, language]);
  const rows = useMemo(() => impactRows(dataset, evaluation, names, role === 'hr'), [dataset, evaluation, names, role]);
  const scenario = givenScenario ?? dataset.scenarios.find((s) => s.id === evaluation.scenarioId);
  // Without the scenario, the defaults: the thresholds only label flags the engine has already set.
  const parameters = useMemo(() => scenario?.parameters ?? defaultScenarioParameters(), [scenario]);
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);

  const charts = useMemo(() => {
    const people = evaluation.commute.people;
    const deltas = histogramBins(people.map((p) => p.deltaMinutes));
    const maxMinutes = Math.max(1, ...people.map((p) => Math.max(p.todayMinutes, p.scenarioMinutes)));
    const domain = scaleLinear().domain([0, maxMinutes]).nice().domain() as [number, number];
    const today = histogramBins(
      people.map((p) => p.todayMinutes),
      { domain, binCount: 12 },
    );
    const scenarioBins = histogramBins(
      people.map((p) => p.scenarioMinutes),
      { domain, binCount: 12 },
    );
    const leave = evaluation.retention
      ? histogramBins(Array.from(evaluation.retention.leaveProbabilities), { domain: [0, 1], binCount: 10 })
      : [];
    return {
      deltas,
      today,
      scenario: scenarioBins,
      leave,
      todayMedian: median(people.map((p) => p.todayMinutes)) ?? 0,
      scenarioMedian: median(people.map((p) => p.scenarioMinutes)) ?? 0,
    };
  }, [evaluation]);

  const retention = evaluation.retention;
  return (
    <div className="impact-view">
      <h2>{t('views.impact.heading', { scenario: scenario?.name ?? evaluation.scenarioId })}</h2>

      <section id={impactAnchors.people} aria-labelledby="impact-people-heading">
        <h3 id="impact-people-heading">{t('views.impact.people')}</h3>
        <PersonImpactTable
          rows={rows}
          role={role}
          language={language}
          addedMinutesThreshold={parameters.commute.addedMinutesThreshold}
          longCommuteMinutes={parameters.commute.longCommuteMinutes}
        />
      </section>

      <section id={impactAnchors.commute} aria-labelledby="impact-commute-heading">
        <h3 id="impact-commute-heading">{t('views.impact.commute')}</h3>
        <div className="chart-row">
          <Histogram
            bins={charts.deltas}
            title={t('views.chart.deltaTitle')}
            label={t('views.chart.deltaLabel', {
              people: n(evaluation.commute.people.length),
              bins: n(charts.deltas.length),
            })}
            xLabel={t('views.chart.minutes')}
            formatValue={(x) => n(x)}
            referenceX={0}
            warnFrom={parameters.commute.addedMinutesThreshold}
          />
          <DistributionChart
            before={{ name: t('views.today'), bins: charts.today }}
            after={{ name: scenario?.name ?? evaluation.scenarioId, bins: charts.scenario }}
            title={t('views.chart.distributionTitle')}
            label={t('views.chart.distributionLabel', {
              todayMedian: n(charts.todayMedian, 1),
              scenarioMedian: n(charts.scenarioMedian, 1),
            })}
            xLabel={t('views.chart.minutes')}
            formatValue={(x) => n(x)}
          />
        </div>
      </section>

      <section id={impactAnchors.retention} aria-labelledby="impact-retention-heading">
        <h3 id="impact-retention-heading">{t('views.impact.retention')}</h3>
        {retention === null ? (
          <p>{t('views.impact.retentionNone')}</p>
        ) : (
          <>
            <p className="retention-headline">
              <Term id="p10" language={language}>
                {t('screens.impact.headcountRetained', {
                  expected: n(retention.expectedHeadcountRetained, 1),
                  headcount: n(retention.headcount),
                  p10: n(retention.headcountRetainedP10),
                })}
              </Term>
            </p>
            <p className="note">
              <Term id="monteCarlo" language={language}>
                {t('views.impact.draws', { draws: n(retention.drawsCompleted), seed: retention.seed })}
              </Term>{' '}
              {t('retention.assumption.model', {
                annualBaseRate: t('views.percent', { value: n(parameters.attrition.annualBaseRate * 100, 1) }),
                transitionYears: n(parameters.attrition.transitionYears, 1),
                baseRate: t('views.percent', { value: n(transitionBaseRate(parameters.attrition) * 100, 1) }),
                retirementRate: t('views.percent', { value: n(parameters.attrition.retirementRate * 100, 1) }),
                retirementAge: n(parameters.attrition.retirementAge),
                maxRate: t('views.percent', { value: n(parameters.attrition.maxRate * 100, 1) }),
                t50Minutes: n(parameters.attrition.t50Minutes, 1),
                rampMinutes: n(parameters.attrition.rampMinutes, 1),
              })}
            </p>
            {retention.cancelled && (
              <p role="alert">
                {t('views.impact.cancelled', { done: n(retention.drawsCompleted), draws: n(retention.draws) })}
              </p>
            )}
            <Histogram
              bins={charts.leave}
              title={t('views.chart.leaveTitle')}
              label={t('views.chart.leaveLabel', { people: n(retention.headcount), bins: n(charts.leave.length) })}
              xLabel={t('views.chart.probability')}
              formatValue={(x) => t('views.percent', { value: n(x * 100) })}
            />
          </>
        )}
      </section>

      <section id={impactAnchors.competences} aria-labelledby="impact-competences-heading">
        <h3 id="impact-competences-heading">{t('views.impact.competences')}</h3>
        {retention === null ? (
          <p>{t('views.impact.retentionNone')}</p>
        ) : (
          <CompetenceCoverage retention={retention} names={names} language={language} />
        )}
      </section>

      <section id={impactAnchors.coverage} aria-labelledby="impact-coverage-heading">
        <h3 id="impact-coverage-heading">{t('views.impact.coverage')}</h3>
        <ServiceKeptTable localService={evaluation.coverage} names={names} language={language} />
        <ServiceCoverageTables coverage={evaluation.coverage} names={names} language={language} />
      </section>
    </div>
  );
}
