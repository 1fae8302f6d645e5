import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import { csvTemplate, type TemplateCompetence } from '../../io/templates/csvTemplate';
import { entityColumns } from '../../io/templates/entityColumns';
import type { EntityColumns } from '../../io/templates/columnDefinition';
import { csvFormats, formatCell } from '../../io/csv/writeCsv';
import { CSV_TYPE, downloadText } from './downloadText';
import { inLanguage } from '../../schema/language';

/** The order a user meets the collections in: people first. */
export const shownEntities = ['people', 'positions', 'sites', 'competences'] as const;

/** A template's file name: the collection's name in the language, which the import recognises. */
export const templateFileName = (entity: (typeof shownEntities)[number], t: TFunction) =>
  t('dataView.file.template', { collection: t(`dataView.file.collection.${entity}`) });

/**
 * The CSV templates to download and, for every file, a table of its columns (from the same
 * column definitions the importer reads by), in the user's language.
 */
export function TemplatesSection({ language, competences }: { language: Language; competences: readonly TemplateCompetence[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="templates-heading" className="data-templates">
      <h2 id="templates-heading">{t('dataView.templates.heading')}</h2>
      <p className="note">{t('dataView.templates.intro')}</p>
      <div className="button-row">
        {shownEntities.map((entity) => (
          <button
            key={entity}
            type="button"
            onClick={() => downloadText(csvTemplate(entity, language, entityColumns[entity].competenceColumns ? competences : undefined), templateFileName(entity, t), CSV_TYPE)}
          >
            {t('dataView.templates.download', { entity: t(`dataView.collection.${entity}`) })}
          </button>
        ))}
      </div>
      {shownEntities.map((entity) => (
        <ColumnTable key={entity} table={entityColumns[entity]} language={language} />
      ))}
    </section>
  );
}

function ColumnTable({ table, language }: { table: EntityColumns; language: Language }) {
  const { t } = useTranslation();
  const format = inLanguage(csvFormats, language);
  const captionId = `columns-${table.entity}`;
  const yesNo = (value: boolean) => t(value ? 'dataView.templates.yes' : 'dataView.templates.no');
  const competence = table.competenceColumns;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="column-table">
        <caption id={captionId}>
          {t('dataView.templates.tableCaption', { entity: t(`dataView.collection.${table.entity}`) })}
          <span className="caption-note">
            {t('dataView.templates.row', { row: inLanguage(table.row, language) })} {t('dataView.templates.fileNames', { names: table.fileNames.join(', ') })}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('dataView.templates.col.header')}</th>
            <th scope="col">{t('dataView.templates.col.required')}</th>
            <th scope="col">{t('dataView.templates.col.unit')}</th>
            <th scope="col">{t('dataView.templates.col.meaning')}</th>
            <th scope="col">{t('dataView.templates.col.example')}</th>
          </tr>
        </thead>
        <tbody>
          {table.columns.map((c) => (
            <tr key={c.field}>
              <th scope="row">
                <code>{inLanguage(c.header, language)}</code>
              </th>
              <td>{yesNo(c.required)}</td>
              <td>{(c.unit ? inLanguage(c.unit, language) : '')}</td>
              <td>{inLanguage(c.meaning, language)}</td>
              <td>
                <code>{formatCell(c.example, format)}</code>
              </td>
            </tr>
          ))}
          {competence && (
            <tr>
              <th scope="row">
                <code>{t('dataView.templates.competenceHeader', { prefix: inLanguage(competence.prefix, language) })}</code>
              </th>
              <td>{yesNo(false)}</td>
              <td>{(competence.unit ? inLanguage(competence.unit, language) : '')}</td>
              <td>{inLanguage(competence.meaning, language)}</td>
              <td>
                <code>
                  {inLanguage(competence.exampleCompetenceHeader, language)}: {competence.example}
                </code>
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
