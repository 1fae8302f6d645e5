import { importEntities } from '../csv/importProblem';
import { MAX_IMPORT_BYTES } from '../csv/decodeText';
import { csvFormats, formatCell } from '../csv/writeCsv';
import type { ColumnDefinition } from './columnDefinition';
import { entityColumns } from './entityColumns';

const cellText = (text: string): string => text.replace(/\|/g, '\\|');

function columnRow(c: ColumnDefinition): string {
  const names = [...new Set([c.header.sv, c.header.en, ...c.aliases, c.field])];
  const example = formatCell(c.example, csvFormats.sv);
  return `| ${names.map((n) => `\`${n}\``).join(', ')} | ${cellText(c.meaning.en)} | ${cellText(c.unit?.en ?? '–')} | ${c.required ? 'yes' : 'no'} | \`${cellText(example)}\` |`;
}

/**
 * `docs/import-format.md`, generated from the column tables (the same tables drive the parser
 * and the templates, so the page cannot drift from what is accepted).
 */
export function importFormatMarkdown(): string {
  const lines: string[] = [
    '# Import format: people, positions, sites and competences',
    '',
    '<!-- Generated from src/io/templates/*Columns.ts by importFormatMarkdown(); do not edit by hand. -->',
    '',
    'HR brings the real staff data as spreadsheet files. Each file holds one collection; the imported',
    'collections replace the current ones, the rest of the dataset (municipalities, localities, functions,',
    'units, scenarios) stays. Nothing is replaced until every file validates and the user confirms.',
    '',
    '## Files',
    '',
    '- **CSV** as Excel or LibreOffice write it: `;` as separator with decimal comma (Swedish), or `,` with',
    '  decimal point. The separator is detected from the header line (tab works too). Encoding UTF-8 with or',
    '  without BOM, UTF-16 with BOM, or Windows-1252 (detected: bytes that are not valid UTF-8 are read as',
    '  Windows-1252).',
    '- **JSON**: a list of objects with the fields of the schema (`src/schema/`), or an object holding the',
    '  list, `{ "people": [...] }` (the data folder\'s files). A file with several lists imports each.',
    `- At most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB per file. Empty, binary and Excel workbook (.xlsx) files are refused.`,
    '- Which collection a file holds is told by its name (`people.csv`, `personer.csv`, `positions.csv`,',
    '  `befattningar.csv`, `sites.csv`, `arbetsplatser.csv`, `competences.csv`, `kompetenser.csv`), else by its headers.',
    '- Row 1 holds the headers. Headers are matched case-insensitively, trimmed, with spaces and hyphens',
    '  read as `_`; Swedish and English names are both accepted. Unknown columns are ignored with a warning.',
    '  Empty rows are skipped. Problems name the file, the row as the spreadsheet shows it (header = row 1)',
    '  and the column as written; in JSON files, the item number (first = 1) and the field.',
    '',
    '## Cell values',
    '',
    '- Numbers: `0,8` or `0.8`; spaces as thousands separators (`38 500`). Not `1.234,5`.',
    '- Yes/no: `ja`/`nej`, `yes`/`no`, `true`/`false`, `sant`/`falskt`, `1`/`0` (any case).',
    '- Dates: `YYYY-MM-DD`.',
    '- Ids: lowercase letters a–z, digits and hyphens (`p017`, `varnamo-stadshus`).',
    "- Text that starts with `'` followed by `=`, `+`, `-` or `@` has the `'` removed (exports write it to keep",
    '  spreadsheets from running text as a formula).',
    '',
    '## Templates',
    '',
    'Templates with one example row are in `src/io/templates/files/` (`<collection>.sv.csv`: `;`, decimal comma;',
    '`<collection>.en.csv`: `,`, decimal point; both UTF-8 with BOM), and the app offers them for download.',
    "Competence columns are headed by the competence's name in the template's language (the app's templates",
    "list the dataset's competences); a competence's id, its name in either language, or the prefix and the id",
    'are all accepted on import.',
    '',
    '## Homes: coordinates, a postcode or a locality',
    '',
    "Real HR data rarely has coordinates. Each person's home is given in one of three ways, tried in this order:",
    '',
    '1. **Coordinates**: `hem_lat` and `hem_lon` (WGS84 decimal degrees). Exact; used whenever either is filled.',
    '2. **Postcode**: `hem_postnummer`, together with a postcode table imported in the same go: a CSV file',
    '   named `postnummer.csv` or `postcodes.csv` (or any file whose headers are a postcode column and `lat`,',
    '   `lon`), one row per postcode: `postnummer;lat;lon` (`postcode,lat,lon`). Postcodes are compared',
    '   without spaces (`331 30` = `33130`, a leading `SE-` is dropped). The home is placed at the',
    "   postcode's point. The table is not kept: only the homes placed by it. No table, or a postcode missing",
    '   from it, is an error on that row (unless a locality is also given: then the locality is used).',
    "3. **Locality**: `hem_ort`, the name (or id) of one of the dataset's localities, e.g. `Smålandsstenar`,",
    "   case-insensitive. The home is placed at the locality's point.",
    '',
    'A row with none of them is an error; a people file with none of these columns is refused. Homes placed',
    'by a postcode or a locality are marked on the person (`homePlacedBy`: `postcode` or `locality`); the import',
    'warns how many there are, and the views mark their commutes as approximate: within a locality a home may',
    'lie a few kilometres from the point used, so the minutes can be off by several either way. The JSON form',
    'takes the same fields (`homePostcode`, `homeLocality`) in place of `home`.',
    '',
  ];
  for (const entity of importEntities) {
    const table = entityColumns[entity];
    lines.push(`## ${entity}.csv`, '', `One row: ${table.row.en}`, '');
    lines.push(
      '| column (Swedish, English, also accepted) | meaning | unit | required | example |',
      '|---|---|---|---|---|',
    );
    for (const c of table.columns) lines.push(columnRow(c));
    const dynamic = table.competenceColumns;
    if (dynamic) {
      lines.push(
        `| \`<competence id>\`, \`${dynamic.prefix.sv}<id>\`, \`${dynamic.prefix.en}<id>\` | ${cellText(dynamic.meaning.en)} | ${cellText(dynamic.unit?.en ?? '–')} | no | \`${dynamic.exampleCompetenceId}\`: \`${dynamic.example}\` |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Names in both languages',
    '',
    'Names shown in the UI are localised records, one per name: `"name": { "sv": "Nätverk", "en": "Networking" }`',
    '(functions, competences and units; `"title"` of positions; `"name"` of the economic phases). Swedish and',
    'English are required. In CSV a record is two columns, the Swedish one and the English one (`namn`/`namn_en`,',
    '`titel`/`titel_en` above); an empty English title takes the Swedish one.',
    '',
    'Files written before the records (`"name"` with `"nameEn"` beside it, `"title"` with `"titleEn"`) still',
    'load: they are read as records on import, from a stored dataset, and in the data folder.',
    '`npx tsx scripts/migrateLocalisedNames.ts [folder or files]` rewrites such JSON files in place (default:',
    '`data/`); it changes nothing in files already migrated, so it can be run again.',
    '',
    '## Export formats',
    '',
    '- **Collections as CSV** (`exportCollectionCsv`): exactly the import format above, re-importable.',
    "  A position's requirements are read in column order, so a round trip keeps every requirement but",
    '  orders them by the competence columns.',
    '- **Dataset as JSON** (`exportDatasetJson`): one file holding the whole dataset (`schemaVersion`, region,',
    '  reference date, target organisation, sources and every collection), the `Dataset` of',
    '  `src/schema/dataset.ts`. Re-imported whole by `importDatasetJson`; its people, positions, sites and',
    '  competences lists can also be imported by `importCollections`. `npm run sim -- import` writes the',
    '  data folder layout (one file per collection) instead.',
    '- **Scenarios as JSON** (`exportScenariosJson`): `{ "format": "ggvv-scenarios", "schemaVersion": 1,',
    '  "scenarios": [...] }`; `importScenarios` migrates older schema versions, then validates.',
    '- **Per-person impact CSV** and **decision log CSV**: `;` and decimal comma (Swedish) or `,` and decimal',
    '  point (English), UTF-8 with BOM. Text cells that begin with `=`, `+`, `-`, `@`, tab or carriage return',
    "  get a leading `'`; numbers, negative ones included, are written as numbers.",
    '',
  );
  return lines.join('\n');
}
