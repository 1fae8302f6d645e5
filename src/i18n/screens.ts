/**
 * Texts added while smoothing the screens a new user met first: the impact table's pages and
 * column chooser, approximate homes, the glossary and its term explanations.
 */
export const screensMessages = {
  en: {
    'impact.columns': 'Columns ({{shown}} of {{total}})',
    'impact.columnsHint': 'Choose the columns to show; the person column always stays.',
    'impact.page': 'Rows {{from}}–{{to}} of {{total}}',
    'impact.previous': 'Previous',
    'impact.next': 'Next',
    'impact.pageSize': 'Rows per page',
    'impact.pages': 'Pages of the table',
    'impact.approximate': '≈',
    'impact.approximateTitle': 'Home placed by {{placedBy}}: the commute is approximate',
    'impact.approximateNote':
      '≈ marks commutes from homes imported as a postcode or a locality, not coordinates ({{count}} people): they are approximate, since a home can lie some kilometres from the point used.',
    'impact.placedBy.postcode': 'postcode',
    'impact.placedBy.locality': 'locality',
    decimalSeparator: '.',
    'people.name': 'Name',
    'impact.headcountRetained':
      'Expected to stay: {{expected}} of {{headcount}}; in 9 of 10 possible outcomes at least {{p10}} stay.',
    'overview.p10': 'in 9 of 10 possible outcomes at least {{value}}',
    'changes.alike':
      'Not listed: {{count}} moves between positions of the same title at the same site, which change nothing for the person.',
    'scenarios.confirmLabel': 'Delete "{{name}}"?',
    'scenarios.confirmBaseline':
      'This is the baseline every figure is compared with. Delete it? The figures are then compared with today as the dataset has it.',
    'scenarios.confirmDelete': 'Delete',
    'scenarios.keep': 'Keep',
    'overview.againstPreset': 'Against today as the dataset has it (“{{baseline}}”): your list has no baseline.',
    'hubs.hubsHelpMedian':
      'Shortest commutes: p is the most sites. A further site is opened only when it shortens the total commute; the answer may use fewer.',
    'hubs.hubsHelpExact': 'Local coverage and weighted: exactly p sites.',
    'hubs.objectiveIsCommute': 'The proposal with the shortest total one-way commute of everyone (lower is better).',
    'hubs.objectiveNote': 'The objective column shows the {{unit}}.',
    'hubs.fewerSites':
      'You asked for at most {{asked}} sites; the best proposal uses {{used}}. A further site would not shorten the total commute: the people it would bring closer commute as short or shorter to the sites already chosen, or the positions there need others.',
    'hubs.colCommuteObjective': 'Total commute, minutes (objective)',
    'retention.col.p10': 'Stay in 9 outcomes of 10',
    'retention.col.probBelow': 'Risk of fewer than {{minHolders}} left',
    'retention.risk.expectedBelowNeed':
      'On average {{expected}} holders are expected to stay, fewer than the {{needed}} the positions need.',
    'retention.risk.busFactor':
      'A {{probability}} risk that fewer than {{minHolders}} holders are left: with one holder or none the competence hangs on a single person, whatever the positions need.',
    'glossary.open': 'Glossary',
    'glossary.heading': 'Glossary: the terms of the tool',
    'glossary.close': 'Close the glossary',
    'glossary.intro':
      'The technical words the views use, in plain language. Underlined terms in the views explain themselves when you point at them or move to them with Tab.',
  },
  sv: {
    'impact.columns': 'Kolumner ({{shown}} av {{total}})',
    'impact.columnsHint': 'Välj vilka kolumner som visas; personkolumnen finns alltid kvar.',
    'impact.page': 'Rad {{from}}–{{to}} av {{total}}',
    'impact.previous': 'Föregående',
    'impact.next': 'Nästa',
    'impact.pageSize': 'Rader per sida',
    'impact.pages': 'Tabellens sidor',
    'impact.approximate': '≈',
    'impact.approximateTitle': 'Hemmet placerat efter {{placedBy}}: restiden är ungefärlig',
    'impact.approximateNote':
      '≈ markerar restider från hem som importerades som postnummer eller ort, inte koordinater ({{count}} st.): de är ungefärliga, eftersom hemmet kan ligga några kilometer från punkten som används.',
    'impact.placedBy.postcode': 'postnummer',
    'impact.placedBy.locality': 'ort',
    decimalSeparator: ',',
    'people.name': 'Namn',
    'impact.headcountRetained':
      'Väntas stanna: {{expected}} av {{headcount}}; i 9 av 10 tänkbara utfall stannar minst {{p10}}.',
    'overview.p10': 'i 9 av 10 tänkbara utfall minst {{value}}',
    'changes.alike':
      'Inte med: {{count}} byten mellan befattningar med samma titel på samma arbetsplats, som inte ändrar något för personen.',
    'scenarios.confirmLabel': 'Ta bort ”{{name}}”?',
    'scenarios.confirmBaseline':
      'Det här är jämförelsepunkten som alla siffror jämförs med. Ta bort den? Siffrorna jämförs då med nuläget som datamängden beskriver det.',
    'scenarios.confirmDelete': 'Ta bort',
    'scenarios.keep': 'Behåll',
    'overview.againstPreset':
      'Jämfört med nuläget som datamängden beskriver det (”{{baseline}}”): din lista har ingen jämförelsepunkt.',
    'hubs.hubsHelpMedian':
      'Kortast pendling: p är det största antalet platser. En plats till öppnas bara när den kortar den sammanlagda pendlingen; svaret kan använda färre.',
    'hubs.hubsHelpExact': 'Lokal täckning och viktat: exakt p platser.',
    'hubs.objectiveIsCommute': 'Förslaget med kortast sammanlagd enkel pendling för alla (lägre är bättre).',
    'hubs.objectiveNote': 'Kolumnen Målvärde visar {{unit}}.',
    'hubs.fewerSites':
      'Du bad om högst {{asked}} platser; det bästa förslaget använder {{used}}. En plats till skulle inte korta den sammanlagda pendlingen: de som den skulle komma närmare har lika kort eller kortare till de valda platserna, eller så behövs andra på befattningarna där.',
    'hubs.colCommuteObjective': 'Sammanlagd pendling, minuter (målvärde)',
    'retention.col.p10': 'Stannar i 9 utfall av 10',
    'retention.col.probBelow': 'Risk att färre än {{minHolders}} finns kvar',
    'retention.risk.expectedBelowNeed':
      'I snitt väntas {{expected}} innehavare stanna, färre än de {{needed}} som befattningarna behöver.',
    'retention.risk.busFactor':
      '{{probability}} risk att färre än {{minHolders}} innehavare finns kvar: med en eller ingen hänger kompetensen på en enda person, oavsett vad befattningarna behöver.',
    'glossary.open': 'Begrepp',
    'glossary.heading': 'Begrepp: verktygets ord förklarade',
    'glossary.close': 'Stäng begreppslistan',
    'glossary.intro':
      'De tekniska ord som vyerna använder, på vanlig svenska. Understrukna begrepp i vyerna förklarar sig när du pekar på dem eller går till dem med Tab.',
  },
} as const;
