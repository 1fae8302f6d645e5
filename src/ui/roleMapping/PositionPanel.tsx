import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../engine/roleMapping/mapRoles';
import type { SelectionOrder } from '../../engine/selectionOrder/selectionOrder';
import type { Language } from '../../i18n/createTranslator';
import type { Scenario } from '../../schema/scenario';
import { formatNumber } from '../format';
import type { DatasetLabels } from './datasetLabels';
import { formatFit, formatGaps, formatSigned } from './formatters';
import { PersonActions } from './PersonActions';
import type { PositionRow } from './positionRows';
import { useDecisionForm, type DecideFn } from './useDecisionForm';
import type { PositionExplanationView } from './usePositionExplanation';

export interface PositionPanelProps {
  row: PositionRow;
  /** Its runner-up and candidates, computed by the engine when the position is opened. */
  explanation: PositionExplanationView;
  placements: readonly Placement[];
  selectionOrder: SelectionOrder;
  decisions: Scenario['decisions'];
  labels: DatasetLabels;
  /** Name of a selection group (LAS 22 §) by its id. */
  groupLabel: (groupId: string) => string;
  language: Language;
  onDecide: DecideFn;
  onClose: () => void;
  onCard: (personId: string) => void;
}

/** One position: its candidates ranked, and the decisions on it and on its holder (each with a reason). */
export function PositionPanel(props: PositionPanelProps) {
  const { t } = useTranslation();
  const { row, explanation, placements, selectionOrder, decisions, labels, groupLabel, language } = props;
  const candidates = explanation.value?.candidates ?? null;
  const runnerUp = explanation.value?.runnerUp ?? null;
  const { run, field, feedback } = useDecisionForm(props.onDecide);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const swapId = useId();
  const title = labels.position(row.positionId);
  const holder = row.placement;
  const positionOf = new Map(placements.map((p) => [p.personId, p.positionId]));
  const others = placements.filter((p) => p.positionId !== row.positionId);
  const [swapChoice, setSwapWith] = useState(others[0]?.personId ?? '');
  // The placements change with each recalculation: a choice no longer placed falls back to the first.
  const swapWith = others.some((p) => p.personId === swapChoice) ? swapChoice : (others[0]?.personId ?? '');

  useEffect(() => {
    headingRef.current?.focus();
  }, [row.positionId]);

  const exclusionsHere = decisions.exclusions.filter((e) => e.positionId === row.positionId);
  return (
    <section className="rm-panel" aria-labelledby={headingId}>
      <div className="rm-panel-head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('roleMapping.position.heading', { title })}
        </h3>
        <button type="button" onClick={props.onClose}>
          {t('roleMapping.position.close')}
        </button>
      </div>
      <p className="note">
        {t('roleMapping.position.details', {
          unit: labels.unit(row.unitId),
          function: labels.workFunction(row.functionId),
          site: labels.site(holder?.siteId ?? null),
        })}
      </p>
      <p>
        {holder
          ? t('roleMapping.position.holder', { holder: labels.person(holder.personId) })
          : t('roleMapping.position.noHolder')}
      </p>
      {holder && (
        <p className="rm-holder-outlook">
          {t('roleMapping.leaveProbability', { value: formatNumber(holder.leaveProbability * 100, language, 0) })}
          {holder.vetting && (
            <>
              {' '}
              ·{' '}
              <span className="rm-vetting">
                {t('roleMapping.vetting.lead', { months: formatNumber(holder.vetting.leadMonths, language, 1) })}
              </span>
            </>
          )}
          {runnerUp && (
            <>
              {' · '}
              {t('roleMapping.runnerUp.line', {
                person: labels.person(runnerUp.personId),
                fit: formatFit(runnerUp.fit, language),
                leave: formatNumber(runnerUp.leaveProbability * 100, language, 0),
              })}
              {runnerUp.decidedByRetention && <> {t('roleMapping.runnerUp.retention')}</>}
            </>
          )}
        </p>
      )}
      {field}
      {feedback}

      {row.status === 'recruited' ? (
        <>
          <p className="note">{t('roleMapping.position.recruitedNote')}</p>
          <button
            type="button"
            onClick={() =>
              run(
                { kind: 'recruit', positionId: row.positionId, external: false },
                t('roleMapping.what.recruitInternally', { position: title }),
              )
            }
          >
            {t('roleMapping.action.recruitInternally')}
          </button>
        </>
      ) : row.status === 'vacant' ? (
        <>
          <p className="note">{t('roleMapping.position.vacantNote')}</p>
          <button
            type="button"
            onClick={() =>
              run({ kind: 'reopen', positionId: row.positionId }, t('roleMapping.what.reopen', { position: title }))
            }
          >
            {t('roleMapping.action.reopen')}
          </button>
        </>
      ) : (
        <>
          {explanation.state === 'loading' ? (
            <p className="note" aria-busy="true">
              {t('scale.candidates.loading')}
            </p>
          ) : explanation.state === 'error' ? (
            <p role="alert">{t('scale.candidates.error')}</p>
          ) : candidates && candidates.length > 0 ? (
            <div
              className="rm-scroll"
              tabIndex={0}
              role="region"
              aria-label={t('roleMapping.candidates.caption', { title })}
            >
              <table className="rm-table">
                <caption>{t('roleMapping.candidates.caption', { title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('roleMapping.col.person')}</th>
                    <th scope="col">{t('roleMapping.col.fit')}</th>
                    <th scope="col">{t('roleMapping.col.gaps')}</th>
                    <th scope="col">{t('roleMapping.col.commute')}</th>
                    <th scope="col">{t('roleMapping.col.score')}</th>
                    <th scope="col">{t('roleMapping.col.las')}</th>
                    <th scope="col">{t('roleMapping.col.standing')}</th>
                    <th scope="col">{t('roleMapping.col.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {candidates.map((c) => {
                    const person = labels.person(c.personId);
                    const rank = selectionOrder.rankOf[c.personId];
                    const held = positionOf.get(c.personId);
                    const isHolder = holder?.personId === c.personId;
                    return (
                      <tr key={c.personId}>
                        <th scope="row">{person}</th>
                        <td>{formatFit(c.fit, language)}</td>
                        <td>{formatGaps(c.gaps, labels, t)}</td>
                        <td>{t('roleMapping.signedMinutes', { value: formatSigned(c.deltaMinutes, language) })}</td>
                        <td>{formatNumber(c.score, language, 2)}</td>
                        <td>
                          {rank
                            ? t('roleMapping.lasRank', { rank: rank.rank, group: groupLabel(rank.groupId) })
                            : t('roleMapping.none')}
                        </td>
                        <td>
                          {c.blockedBy.length > 0
                            ? c.blockedBy.map((b) => t(`roleMapping.blocked.${b}`)).join(', ')
                            : c.vetting && !isHolder && !held
                              ? `${t('roleMapping.candidates.bench')} · ${t('roleMapping.vetting.flag')}`
                              : isHolder
                                ? t('roleMapping.candidates.holder')
                                : held
                                  ? t('roleMapping.candidates.holds', { title: labels.position(held) })
                                  : t('roleMapping.candidates.bench')}
                        </td>
                        <td>
                          <button
                            type="button"
                            disabled={c.blockedBy.length > 0 || (isHolder && holder.locked)}
                            onClick={() =>
                              run(
                                { kind: 'assign', personId: c.personId, positionId: row.positionId },
                                t('roleMapping.what.assign', { person, position: title }),
                              )
                            }
                          >
                            {t('roleMapping.candidates.assign', { person })}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('roleMapping.candidates.none')}</p>
          )}

          <fieldset className="rm-group">
            <legend>{t('roleMapping.action.groupPosition')}</legend>
            <button
              type="button"
              onClick={() =>
                run({ kind: 'vacancy', positionId: row.positionId }, t('roleMapping.what.vacancy', { position: title }))
              }
            >
              {t('roleMapping.action.vacancy')}
            </button>
            {exclusionsHere.length > 0 && (
              <div>
                <p>{t('roleMapping.action.exclusions')}</p>
                <ul>
                  {exclusionsHere.map((e) => (
                    <li key={e.personId}>
                      <button
                        type="button"
                        onClick={() =>
                          run(
                            { kind: 'include', personId: e.personId, positionId: row.positionId },
                            t('roleMapping.what.include', { person: labels.person(e.personId) }),
                          )
                        }
                      >
                        {t('roleMapping.action.include', { person: labels.person(e.personId) })}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </fieldset>

          {holder && (
            <fieldset className="rm-group">
              <legend>{t('roleMapping.action.groupHolder')}</legend>
              <PersonActions
                key={`${holder.personId}:${row.holderStage}`}
                personId={holder.personId}
                personLabel={labels.person(holder.personId)}
                positionId={row.positionId}
                locked={holder.locked}
                stage={row.holderStage ?? 'proposed'}
                lasExempted={row.lasExempted}
                excludedEverywhere={false}
                run={run}
                onCard={props.onCard}
              />
              {others.length > 0 && (
                <span className="rm-inline">
                  <label htmlFor={swapId}>{t('roleMapping.action.swapWith')}</label>
                  <select id={swapId} value={swapWith} onChange={(e) => setSwapWith(e.target.value)}>
                    {others.map((p) => (
                      <option key={p.personId} value={p.personId}>
                        {`${labels.person(p.personId)} – ${labels.position(p.positionId)}`}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    onClick={() => {
                      const other = others.find((p) => p.personId === swapWith);
                      if (!other) return;
                      run(
                        {
                          kind: 'swap',
                          first: { personId: holder.personId, positionId: row.positionId },
                          second: { personId: other.personId, positionId: other.positionId },
                        },
                        t('roleMapping.what.swap', {
                          person: labels.person(holder.personId),
                          other: labels.person(other.personId),
                        }),
                      );
                    }}
                  >
                    {t('roleMapping.action.swap')}
                  </button>
                </span>
              )}
            </fieldset>
          )}
        </>
      )}
    </section>
  );
}
