import { useTranslation } from 'react-i18next';
import { glossaryEntries } from '../../i18n/glossary';
import type { Language } from '../../i18n/createTranslator';
import './glossary.css';
import { inLanguage } from '../../schema/language';

/** The glossary, opened from the header: every technical term of the views in plain words. */
export function GlossaryPanel({ language, onClose }: { language: Language; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="glossary-panel" aria-labelledby="glossary-heading" id="glossary-panel">
      <div className="glossary-head">
        <h2 id="glossary-heading">{t('screens.glossary.heading')}</h2>
        <button type="button" onClick={onClose}>
          {t('screens.glossary.close')}
        </button>
      </div>
      <p className="note">{t('screens.glossary.intro')}</p>
      <dl>
        {glossaryEntries.map((entry) => (
          <div key={entry.id}>
            <dt>{inLanguage(entry, language).term}</dt>
            <dd>{inLanguage(entry, language).text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
