import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareScenarios, type ComparedFigure } from '../../engine/compare/compareScenarios';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import { scenarioDataset } from '../../engine/scenario/scenarioDataset';
import { baselineSourceId } from '../../engine/scenario/scenarioMembers';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { formatNumber } from '../format';
import { editorAnchors, impactAnchors } from '../impact/impactAnchors';
import { datasetNames } from './datasetNames';
import { formatDelta, formatFigure, type FigureUnit } from './formatFigure';
import './overview.css';
import { scenarioInLanguage } from '../../state/scenarioTexts';

export type OverviewTarget = 'impact' | 'compare' | 'editor';

export interface OverviewPanelProps {
  dataset: Dataset;
  evaluation: ScenarioEvaluation;
  baseline: ScenarioEvaluation | null;
  scenario: Scenario;
  language: Language;
  onNavigate: (view: OverviewTarget, anchor?: string) => void;
  /** The baseline is the dataset's preset: the user's list has none (e.g. they deleted it). */
  baselineFromPresets?: boolean;
}

/** One figure card: a value, what it is (a link to its detail), its difference to today, notes. */
interface FigureCard {
  id: string;
  label: string;
  value: string;
  delta: string | null;
  notes: string[];
  items: string[];
  /** Worth a look (a conflict, a risk): marked with text, not colour alone. */
  attention: boolean;
  target: OverviewTarget;
  anchor: string;
}

interface FigureGroup {
  id: string;
  cards: FigureCard[];
}

/**
 * The active scenario's key figures against the baseline (the Overview): staffing, commute,
 * local service, retained competence and health checks, each linking to its detail.
 */
