import { localised } from '../../schema/localisedText';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { economicsOfScenario, type EconomicsEvaluation } from '../../engine/economics/economicsOfScenario';
import type { EconomicsResult } from '../../engine/economics/economicsTypes';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { EconomicsParameters } from '../../schema/economicsParameters';
import type { Scenario } from '../../schema/scenario';
import { formatNumber } from '../format';
import { CostPathChart } from './CostPathChart';
import { CostTable } from './CostTable';
import { EconomicsAssumptions } from './EconomicsAssumptions';
import { formatMillions, formatSek } from './formatSek';
import { PaymentsTable } from './PaymentsTable';
import { TransitionTimeline, type TimelineBar } from './TransitionTimeline';
import './economics.css';

export interface EconomicsViewProps {
  dataset: Dataset;
  scenario: Scenario;
  evaluation: EconomicsEvaluation;
  language: Language;
  onChange: (parameters: EconomicsParameters) => void;
}

/**
 * Ekonomi: the scenario's cost paths with the saving band and the hump, the cost by item, who
 * pays under each financing model, the transition plan as a timeline, and every assumption
 * (docs/economics.md). Computed here from the finished evaluation: cheap and synchronous.
 */
export function EconomicsView({ dataset, scenario, evaluation, language, onChange }: EconomicsViewProps) {
  const { t } = useTranslation();
  const outcome = useMemo(() => economicsOfScenario(dataset, scenario, evaluation), [dataset, scenario, evaluation]);
  return (
    <div className="economics-view">
      <h2>{t('economics.heading')}</h2>
      {outcome.ok ? (
        <EconomicsFigures result={outcome.result} dataset={dataset} scenario={scenario} language={language} />
      ) : (
        <div role="alert">
          {outcome.issues.map((issue) => (
            <p key={issue.field}>
              {t('economics.issue.line', {
                field: issue.field,
                reason: t(`economics.issue.${issue.code}`, issue.params),
              })}
            </p>
          ))}
        </div>
      )}
      <EconomicsAssumptions parameters={scenario.economics} language={language} onChange={onChange} />
      <DatasetInputsNote dataset={dataset} language={language} />
    </div>
  );
}

