/** Messages of the manager's package, manager mode and the decisions that come back (docs/roles-and-packages.md). */
export const managerPackageMessages = {
  en: {
    'problem.not-json': '{{file}}: not a JSON file ({{detail}}).',
    'problem.not-a-package': '{{file}}: not a manager package (its "format" is not "ggvv-manager-package").',
    'problem.not-decisions': '{{file}}: not a manager decisions file (its "format" is not "ggvv-manager-decisions").',
    'problem.newer-version':
      '{{file}}: made by a newer version of the app (version {{version}}; this app reads up to {{supported}}).',
    'problem.schema': '{{file}}: field {{field}}: {{reason}}',
    'problem.private-field': '{{file}}: field {{field}} holds "{{key}}", a private field a package must not contain.',
    'problem.tampered':
      "{{file}}: the contents do not match the package's dataset fingerprint: it has been changed after HR exported it.",
    'problem.facts-missing': '{{file}}: person {{id}} has no precomputed facts (age band, employment, ranks).',
    'problem.travel-missing': '{{file}}: {{field}}: no travel times for {{id}}.',
    'problem.other-dataset': '{{file}}: made from another dataset than the one in use.',
    'problem.unknown-scenario': '{{file}}: {{field}}: scenario {{id}} does not exist here.',
    'problem.unknown-reference': '{{file}}: {{field}}: {{entity}} {{id}} does not exist in the dataset.',
    'cli.roleRequired': 'export-package needs --role manager (the only role that receives a package).',
    'cli.scenariosRequired': 'export-package needs --scenarios ID,ID,... (the scenarios the manager will review).',
    'cli.outRequired': 'export-package needs --out FILE.',
    'cli.leak': 'The package would contain private data ({{paths}}): not written.',
    'cli.written':
      'Wrote the manager package {{file}}: {{people}} people, {{scenarios}} scenarios, {{matrices}} travel matrices.',
    'banner.title': 'Manager package',
    'banner.text':
      'You are working in a package HR exported for managers: {{name}}, exported {{date}}. It holds no salaries, home locations, birth or employment dates. Your decisions go back to HR as a file.',
    'banner.close': 'Close the package',
    'banner.cancel': 'Cancel',
    'banner.closeConfirm':
      'Close the package and remove it and your unsaved decisions from this browser? Export your decisions first.',
    'open.title': 'Open a manager package',
    'open.hint':
      'Managers: open the package file HR gave you (choose it, or drop it here). It stays in this browser, apart from any HR data.',
    'open.choose': 'Choose a package file',
    'open.drop': 'Drop the package file here',
    'open.refused': 'The package was not opened:',
    'open.reading': 'Opening the package…',
    'export.title': 'Manager package',
    'export.hint':
      'A file for managers: people, fit and commute, without salaries, home coordinates, birth or employment dates. Travel times, age bands and order-of-selection ranks are precomputed here.',
    'export.scenarios': 'Scenarios in the package',
    'export.download': 'Export the manager package',
    'export.none': 'Choose at least one scenario.',
    'decisions.title': 'Your decisions, for HR',
    'decisions.hint': 'Your locks, exclusions, stages and reasons, as a file HR imports into the full scenarios.',
    'decisions.name': 'Your name (shown to HR as who proposed)',
    'decisions.download': 'Export the decisions',
    'decisions.leak': 'The export would contain private data ({{paths}}): not offered.',
    'import.title': 'Decisions from a manager',
    'import.hint':
      'Import a decisions file a manager exported from their package: their locks, exclusions, stages and reasons replace those of the same scenarios, and the log shows who proposed them.',
    'import.choose': 'Import a decisions file',
    'import.done': "Imported the manager's decisions into: {{scenarios}}.",
    'import.refused': 'The decisions were not imported:',
    'preview.label': 'Preview as manager',
    'preview.note':
      "Preview: this browser holds HR's full data. A manager receives a package without the private fields (Data → Manager package).",
    'file.package': 'manager-package.json',
    'file.decisions': 'manager-decisions.json',
  },
  sv: {
    'problem.not-json': '{{file}}: inte en JSON-fil ({{detail}}).',
    'problem.not-a-package': '{{file}}: inte ett chefspaket (dess "format" är inte "ggvv-manager-package").',
    'problem.not-decisions': '{{file}}: inte en fil med chefsbeslut (dess "format" är inte "ggvv-manager-decisions").',
    'problem.newer-version':
      '{{file}}: gjord av en nyare version av appen (version {{version}}; den här appen läser till och med {{supported}}).',
    'problem.schema': '{{file}}: fältet {{field}}: {{reason}}',
    'problem.private-field':
      '{{file}}: fältet {{field}} innehåller "{{key}}", ett privat fält som ett paket inte får innehålla.',
    'problem.tampered':
      '{{file}}: innehållet stämmer inte med paketets fingeravtryck av datamängden: det har ändrats efter att HR exporterade det.',
    'problem.facts-missing':
      '{{file}}: person {{id}} saknar förberäknade uppgifter (åldersgrupp, anställning, turordning).',
    'problem.travel-missing': '{{file}}: {{field}}: restider saknas för {{id}}.',
    'problem.other-dataset': '{{file}}: gjord från en annan datamängd än den som används.',
    'problem.unknown-scenario': '{{file}}: {{field}}: scenariot {{id}} finns inte här.',
    'problem.unknown-reference': '{{file}}: {{field}}: {{entity}} {{id}} finns inte i datamängden.',
    'cli.roleRequired': 'export-package kräver --role manager (den enda roll som får ett paket).',
    'cli.scenariosRequired': 'export-package kräver --scenarios ID,ID,... (de scenarier chefen ska granska).',
    'cli.outRequired': 'export-package kräver --out FIL.',
    'cli.leak': 'Paketet skulle innehålla privata uppgifter ({{paths}}): skrevs inte.',
    'cli.written':
      'Skrev chefspaketet {{file}}: {{people}} personer, {{scenarios}} scenarier, {{matrices}} restidsmatriser.',
    'banner.title': 'Chefspaket',
    'banner.text':
      'Du arbetar i ett paket som HR exporterat för chefer: {{name}}, exporterat {{date}}. Det innehåller inga löner, bostadsplatser, födelse- eller anställningsdatum. Dina beslut går tillbaka till HR som en fil.',
    'banner.close': 'Stäng paketet',
    'banner.cancel': 'Avbryt',
    'banner.closeConfirm':
      'Stäng paketet och ta bort det och dina osparade beslut från den här webbläsaren? Exportera dina beslut först.',
    'open.title': 'Öppna ett chefspaket',
    'open.hint':
      'Chefer: öppna paketfilen du fått av HR (välj den eller släpp den här). Den stannar i den här webbläsaren, skild från HR:s data.',
    'open.choose': 'Välj en paketfil',
    'open.drop': 'Släpp paketfilen här',
    'open.refused': 'Paketet öppnades inte:',
    'open.reading': 'Öppnar paketet…',
    'export.title': 'Chefspaket',
    'export.hint':
      'En fil för chefer: personer, matchning och pendling, utan löner, bostadskoordinater, födelse- eller anställningsdatum. Restider, åldersgrupper och turordningsplatser beräknas här i förväg.',
    'export.scenarios': 'Scenarier i paketet',
    'export.download': 'Exportera chefspaketet',
    'export.none': 'Välj minst ett scenario.',
    'decisions.title': 'Dina beslut, till HR',
    'decisions.hint':
      'Dina låsningar, undantag, steg och motiveringar, som en fil HR importerar i de fullständiga scenarierna.',
    'decisions.name': 'Ditt namn (visas för HR som förslagsställare)',
    'decisions.download': 'Exportera besluten',
    'decisions.leak': 'Exporten skulle innehålla privata uppgifter ({{paths}}): erbjuds inte.',
    'import.title': 'Beslut från en chef',
    'import.hint':
      'Importera en beslutsfil som en chef exporterat från sitt paket: chefens låsningar, undantag, steg och motiveringar ersätter dem i samma scenarier, och loggen visar vem som föreslog dem.',
    'import.choose': 'Importera en beslutsfil',
    'import.done': 'Importerade chefens beslut i: {{scenarios}}.',
    'import.refused': 'Besluten importerades inte:',
    'preview.label': 'Förhandsvisa som chef',
    'preview.note':
      'Förhandsvisning: den här webbläsaren har HR:s fullständiga data. En chef får ett paket utan de privata fälten (Data → Chefspaket).',
    'file.package': 'chefspaket.json',
    'file.decisions': 'chefens-beslut.json',
  },
} as const;
