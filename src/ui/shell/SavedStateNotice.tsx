import { useTranslation } from 'react-i18next';
import type { SavedStateNotice as Notice } from '../../state/savedStateStorage';

/** Saved work that was set aside or could not be saved: said plainly, until dismissed. */
export function SavedStateNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="saved-state-notice" role="alert">
      <p>{t(`workspace.notice.${notice.code}`, { key: notice.setAsideKey ?? '', detail: notice.detail })}</p>
      <button type="button" onClick={onDismiss}>
        {t('workspace.dismiss')}
      </button>
    </div>
  );
}
