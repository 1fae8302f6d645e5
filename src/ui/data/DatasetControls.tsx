import { useTranslation } from 'react-i18next';
import type { DatasetOrigin } from '../../state/datasetSlice';

export interface DatasetControlsProps {
  origin: DatasetOrigin;
  canRestorePrevious: boolean;
  message: 'restored' | 'reset' | null;
  onRestorePrevious: () => void;
  onResetDefault: () => void;
}

/** Which data is in use, and the way back: the previous dataset, or the bundled default. */
export function DatasetControls({ origin, canRestorePrevious, message, onRestorePrevious, onResetDefault }: DatasetControlsProps) {
  const { t } = useTranslation();
  return (
    <section aria-label={t(origin === 'default' ? 'dataView.current.default' : 'dataView.current.imported')} className="data-controls">
      <p>{t(origin === 'default' ? 'dataView.current.default' : 'dataView.current.imported')}</p>
      <div className="button-row">
        <button type="button" onClick={onRestorePrevious} disabled={!canRestorePrevious}>
          {t('dataView.restorePrevious')}
        </button>
        <button type="button" onClick={onResetDefault} disabled={origin === 'default'}>
          {t('dataView.resetDefault')}
        </button>
      </div>
      <div aria-live="polite">{message && <p role="status">{t(`dataView.${message}`)}</p>}</div>
    </section>
  );
}
