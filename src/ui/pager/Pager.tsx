import { useTranslation } from 'react-i18next';
import type { Paged } from './usePaged';

/** Previous / next for a paged table, with the rows shown; nothing when everything fits on one page. */
export function Pager<T>({ paged, what }: { paged: Paged<T>; what: string }) {
  const { t } = useTranslation();
  const { start, total, pageSize, setStart } = paged;
  if (total <= pageSize) return null;
  return (
    <nav className="pager" aria-label={t('scale.pager.label', { what })}>
      <button type="button" disabled={start === 0} onClick={() => setStart(Math.max(0, start - pageSize))}>
        {t('scale.pager.previous')}
      </button>{' '}
      <span aria-live="polite">
        {t('scale.pager.showing', { from: start + 1, to: Math.min(total, start + pageSize), total })}
      </span>{' '}
      <button type="button" disabled={start + pageSize >= total} onClick={() => setStart(start + pageSize)}>
        {t('scale.pager.next')}
      </button>
    </nav>
  );
}
