import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import type { OpenPackage } from '../../state/managerModeSlice';
import './managerPackage.css';
import { localeOf } from '../../schema/language';

/** Manager mode's banner: what the package is, what it lacks, and how to leave it (after a confirmation). */
export function ManagerBanner({
  open,
  language,
  onClose,
}: {
  open: OpenPackage;
  language: Language;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium' }).format(new Date(open.createdAt));
  return (
    <section className="manager-banner" role="region" aria-label={t('managerPackage.banner.title')}>
      <p>
        <strong>{t('managerPackage.banner.title')}</strong>{' '}
        {t('managerPackage.banner.text', { name: open.datasetName, date })}
      </p>
      {confirming ? (
        <div className="button-row">
          <p role="alert">{t('managerPackage.banner.closeConfirm')}</p>
          <button type="button" onClick={onClose}>
            {t('managerPackage.banner.close')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('managerPackage.banner.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('managerPackage.banner.close')}
        </button>
      )}
    </section>
  );
}
