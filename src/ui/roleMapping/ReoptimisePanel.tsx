import { useTranslation } from 'react-i18next';
import type { PersonChange, PersonState } from '../../engine/compare/changesReport';
import type { DatasetLabels } from './datasetLabels';

export interface ReoptimisePanelProps {
  /** The changes of the latest recalculation; null: no earlier result to compare with. */
  changes: readonly PersonChange[] | null;
  /** Whether the changes were asked for (the button was pressed). */
  shown: boolean;
  busy: boolean;
  labels: DatasetLabels;
  onReoptimise: () => void;
}

/** Re-optimise (locks, exclusions, vacancies and stages kept) and what changed with the latest recalculation. */
export function ReoptimisePanel({ changes, shown, busy, labels, onReoptimise }: ReoptimisePanelProps) {
  const { t } = useTranslation();
  const state = (s: PersonState) =>
    s.status === 'placed' && s.positionId
      ? `${labels.position(s.positionId)}${s.siteId ? `, ${labels.site(s.siteId)}` : ''}`
      : t(`roleMapping.state.${s.status}`);
  // The optimum often has ties: people trading places between positions of the same title at the
  // same site are told apart from those whose position or site really changes for them.
  const all = changes?.filter((c) => c.positionChanged || c.siteChanged) ?? [];
  const moved = all.filter((c) => state(c.from) !== state(c.to) || c.from.status !== c.to.status);
  const equivalent = all.length - moved.length;
  return (
    <section className="rm-reoptimise" aria-labelledby="rm-reoptimise-heading">
      <h3 id="rm-reoptimise-heading">{t('roleMapping.reoptimise.heading')}</h3>
      <p className="note">{t('roleMapping.reoptimise.intro')}</p>
      <button type="button" onClick={onReoptimise}>
        {t('roleMapping.reoptimise.button')}
      </button>
      <p role="status">
        {!shown
          ? ''
          : busy
            ? t('roleMapping.reoptimise.waiting')
            : changes === null
              ? t('roleMapping.reoptimise.first')
              : moved.length === 0
                ? t('roleMapping.reoptimise.nothing')
                : t('roleMapping.reoptimise.moved', { count: moved.length })}
      </p>
      {shown && !busy && equivalent > 0 && (
        <p className="note">{t('roleMapping.reoptimise.equivalent', { count: equivalent })}</p>
      )}
      {shown && !busy && moved.length > 0 && (
        <table className="rm-table">
          <caption>{t('roleMapping.reoptimise.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roleMapping.col.person')}</th>
              <th scope="col">{t('roleMapping.reoptimise.from')}</th>
              <th scope="col">{t('roleMapping.reoptimise.to')}</th>
            </tr>
          </thead>
          <tbody>
            {moved.map((c) => (
              <tr key={c.personId}>
                <th scope="row">{labels.person(c.personId)}</th>
                <td>{state(c.from)}</td>
                <td>{state(c.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