function EconomicsFigures({
  result,
  dataset,
  scenario,
  language,
}: {
  result: EconomicsResult;
  dataset: Dataset;
  scenario: Scenario;
  language: Language;
}) {
  const { t } = useTranslation();
  const years = result.years;
  const from = years[0]!;
  const to = years.at(-1)!;
  const percent = (x: number) => `${formatNumber(x * 100, language, 1)} %`;
  const isBaseline = result.warnings.some((w) => w.code === 'baseline');
  const phaseName = (p: EconomicsResult['phases'][number]) => localised(p.name, language);
  const bars: TimelineBar[] = [
    ...(result.preparation
      ? [
          {
            id: 'preparation',
            label: t('economics.timeline.preparation'),
            ...result.preparation,
            kind: 'preparation' as const,
          },
        ]
      : []),
    ...result.phases.map((p) => ({
      id: p.id,
      label: t('economics.timeline.phase', {
        name: phaseName(p),
        months: p.months,
        hours: formatNumber(p.hours, language),
      }),
      start: p.start,
      end: p.end,
      kind: p.parallelSystems ? ('parallel' as const) : ('phase' as const),
    })),
    ...result.noticeGroups.map((g) => ({
      id: `notice-${g.months}`,
      label: t('economics.timeline.notice', { months: g.months, count: g.people }),
      start: g.start,
      end: g.end,
      kind: 'notice' as const,
    })),
  ];
  const firstYear = Math.min(from, ...bars.map((b) => Number(b.start.slice(0, 4))));
  const lastYear = Math.max(...bars.map((b) => Number(b.end.slice(0, 4))), Number(result.transferDate.slice(0, 4)));
  return (
    <>
      <p className="note">{t('economics.intro', { scenario: scenario.name, year: from })}</p>
      {result.warnings
        .filter((w) => w.code !== 'baseline')
        .map((w) => (
          <p key={w.code} className="note warning-note">
            {t(`economics.warning.${w.code}`, w)}
          </p>
        ))}
      {isBaseline ? (
        <p className="note">{t('economics.baselineNote')}</p>
      ) : (
        <ul className="economics-summary" aria-label={t('economics.heading')}>
          <li data-testid="payback">
            <strong>
              {result.paybackYear !== null
                ? t('economics.summary.payback', { year: result.paybackYear })
                : t('economics.summary.noPayback', { from, to })}
            </strong>
          </li>
          <li>
            {t('economics.summary.saving', { year: to, amount: formatSek(result.accumulatedSaving.at(-1)!, language) })}
          </li>
          <li>
            {t('economics.summary.hump', {
              amount: formatSek(
                result.hump.reduce((s, v) => s + v, 0),
                language,
              ),
            })}
          </li>
          <li>
            {t('economics.summary.people', {
              placed: result.counts.placed,
              recruited: result.counts.recruited,
              benched: result.counts.benched,
              leavers: formatNumber(result.counts.expectedLeavers, language, 1),
            })}
          </li>
        </ul>
      )}
      <CostPathChart
        years={years}
        standAlone={result.standAloneTotal}
        company={result.company.total}
        low={result.band.low}
        high={result.band.high}
        hump={result.hump}
        title={t('economics.chart.title')}
        label={t('economics.chart.label', {
          from,
          to,
          low: percent(result.band.lowSaving),
          high: percent(result.band.highSaving),
        })}
        legend={{
          standAlone: t('economics.chart.standAlone'),
          company: t('economics.chart.company', { saving: percent(scenario.economics.saving) }),
          band: t('economics.chart.band', {
            low: percent(result.band.lowSaving),
            high: percent(result.band.highSaving),
          }),
          hump: t('economics.chart.hump'),
        }}
        axisLabel={t('economics.chart.axis')}
        formatValue={(v) => formatMillions(v, language)}
      />
      <CostTable result={result} language={language} />
      <PaymentsTable result={result} dataset={dataset} language={language} />
      <section aria-labelledby="economics-timeline-heading">
        <h3 id="economics-timeline-heading">{t('economics.timeline.title')}</h3>
        <p className="note">{t('economics.timeline.transition', result.transition)}</p>
        <TransitionTimeline
          bars={bars}
          fromYear={firstYear}
          toYear={Math.max(lastYear, firstYear)}
          transferDate={result.transferDate}
          transferLabel={t('economics.timeline.transfer', { date: result.transferDate })}
          title={t('economics.timeline.title')}
          label={t('economics.timeline.label', { from: firstYear, to: lastYear })}
        />
      </section>
    </>
  );
}

/** The dataset's own economic inputs, read-only here (edited in the Data view). */
function DatasetInputsNote({ dataset, language }: { dataset: Dataset; language: Language }) {
  const { t } = useTranslation();
  const economics = dataset.economics;
  if (!economics) return <p className="note">{t('economics.warning.economics-defaults')}</p>;
  const withFigures = economics.members.filter((m) => m.staffCostSek !== undefined || m.nonStaffCostSek !== undefined);
  const names = withFigures
    .map((m) => dataset.municipalities.find((x) => x.id === m.municipalityId)?.name ?? m.municipalityId)
    .join(', ');
  return (
    <p className="note">
      {t('economics.assumptions.dataset', {
        onCosts: `${formatNumber(economics.onCostRate * 100, language, 2)} %`,
        pc: formatSek(economics.unitCosts.perPcSek, language),
        server: formatSek(economics.unitCosts.perServerSek, language),
        device: formatSek(economics.unitCosts.perNetworkDeviceSek, language),
        figures:
          withFigures.length > 0
            ? t('economics.assumptions.hrFigures', { names })
            : t('economics.assumptions.noHrFigures'),
      })}
    </p>
  );
}
