/** Messages of the map on pages without the dataset (the union page; see docs/map.md). */
export const publicMapMessages = {
  en: {
    'legend.heading': 'Legend',
    'legend.boundaries': 'Municipal boundary (Valmyndigheten via okfse/sweden-geojson, simplified)',
    'legend.towns': 'Town, circle by population; the larger towns named first',
    'legend.count': 'People living in the municipality',
    'legend.scale': 'Fill: fewer ({{from}}) to more ({{to}}) people',
    'legend.hidden': 'Hatched: fewer than {{k}} people, or hidden',
    'legend.source':
      'Towns: Wikipedia locality articles (SCB populations), Trafikverket station points. Roads: the travel model’s main-road graph, drawn straight between its nodes.',
  },
  sv: {
    'legend.heading': 'Teckenförklaring',
    'legend.boundaries': 'Kommungräns (Valmyndigheten via okfse/sweden-geojson, förenklad)',
    'legend.towns': 'Tätort, cirkeln efter folkmängd; de större orterna namnges först',
    'legend.count': 'Antal personer som bor i kommunen',
    'legend.scale': 'Fyllnad: färre ({{from}}) till fler ({{to}}) personer',
    'legend.hidden': 'Streckad: färre än {{k}} personer, eller dolt',
    'legend.source':
      'Orter: Wikipedias ortsartiklar (folkmängd från SCB), Trafikverkets stationslägen. Vägar: restidsmodellens huvudvägnät, ritat rakt mellan dess noder.',
  },
} as const;
