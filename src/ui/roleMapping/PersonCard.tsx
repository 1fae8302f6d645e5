import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchEntitlement } from '../../engine/law/benchEntitlements';
import type { PersonCommute } from '../../engine/scenario/commuteImpact';
import type { Language } from '../../i18n/createTranslator';
import { formatNumber } from '../format';
import { formatKronor } from './formatters';

export interface PersonCardProps {
  personLabel: string;
  scenarioName: string;
  status: 'placed' | 'bench' | 'declined' | 'leaving';
  positionTitle: string | null;
  /** Lead time in months when the position waits for a security vetting of the person. */
  vettingMonths?: number | null;
  unitName: string | null;
  siteName: string | null;
  /** Commute today and in the scenario; null for people outside the new company. */
  commute: PersonCommute | null;
  mileageSekPerKm: number;
  language: Language;
  /** The date the card is printed (shown on it), `YYYY-MM-DD`. */
  printDate: string;
  /** Today's title and workplace. */
  todayTitle: string;
  todaySite: string;
  /** What a benched person is owed (LAS 7 §, 11 §, 25 §); null otherwise. */
  entitlement: BenchEntitlement | null;
  positionLabel: (positionId: string) => string;
  /** For a person who declined the transfer: the municipality they stay with. */
  municipalityName: string | null;
  onClose: () => void;
}

/**
 * "What changes for me": the new position (or none), the site, the commute before and after
 * and the weekly travel cost at the mileage rate, for HR's one-to-one talks. Prints alone
 * (see the print rules of roleMapping.css). Neither salary nor home is shown.
 */
export function PersonCard(props: PersonCardProps) {
  const { t } = useTranslation();
  const { commute, language } = props;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [props.personLabel]);
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const rows: Array<[string, string, string]> = commute
    ? [
        [t('roleMapping.card.minutes'), n(commute.todayMinutes), n(commute.scenarioMinutes)],
        [t('roleMapping.card.km'), n(commute.todayKm, 1), n(commute.scenarioKm, 1)],
        [t('roleMapping.card.days'), n(commute.onSiteDaysToday, 1), n(commute.onSiteDaysScenario, 1)],
        [
          t('roleMapping.card.cost', { rate: formatKronor(props.mileageSekPerKm, language) }),
          t('roleMapping.sek', { value: n(commute.weeklyCostTodaySek) }),
          t('roleMapping.sek', { value: n(commute.weeklyCostScenarioSek) }),
        ],
      ]
    : [];
  return (
    <article className="rm-card" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('roleMapping.card.heading', { person: props.personLabel })}
      </h3>
      <p className="rm-card-draft">
        <strong>{t('selectionOrder.card.draft')}</strong>
      </p>
      <p className="note">
        {t('roleMapping.card.scenario', { name: props.scenarioName })} ·{' '}
        {t('selectionOrder.card.printed', { date: props.printDate })}
      </p>
      <p>{t('selectionOrder.card.today', { title: props.todayTitle, site: props.todaySite })}</p>
      {props.status === 'declined' && props.municipalityName && (
        <p>{t('selectionOrder.card.remain', { municipality: props.municipalityName })}</p>
      )}
      {props.status === 'declined' || props.status === 'leaving' ? (
        <p>{t(props.status === 'declined' ? 'roleMapping.card.outsideDeclined' : 'roleMapping.card.outsideLeaving')}</p>
      ) : (
        <dl className="rm-card-facts">
          <dt>{t('roleMapping.card.position')}</dt>
          <dd>{props.positionTitle ?? t('roleMapping.card.none')}</dd>
          {props.vettingMonths != null && (
            <>
              <dt>{t('roleMapping.vetting.flag')}</dt>
              <dd>{t('roleMapping.vetting.lead', { months: n(props.vettingMonths, 1) })}</dd>
            </>
          )}
          {props.unitName && (
            <>
              <dt>{t('roleMapping.card.unit')}</dt>
              <dd>{props.unitName}</dd>
            </>
          )}
          <dt>{t('roleMapping.card.site')}</dt>
          <dd>{props.siteName ?? t('roleMapping.none')}</dd>
        </dl>
      )}
      {props.entitlement && (
        <section aria-label={t('selectionOrder.card.owed')}>
          <h4>{t('selectionOrder.card.owed')}</h4>
          <ul>
            <li>
              {t('selectionOrder.card.notice', {
                months: props.entitlement.noticeMonths,
                years: n(props.entitlement.employmentYears, 0),
              })}
            </li>
            <li>
              {props.entitlement.reemploymentRight
                ? t('selectionOrder.card.reemployment')
                : t('selectionOrder.card.noReemployment')}
            </li>
            <li>
              {props.entitlement.redeploymentOptions.length > 0
                ? t('selectionOrder.card.redeploy', {
                    positions: props.entitlement.redeploymentOptions.map(props.positionLabel).join(', '),
                  })
                : t('selectionOrder.card.noRedeploy')}
            </li>
          </ul>
        </section>
      )}
      {rows.length > 0 && (
        <table className="rm-table">
          <caption>{t('roleMapping.card.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roleMapping.card.measure')}</th>
              <th scope="col">{t('roleMapping.card.before')}</th>
              <th scope="col">{t('roleMapping.card.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([measure, before, after]) => (
              <tr key={measure}>
                <th scope="row">{measure}</th>
                <td>{before}</td>
                <td>{after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="rm-card-buttons">
        <button type="button" onClick={() => window.print()}>
          {t('roleMapping.card.print')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('roleMapping.card.close')}
        </button>
      </div>
    </article>
  );
}
