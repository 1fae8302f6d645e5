import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleMapping } from '../../engine/roleMapping/mapRoles';
import type { SelectionConflict } from '../../engine/selectionOrder/selectionOrder';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { EvaluationAnswer } from '../roleMapping/useEvaluationAnswer';
import { formatNumber } from '../format';
import { Pager } from '../pager/Pager';
import { Paginated } from '../pager/Paginated';
import { usePaged } from '../pager/usePaged';
import type { DatasetLabels } from '../roleMapping/datasetLabels';
import { useDecisionForm, type DecideFn } from '../roleMapping/useDecisionForm';

export interface SelectionOrderPanelProps {
  dataset: Dataset;
  scenario: Scenario;
  assignment: RoleMapping;
  /** The unconstrained optimum's conflicts, listed by the engine on demand (`useUnconstrainedConflicts`). */
  unconstrainedConflicts: EvaluationAnswer<SelectionConflict[]>;
  labels: DatasetLabels;
  groupLabel: (groupId: string) => string;
  language: Language;
  onDecide: DecideFn;
}

const NONE: SelectionConflict[] = [];

const conflictKey = (c: Pick<SelectionConflict, 'benchPersonId' | 'placedPersonId' | 'positionId'>) =>
  `${c.benchPersonId}|${c.placedPersonId}|${c.positionId}`;

/**
 * The order of selection of the proposal (see docs/selection-order.md): the groups by today's
 * workplace and agreement area with each person's rank and employment time, the company-leading
 * post outside LAS, the conflicts HR may record as deviations (with a reason), the negotiation
 * list and what it changes, the people who declined the transfer and the open positions a
 * benched person must be offered first.
 */
