import { csvTemplate } from '../../src/io/templates/csvTemplate';
import { importFormatMarkdown } from '../../src/io/templates/importFormatMarkdown';
import { importEntities } from '../../src/io/csv/importProblem';

/** The generated files kept in the repository, by path: templates and the import format page. */
export function templateFiles(): Record<string, string> {
  const files: Record<string, string> = { 'docs/import-format.md': importFormatMarkdown() };
  for (const entity of importEntities) {
    for (const lang of ['sv', 'en'] as const)
      files[`src/io/templates/files/${entity}.${lang}.csv`] = csvTemplate(entity, lang);
  }
  return files;
}