export function OverviewPanel({
  dataset,
  evaluation,
  baseline,
  scenario,
  language,
  onNavigate,
  baselineFromPresets = false,
}: OverviewPanelProps) {
  const { t } = useTranslation();
  const groups = useMemo(
    // The scenario's view of the dataset names its retained positions and a new data centre.
    () => overviewGroups(scenarioDataset(dataset, scenario), evaluation, baseline, scenario, language, t),
    [dataset, evaluation, baseline, scenario, language, t],
  );
  const params = scenario.parameters;
  // A baseline with other members than the dataset's (`baselineForMembers`) says so.
  const sourceId = baseline ? baselineSourceId(baseline.scenarioId) : null;
  const baselinePreset = dataset.scenarios.find((s) => s.id === sourceId);
  const sourceName = baselinePreset ? scenarioInLanguage(baselinePreset, language).name : sourceId;
  const baselineName =
    baseline && sourceId !== baseline.scenarioId
      ? t('membership.baselineWithMembers', { baseline: sourceName })
      : sourceName;
  return (
    <section className="overview-panel" aria-labelledby="overview-panel-heading">
      <h2 id="overview-panel-heading">{t('views.overview.heading', { scenario: scenario.name })}</h2>
      {evaluation.assignment === null && <p className="note">{t('views.overview.isBaseline')}</p>}
      {evaluation.assignment !== null &&
        (baselineName ? (
          <p>
            {t(baselineFromPresets ? 'screens.overview.againstPreset' : 'views.overview.against', {
              baseline: baselineName,
            })}
          </p>
        ) : (
          <p className="note">{t('views.overview.noBaseline')}</p>
        ))}
      <p className="note">
        {t('views.overview.thresholds', {
          x: formatNumber(params.commute.addedMinutesThreshold, language, 1),
          y: formatNumber(params.commute.longCommuteMinutes, language, 1),
          t: formatNumber(params.coverage.responseMinutes, language, 1),
          fit: formatNumber(params.selectionOrder.sufficientFit, language, 2),
        })}
      </p>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`overview-group-${group.id}`}>
          <h3 id={`overview-group-${group.id}`}>{t(`views.overview.group.${group.id}`)}</h3>
          <ul className="figure-grid">
            {group.cards.map((card) => (
              <li
                key={card.id}
                className={card.attention ? 'figure-card attention' : 'figure-card'}
                data-figure={card.id}
              >
                <p className="figure-value">
                  {card.attention && <span aria-hidden="true">⚠ </span>}
                  {card.value}
                </p>
                <button type="button" className="figure-link" onClick={() => onNavigate(card.target, card.anchor)}>
                  {card.label}
                </button>
                {card.delta !== null && <p className="figure-delta">{t('views.vsToday', { delta: card.delta })}</p>}
                {card.notes.map((note, k) => (
                  <p key={k} className="figure-note">
                    {note}
                  </p>
                ))}
                {card.items.length > 0 && (
                  <ul className="figure-items">
                    {card.items.map((item, k) => (
                      <li key={k}>{item}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** Company against retained headcount, and the server rooms left (docs/retained-positions.md). */
function organisationCards(
  evaluation: ScenarioEvaluation,
  names: ReturnType<typeof datasetNames>,
  number: (value: number, digits?: number) => string,
  t: Translate,
  card: (id: string, target: OverviewTarget, anchor: string, extra?: Partial<FigureCard>) => FigureCard,
): FigureCard[] {
  const o = evaluation.organisation;
  if (!o) return [];
  const rooms = evaluation.serverRooms;
  return [
    card('companyPlaced', 'impact', impactAnchors.people, {
      notes: [
        t('views.overview.companyHeadcount', {
          placed: number(o.companyPlaced),
          positions: number(o.companyPositions),
        }),
      ],
    }),
    card('retainedPlaced', 'impact', impactAnchors.people, {
      notes: [
        t('views.overview.retainedHeadcount', {
          placed: number(o.retainedPlaced),
          positions: number(o.retainedPositions),
        }),
      ],
      items: o.byMember
        .filter((m) => m.positions > 0)
        .map((m) =>
          t('views.overview.retainedMember', {
            municipality: names.municipality(m.municipalityId),
            placed: number(m.placed),
            positions: number(m.positions),
            redeployed: number(m.redeployed),
          }),
        ),
    }),
    card('serverRooms', 'impact', impactAnchors.people, {
      notes: [
        t('views.overview.serverRooms', {
          remaining: number(rooms.remaining.length),
          today: number(rooms.today.length),
          centre:
            rooms.dataCentreSiteId === null ? t('views.overview.noDataCentre') : names.site(rooms.dataCentreSiteId),
        }),
      ],
    }),
  ];
}

function overviewGroups(
  dataset: Dataset,
  evaluation: ScenarioEvaluation,
  baseline: ScenarioEvaluation | null,
  scenario: Scenario,
  language: Language,
  t: Translate,
): FigureGroup[] {
  const names = datasetNames(dataset, language);
  const params = scenario.parameters;
  const isBaseline = evaluation.assignment === null || evaluation.scenarioId === baseline?.scenarioId;
  const compared = new Map(
    compareScenarios([evaluation], [isBaseline ? null : baseline]).figures.map((f) => [f.id, f]),
  );
  const number = (value: number, digits = 0) => formatNumber(value, language, digits);

  const card = (
    id: string,
    target: OverviewTarget,
    anchor: string,
    extra: Partial<Pick<FigureCard, 'label' | 'notes' | 'items' | 'attention'>> & { withDelta?: boolean } = {},
  ): FigureCard => {
    const figure = compared.get(id) as ComparedFigure;
    const unit = figure.unit as FigureUnit;
    const delta = extra.withDelta ? (figure.deltaToBaseline[0] ?? null) : null;
    return {
      id,
      label: extra.label ?? t(`views.figure.${id}`),
      value: formatFigure(figure.values[0] ?? null, unit, language, t),
      delta: delta === null ? null : formatDelta(delta, unit, language, t),
      notes: extra.notes ?? [],
      items: extra.items ?? [],
      attention: extra.attention ?? false,
      target,
      anchor,
    };
  };
  const plain = (
    id: string,
    value: string,
    target: OverviewTarget,
    anchor: string,
    extra: Partial<FigureCard> = {},
  ): FigureCard => ({
    id,
    label: t(`views.figure.${id}`),
    value,
    delta: null,
    notes: [],
    items: [],
    attention: false,
    target,
    anchor,
    ...extra,
  });

  const summary = evaluation.commute.summary;
  const commute: FigureGroup = {
    id: 'commute',
    cards: [
      card('medianDeltaMinutes', 'impact', impactAnchors.commute, {
        notes: [
          t('views.changeSplit', {
            worse: number(summary.worseOff),
            better: number(summary.betterOff),
            same: number(summary.unchanged),
          }),
        ],
      }),
      card('p90DeltaMinutes', 'impact', impactAnchors.commute),
      card('meanScenarioMinutes', 'impact', impactAnchors.commute, { withDelta: true }),
      card('addedOverThreshold', 'impact', impactAnchors.people, {
        label: t('views.figure.addedOverThreshold', { minutes: number(params.commute.addedMinutesThreshold, 1) }),
        withDelta: true,
        attention: summary.addedOverThreshold > 0,
      }),
      card('longCommute', 'impact', impactAnchors.people, {
        label: t('views.figure.longCommute', { minutes: number(params.commute.longCommuteMinutes, 1) }),
        withDelta: true,
      }),
      card('totalWeeklyKm', 'impact', impactAnchors.commute, { withDelta: true }),
    ],
  };
  const minutesT = number(params.coverage.responseMinutes, 1);
  const coverage: FigureGroup = {
    id: 'coverage',
    cards: [
      // Local service kept (capacity within reach against today) first; presence within T is secondary.
      card('serviceKeptPcs', 'impact', impactAnchors.coverage, { withDelta: true }),
      card('serviceKeptEmployees', 'impact', impactAnchors.coverage, { withDelta: true }),
      card('coverageEmployees', 'impact', impactAnchors.coverage, {
        label: t('views.figure.coverageEmployees', { minutes: minutesT }),
        withDelta: true,
        items: evaluation.coverage.uncoveredLocalities.map((l) => l.name),
      }),
      card('coveragePcs', 'impact', impactAnchors.coverage, {
        label: t('views.figure.coveragePcs', { minutes: minutesT }),
        withDelta: true,
      }),
      card('backupEmployees', 'impact', impactAnchors.coverage, { withDelta: true }),
      card('meanResponseMinutes', 'impact', impactAnchors.coverage, { withDelta: true }),
    ],
  };

  const assignment = evaluation.assignment;
  if (assignment === null) return [commute, coverage];

  const staffing: FigureGroup = {
    id: 'staffing',
    cards: [
      card('placed', 'impact', impactAnchors.people, {
        notes: [t('views.overview.ofPositions', { positions: number(dataset.positions.length) })],
      }),
      card('bench', 'impact', impactAnchors.people),
      ...organisationCards(evaluation, names, number, t, card),
      plain('declined', number(assignment.declined.length), 'impact', impactAnchors.people),
      plain('leaving', number(assignment.leaving.length), 'impact', impactAnchors.people),
      plain('toRecruit', number(assignment.recruited.length), 'impact', impactAnchors.people, {
        items: assignment.recruited.map(names.position),
      }),
      card('selectionConflicts', 'editor', editorAnchors.selectionOrder, {
        attention: assignment.selectionOrder.conflicts.length > 0,
      }),
    ],
  };

  const retention = evaluation.retention;
  const retentionGroup: FigureGroup = { id: 'retention', cards: [] };
  if (retention) {
    retentionGroup.cards.push(
      plain('competencesAtRisk', number(retention.competencesAtRisk.length), 'impact', impactAnchors.competences, {
        attention: retention.competencesAtRisk.length > 0,
        items: retention.competencesAtRisk.map(names.competence),
      }),
      plain(
        'expectedHeadcountRetained',
        number(retention.expectedHeadcountRetained, 1),
        'impact',
        impactAnchors.retention,
        {
          label: t('views.figure.expectedHeadcountRetained', { headcount: number(retention.headcount) }),
          notes: [
            t('screens.overview.p10', { value: number(retention.headcountRetainedP10) }),
            ...(retention.cancelled
              ? [
                  t('views.impact.cancelled', {
                    done: number(retention.drawsCompleted),
                    draws: number(retention.draws),
                  }),
                ]
              : []),
          ],
          attention: retention.cancelled,
        },
      ),
    );
  }

  const sufficientFit = params.selectionOrder.sufficientFit;
  const lowFit = assignment.placements.filter((p) => p.fit < sufficientFit);
  const singleHolder = retention ? retention.competences.filter((c) => c.current === 1) : [];
  const vetting = assignment.placements.filter((p) => p.vetting !== null);
  const health: FigureGroup = {
    id: 'health',
    cards: [
      plain(
        'positionsWithoutQualifiedHolder',
        number(lowFit.length + assignment.unfilled.length),
        'impact',
        impactAnchors.people,
        {
          attention: lowFit.length + assignment.unfilled.length > 0,
          items: [
            ...lowFit.map((p) =>
              t('views.overview.lowFit', {
                position: names.position(p.positionId),
                person: names.person(p.personId),
                fit: number(p.fit, 2),
              }),
            ),
            ...assignment.unfilled.map((id) => t('views.overview.unfilled', { position: names.position(id) })),
          ],
        },
      ),
      plain('awaitingVetting', number(vetting.length), 'impact', impactAnchors.people, {
        items: vetting.map((p) =>
          t('views.overview.awaitingVetting', {
            position: names.position(p.positionId),
            person: names.person(p.personId),
          }),
        ),
      }),
      plain('singleHolderCompetences', number(singleHolder.length), 'impact', impactAnchors.competences, {
        attention: singleHolder.some((c) => c.needed > 0),
        items: singleHolder.map((c) =>
          t('views.overview.singleHolder', { competence: names.competence(c.competenceId), needed: number(c.needed) }),
        ),
      }),
    ],
  };
  return [staffing, commute, coverage, ...(retention ? [retentionGroup] : []), health];
}
