import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n, type Language } from '../i18n/createTranslator';
import { LanguageSwitch } from '../ui/shell/LanguageSwitch';
import { readReportText, type ReportFileResult } from './readReportFile';
import { ReportFilePicker } from './ReportFilePicker';
import { ReportProblems } from './ReportProblems';
import { ReportView } from './ReportView';

/** The union page: language, the file picker, and the report or the reasons it is refused. */
export function UnionApp({ initialLanguage = 'sv' }: { initialLanguage?: Language }) {
  const i18n = useMemo(() => createI18n(initialLanguage), [initialLanguage]);
  return (
    <I18nextProvider i18n={i18n}>
      <UnionPage initialLanguage={initialLanguage} />
    </I18nextProvider>
  );
}

function UnionPage({ initialLanguage }: { initialLanguage: Language }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [opened, setOpened] = useState<{ fileName: string; result: ReportFileResult } | null>(null);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  const open = (fileName: string, text: string): void => setOpened({ fileName, result: readReportText(text) });

  return (
    <>
      <header className="union-header">
        <div>
          <h1>{t('report.view.title')}</h1>
          <p className="union-intro">{t('report.view.intro')}</p>
        </div>
        <LanguageSwitch language={language} onChange={setLanguage} />
      </header>
      <main className="union-main">
        <ReportFilePicker onOpen={open} />
        {opened !== null && !opened.result.ok && (
          <ReportProblems fileName={opened.fileName} problems={opened.result.problems} />
        )}
        {opened !== null && opened.result.ok && <ReportView report={opened.result.report} language={language} />}
      </main>
    </>
  );
}
