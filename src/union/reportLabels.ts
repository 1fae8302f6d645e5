import type { TFunction } from 'i18next';
import type { Language } from '../i18n/createTranslator';
import type { AnonymisedReport } from '../schema/anonymisedReport';

/** The display name of a row or column id: the file's labels, then the report's own words, else the id. */
export function labelOf(report: AnonymisedReport, id: string, language: Language, t: TFunction): string {
  const named = report.labels[id];
  if (named) return named[language];
  const key = `union.column.${id}`;
  const text = t(key);
  return text === key ? id : text;
}
