import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../i18n/createTranslator';

const names: Record<Language, string> = { sv: 'Svenska', en: 'English' };

export function LanguageSwitch({ language, onChange }: { language: Language; onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <label className="language-switch">
      {t('app.language')}{' '}
      <select value={language} onChange={(event) => onChange(event.target.value as Language)}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {names[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
