import type { Source } from '../../src/schema/common';

/**
 * Every source the default dataset cites. Each collection file lists the sources its figures
 * come from; `assembleDataset` merges them into the dataset's list.
 */
export const sources = {
  preStudy: {
    id: 'forstudie-ggvv-2025',
    title: 'Förstudie gemensam IT-drift GGVV (Gislaved, Gnosjö, Vaggeryd, Värnamo), 2025',
    note: 'Employees, IT staff, PCs, servers, network devices and three server rooms per municipality; three managers and 51 positions; centralised and decentralised models; start 2027.',
  },
  scbPopulation2024: {
    id: 'scb-folkmangd-2024',
    title: 'SCB: Folkmängd i riket, län och kommuner 31 december 2024 (via citypopulation.de)',
    url: 'https://www.scb.se/hitta-statistik/statistik-efter-amne/befolkning-och-levnadsforhallanden/befolkningens-sammansattning-och-utveckling/befolkningsstatistik/',
    note: 'Population of Värnamo, Gislaved, Gnosjö, Vaggeryd and Hylte municipalities.',
  },
  jonkopingStatistics: {
    id: 'jonkoping-befolkningsstatistik-2022',
    title: 'Jönköpings kommun: Befolkningsstatistik (folkmängd 31 december 2022, per kommundel)',
    url: 'https://www.jonkoping.se/kommunpolitik/kommunfakta/statistikochutredningar/befolkningsstatistik.4.74fef9ab15548f0b80090f.html',
    note: 'Jönköping municipality 145 114 (2022-12-31, SCB); kommundelar Jönköping 70 327 and Huskvarna 24 478, summed as the Jönköping commuter locality.',
  },
  wikipedia: {
    id: 'wikipedia-tatorter',
    title: 'Wikipedia (sv/en) locality articles, infoboxes citing SCB',
    url: 'https://sv.wikipedia.org/',
    note: 'Locality centres and populations marked W.',
  },
  trafikverket: {
    id: 'trafikverket-stationer',
    title: 'Trafikverket: railway station points',
    url: 'https://www.trafikverket.se/',
    note: 'Locality centres marked T (the station point).',
  },
  placeList: {
    id: 'ortslista-koordinater',
    title: 'Public list of Swedish place coordinates, checked against Wikipedia where possible',
    note: 'Locality centres and populations marked L.',
  },
  domainNotes: {
    id: 'ggvv-domain-notes',
    title: 'Public facts collected for this project: localities, sites, commuting norms',
    note: 'Collected public facts; the table of localities and the commuting figures (If 2014: 21.9 min mean one-way in Jönköping county).',
  },
  synthetic: {
    id: 'ggvv-synthetic',
    title: 'Synthetic, seeded generator scripts/generateData.ts (npm run generate-data)',
    note: 'People are synthetic; positions, sites placement and shares are modelling choices documented in data/README.md.',
  },
} as const satisfies Record<string, Source>;