export function SelectionOrderPanel({
  dataset,
  scenario,
  assignment,
  unconstrainedConflicts,
  labels,
  groupLabel,
  language,
  onDecide,
}: SelectionOrderPanelProps) {
  const { t } = useTranslation();
  const { run, field, feedback } = useDecisionForm(onDecide);
  const order = assignment.selectionOrder;
  const placed = new Map(assignment.placements.map((p) => [p.personId, p.positionId]));
  const n = (value: number, digits: number) => formatNumber(value, language, digits);
  const signed = (value: number, digits: number) =>
    `${value > 0 ? '+' : value < 0 ? '−' : '±'}${n(Math.abs(value), digits)}`;
  const rankOf = (personId: string) => order.rankOf[personId]?.rank ?? '–';
  const deviations = scenario.decisions.agreedDeviations;
  const agreed = useMemo(() => new Set(deviations.map(conflictKey)), [deviations]);
  const inProposal = new Set(order.conflicts.map(conflictKey));
  const outcome = assignment.respectOrder;
  // Without `respectOrder` the proposal is the unconstrained optimum: its order lists them all.
  const unconstrained = outcome ? unconstrainedConflicts.value : NONE;
  // What HR may record: the unconstrained optimum's conflicts and any the proposal still has,
  // each once (at 2 000 people the optimum has some 20 000: a set, and a page at a time).
  const candidates = useMemo(() => {
    const seen = new Set(agreed);
    return [...(unconstrained ?? []), ...order.conflicts].filter((c) => {
      const key = conflictKey(c);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }, [unconstrained, order.conflicts, agreed]);
  const municipalityName = new Map(dataset.municipalities.map((m) => [m.id, m.name]));

  return (
    <section className="so-panel" aria-labelledby="so-heading">
      <h3 id="so-heading">{t('selectionOrder.heading')}</h3>
      <p className="note">{t('selectionOrder.intro', { basis: t(`selectionOrder.basis.${order.basis}`) })}</p>
      {order.outsideLas.map((o) => (
        <p key={o.personId} data-testid="so-outside-las">
          {t('selectionOrder.outsideLas', {
            person: labels.person(o.personId),
            position: labels.position(o.positionId),
          })}
        </p>
      ))}
      {outcome && (
        <p>
          {unconstrained === null
            ? t('selectionOrder.costOnly', { cost: n(outcome.scoreCost, 2) })
            : unconstrained.length > 0
              ? t('selectionOrder.cost', { cost: n(outcome.scoreCost, 2), conflicts: unconstrained.length })
              : t('selectionOrder.costNone')}
          {outcome.remainingConflicts > 0 && (
            <> {t('selectionOrder.remaining', { count: outcome.remainingConflicts })}</>
          )}
        </p>
      )}

      <h4>{t('selectionOrder.conflicts.heading')}</h4>
      {outcome && unconstrainedConflicts.state !== 'done' && (
        <p className="note" role="status">
          {t(`selectionOrder.conflicts.${unconstrainedConflicts.state}`)}
        </p>
      )}
      {candidates.length === 0 ? (
        unconstrained !== null && <p>{t('selectionOrder.conflicts.none')}</p>
      ) : (
        <>
          <p className="note">{t('selectionOrder.conflicts.intro')}</p>
          {field}
          <Paginated rows={candidates} what={t('selectionOrder.conflicts.heading')}>
            {(page) => (
              <ul className="so-conflicts">
                {page.map((c) => {
                  const names = { bench: labels.person(c.benchPersonId), placed: labels.person(c.placedPersonId) };
                  return (
                    <li key={conflictKey(c)}>
                      {t('selectionOrder.conflicts.line', {
                        ...names,
                        benchRank: rankOf(c.benchPersonId),
                        placedRank: rankOf(c.placedPersonId),
                        position: labels.position(c.positionId),
                      })}{' '}
                      <button
                        type="button"
                        onClick={() => run(agreedDeviation(c, true), t('selectionOrder.conflicts.what', names))}
                      >
                        {t('selectionOrder.conflicts.record', names)}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </Paginated>
        </>
      )}
      {feedback}

      <h4>{t('selectionOrder.negotiation.heading')}</h4>
      {deviations.length === 0 ? (
        <p>{t('selectionOrder.negotiation.none')}</p>
      ) : (
        <>
          <table className="rm-table" data-testid="so-negotiation">
            <caption>{t('selectionOrder.negotiation.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('selectionOrder.negotiation.col.deviation')}</th>
                <th scope="col">{t('selectionOrder.negotiation.col.reason')}</th>
                <th scope="col">{t('selectionOrder.negotiation.col.inEffect')}</th>
                <th scope="col">{t('selectionOrder.negotiation.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {deviations.map((d) => {
                const names = { bench: labels.person(d.benchPersonId), placed: labels.person(d.placedPersonId) };
                return (
                  <tr key={conflictKey(d)}>
                    <th scope="row">
                      {t('selectionOrder.negotiation.line', { ...names, position: labels.position(d.positionId) })}
                    </th>
                    <td>{d.reason}</td>
                    <td>
                      {inProposal.has(conflictKey(d))
                        ? t('selectionOrder.negotiation.inEffect')
                        : t('selectionOrder.negotiation.notInEffect')}
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => run(agreedDeviation(d, false), t('selectionOrder.negotiation.withdraw', names))}
                      >
                        {t('selectionOrder.negotiation.withdraw', names)}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {assignment.deviationEffect && (
            <p>
              {t('selectionOrder.negotiation.effect', {
                score: signed(assignment.deviationEffect.totalScoreDelta, 2),
                retained: signed(assignment.deviationEffect.expectedRetainedDelta, 2),
              })}
            </p>
          )}
        </>
      )}

      {assignment.redeploymentFirst.length > 0 && (
        <>
          <h4>{t('selectionOrder.redeploy.heading')}</h4>
          <ul>
            {assignment.redeploymentFirst.map((r) => (
              <li key={r.positionId}>
                {t('selectionOrder.redeploy.line', {
                  position: labels.position(r.positionId),
                  people: r.personIds.map(labels.person).join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      )}

      {assignment.remainWithMunicipality.length > 0 && (
        <>
          <h4>{t('selectionOrder.remain.heading')}</h4>
          <p className="note">{t('selectionOrder.remain.intro')}</p>
          <ul>
            {assignment.remainWithMunicipality.map((r) => (
              <li key={r.personId}>
                {t('selectionOrder.remain.line', {
                  person: labels.person(r.personId),
                  municipality: municipalityName.get(r.municipalityId) ?? r.municipalityId,
                })}
              </li>
            ))}
          </ul>
        </>
      )}

      <details className="so-groups">
        <summary>{t('selectionOrder.groups.heading')}</summary>
        {order.groups.map((group) => (
          <div key={group.id}>
            <GroupRanking
              caption={t('selectionOrder.groups.caption', { group: groupLabel(group.id) })}
              ranking={group.ranking}
              row={(personId, rank) => (
                <tr key={personId}>
                  <td>{rank}</td>
                  <th scope="row">{labels.person(personId)}</th>
                  <td>{n(order.rankOf[personId]?.employmentYears ?? 0, 0)}</td>
                  <td>{placed.has(personId) ? t('selectionOrder.status.placed') : t('selectionOrder.status.bench')}</td>
                </tr>
              )}
            />
            {group.exempted.length > 0 && (
              <p>{t('selectionOrder.exempted', { people: group.exempted.map(labels.person).join(', ') })}</p>
            )}
            {group.unresolvedTies.map(([first, second]) => (
              <p key={`${first}-${second}`} className="note">
                {t('selectionOrder.tie', { first: labels.person(first), second: labels.person(second) })}
              </p>
            ))}
          </div>
        ))}
      </details>
    </section>
  );
}

/** A group's ranking, a page at a time (a group can hold hundreds of people). */
function GroupRanking({
  caption,
  ranking,
  row,
}: {
  caption: string;
  ranking: readonly string[];
  row: (personId: string, rank: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const paged = usePaged(ranking);
  return (
    <>
      <table className="rm-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('selectionOrder.col.rank')}</th>
            <th scope="col">{t('selectionOrder.col.person')}</th>
            <th scope="col">{t('selectionOrder.col.years')}</th>
            <th scope="col">{t('selectionOrder.col.status')}</th>
          </tr>
        </thead>
        <tbody>{paged.rows.map((personId, k) => row(personId, paged.start + k + 1))}</tbody>
      </table>
      <Pager paged={paged} what={caption} />
    </>
  );
}

/** The decision that records (or withdraws) a conflict as an agreed deviation from the order. */
const agreedDeviation = (
  c: { benchPersonId: string; placedPersonId: string; positionId: string },
  agreed: boolean,
) => ({
  kind: 'agreed-deviation' as const,
  benchPersonId: c.benchPersonId,
  placedPersonId: c.placedPersonId,
  positionId: c.positionId,
  agreed,
});
