/**
 * Titles of today's municipal IT departments, with the competence profile, today's function
 * and workplace, salary band and on-site pattern that go with each (modelling choices,
 * data/README.md). Levels 0–4; a profile's primary competences are its 3s.
 */
export interface TitleProfile {
  title: string;
  functionId: string;
  /** Today's workplace within the municipality. */
  site: 'it-office' | 'town-hall' | 'server-room';
  /** Typical levels for someone with a few years in the job. */
  levels: Readonly<Record<string, number>>;
  /** Monthly salary band, SEK (2027 level). */
  salary: readonly [number, number];
  onSiteDays: readonly [number, number];
  /** How likely a holder has security clearance today, 0–1 (ranked, not drawn). */
  clearanceAffinity: number;
  /** Holders may fall under the workers' agreement (arbetare) rather than the salaried one. */
  mayBeWorker: boolean;
  /** Age range at the reference date. */
  ages: readonly [number, number];
}

export const titleProfiles = {
  'it-chef': {
    title: 'IT-chef',
    functionId: 'head-office',
    site: 'town-hall',
    levels: {
      leadership: 3,
      'finance-procurement': 2,
      architecture: 2,
      'project-management': 2,
      'information-security': 2,
      'servers-virtualisation': 1,
      'lifecycle-licences': 1,
    },
    salary: [58000, 70000],
    onSiteDays: [4, 5],
    clearanceAffinity: 0.9,
    mayBeWorker: false,
    ages: [40, 63],
  },
  'it-strateg': {
    title: 'IT-strateg',
    functionId: 'head-office',
    site: 'town-hall',
    levels: {
      architecture: 3,
      'project-management': 2,
      leadership: 2,
      'information-security': 1,
      'databases-integration': 1,
      'finance-procurement': 1,
    },
    salary: [50000, 62000],
    onSiteDays: [3, 4],
    clearanceAffinity: 0.3,
    mayBeWorker: false,
    ages: [32, 63],
  },
  'it-arkitekt': {
    title: 'IT-arkitekt',
    functionId: 'head-office',
    site: 'it-office',
    levels: {
      architecture: 3,
      'databases-integration': 2,
      'servers-virtualisation': 2,
      'identity-access': 2,
      'project-management': 1,
      leadership: 1,
    },
    salary: [50000, 62000],
    onSiteDays: [3, 4],
    clearanceAffinity: 0.4,
    mayBeWorker: false,
    ages: [32, 63],
  },
  'it-samordnare': {
    title: 'IT-samordnare',
    functionId: 'head-office',
    site: 'it-office',
    levels: {
      'project-management': 3,
      'service-desk': 2,
      'lifecycle-licences': 2,
      leadership: 2,
      'finance-procurement': 1,
      'digital-workplace': 1,
    },
    salary: [42000, 52000],
    onSiteDays: [4, 5],
    clearanceAffinity: 0.1,
    mayBeWorker: false,
    ages: [28, 63],
  },
  infosec: {
    title: 'Informationssäkerhetssamordnare',
    functionId: 'security',
    site: 'town-hall',
    levels: {
      'information-security': 3,
      'protective-security': 2,
      'identity-access': 1,
      leadership: 2,
      'project-management': 1,
    },
    salary: [46000, 58000],
    onSiteDays: [3, 4],
    clearanceAffinity: 1,
    mayBeWorker: false,
    ages: [30, 63],
  },
  'it-sakerhet': {
    title: 'IT-säkerhetstekniker',
    functionId: 'security',
    site: 'it-office',
    levels: {
      'information-security': 3,
      network: 2,
      'servers-virtualisation': 2,
      'identity-access': 2,
      'protective-security': 1,
    },
    salary: [42000, 54000],
    onSiteDays: [3, 4],
    clearanceAffinity: 0.9,
    mayBeWorker: false,
    ages: [26, 63],
  },
  behorighet: {
    title: 'Behörighetsadministratör',
    functionId: 'security',
    site: 'it-office',
    levels: { 'identity-access': 3, 'information-security': 1, 'digital-workplace': 2, 'service-desk': 1 },
    salary: [38000, 47000],
    onSiteDays: [3, 4],
    clearanceAffinity: 0.4,
    mayBeWorker: false,
    ages: [25, 63],
  },
  natverk: {
    title: 'Nätverkstekniker',
    functionId: 'infrastructure',
    site: 'it-office',
    levels: { network: 3, 'information-security': 1, datacenter: 1, 'servers-virtualisation': 1 },
    salary: [38000, 52000],
    onSiteDays: [3, 5],
    clearanceAffinity: 0.7,
    mayBeWorker: false,
    ages: [24, 64],
  },
  system: {
    title: 'Systemtekniker',
    functionId: 'infrastructure',
    site: 'it-office',
    levels: {
      'servers-virtualisation': 3,
      'storage-backup': 2,
      'identity-access': 2,
      network: 1,
      'databases-integration': 1,
    },
    salary: [38000, 52000],
    onSiteDays: [3, 5],
    clearanceAffinity: 0.6,
    mayBeWorker: false,
    ages: [24, 64],
  },
  drift: {
    title: 'Drifttekniker',
    functionId: 'infrastructure',
    site: 'server-room',
    levels: { datacenter: 3, 'storage-backup': 3, 'servers-virtualisation': 2, network: 1 },
    salary: [37000, 48000],
    onSiteDays: [4, 5],
    clearanceAffinity: 0.8,
    mayBeWorker: false,
    ages: [24, 64],
  },
  systemforvaltare: {
    title: 'Systemförvaltare',
    functionId: 'infrastructure',
    site: 'it-office',
    levels: { 'databases-integration': 3, 'servers-virtualisation': 1, 'project-management': 1, 'service-desk': 1 },
    salary: [40000, 50000],
    onSiteDays: [3, 4],
    clearanceAffinity: 0.1,
    mayBeWorker: false,
    ages: [26, 64],
  },
  servicedesk: {
    title: 'Servicedesktekniker',
    functionId: 'service-desk',
    site: 'it-office',
    levels: { 'service-desk': 3, 'digital-workplace': 2, 'endpoint-management': 1, 'identity-access': 1 },
    salary: [32000, 40000],
    onSiteDays: [4, 5],
    clearanceAffinity: 0,
    mayBeWorker: false,
    ages: [23, 64],
  },
  support: {
    title: 'Supporttekniker',
    functionId: 'service-desk',
    site: 'it-office',
    levels: { 'service-desk': 3, 'endpoint-management': 2, 'digital-workplace': 2, network: 1 },
    salary: [34000, 43000],
    onSiteDays: [4, 5],
    clearanceAffinity: 0,
    mayBeWorker: false,
    ages: [23, 64],
  },
  m365: {
    title: 'M365-specialist',
    functionId: 'workplace',
    site: 'it-office',
    levels: { 'digital-workplace': 3, 'identity-access': 2, 'endpoint-management': 1, 'service-desk': 1 },
    salary: [42000, 52000],
    onSiteDays: [3, 4],
    clearanceAffinity: 0.1,
    mayBeWorker: false,
    ages: [25, 60],
  },
  klient: {
    title: 'Klienttekniker',
    functionId: 'workplace',
    site: 'it-office',
    levels: { 'endpoint-management': 3, 'digital-workplace': 2, 'service-desk': 2, 'lifecycle-licences': 1 },
    salary: [36000, 46000],
    onSiteDays: [4, 5],
    clearanceAffinity: 0,
    mayBeWorker: false,
    ages: [23, 64],
  },
  'skol-it': {
    title: 'Skol-IT-tekniker',
    functionId: 'workplace',
    site: 'it-office',
    levels: { 'school-it': 3, 'endpoint-management': 2, 'service-desk': 2, 'digital-workplace': 1 },
    salary: [33000, 42000],
    onSiteDays: [4, 5],
    clearanceAffinity: 0,
    mayBeWorker: true,
    ages: [23, 64],
  },
  licens: {
    title: 'Licens- och avtalsadministratör',
    functionId: 'workplace',
    site: 'it-office',
    levels: { 'lifecycle-licences': 3, 'finance-procurement': 2, 'digital-workplace': 1, 'project-management': 1 },
    salary: [38000, 48000],
    onSiteDays: [3, 4],
    clearanceAffinity: 0,
    mayBeWorker: false,
    ages: [28, 64],
  },
  'it-tekniker': {
    title: 'IT-tekniker',
    functionId: 'field-service',
    site: 'it-office',
    levels: { 'service-desk': 2, 'endpoint-management': 2, 'school-it': 1, network: 1, 'digital-workplace': 1 },
    salary: [33000, 42000],
    onSiteDays: [5, 5],
    clearanceAffinity: 0,
    mayBeWorker: true,
    ages: [23, 64],
  },
} as const satisfies Record<string, TitleProfile>;

export type TitleKey = keyof typeof titleProfiles;

/** Today's departments: how many of each title per member municipality (19/10/25/8). */
export const rosters: Readonly<Record<string, readonly (readonly [TitleKey, number])[]>> = {
  gislaved: [
    ['it-chef', 1],
    ['it-arkitekt', 1],
    ['infosec', 1],
    ['natverk', 2],
    ['system', 3],
    ['drift', 1],
    ['systemforvaltare', 1],
    ['servicedesk', 3],
    ['support', 1],
    ['m365', 1],
    ['klient', 1],
    ['skol-it', 1],
    ['it-tekniker', 2],
  ],
  gnosjo: [
    ['it-chef', 1],
    ['it-samordnare', 1],
    ['natverk', 1],
    ['system', 2],
    ['it-sakerhet', 1],
    ['servicedesk', 2],
    ['skol-it', 1],
    ['it-tekniker', 1],
  ],
  varnamo: [
    ['it-chef', 1],
    ['it-strateg', 1],
    ['infosec', 1],
    ['licens', 1],
    ['natverk', 3],
    ['system', 3],
    ['drift', 1],
    ['systemforvaltare', 1],
    ['behorighet', 1],
    ['servicedesk', 3],
    ['support', 2],
    ['m365', 1],
    ['klient', 1],
    ['skol-it', 2],
    ['it-tekniker', 3],
  ],
  vaggeryd: [
    ['it-chef', 1],
    ['natverk', 1],
    ['system', 1],
    ['drift', 1],
    ['servicedesk', 2],
    ['skol-it', 1],
    ['it-tekniker', 1],
  ],
};

/**
 * Hylte's department if it joins (assumption, data/README.md): ten people, like Gnosjö's in
 * size, with a monitoring technician for its server rooms and two field technicians.
 */
export const candidateRosters: Readonly<Record<string, readonly (readonly [TitleKey, number])[]>> = {
  hylte: [
    ['it-chef', 1],
    ['natverk', 1],
    ['system', 1],
    ['drift', 1],
    ['servicedesk', 2],
    ['support', 1],
    ['skol-it', 1],
    ['it-tekniker', 2],
  ],
};

/** Order in which the member municipalities' people are numbered p001 … p062. */
export const employerOrder = ['gislaved', 'gnosjo', 'varnamo', 'vaggeryd'] as const;

/**
 * Where each employer's staff live, as shares by home municipality (modelling choice tuned
 * to the county's commuting: most live in the municipality they work in; Vaggeryd, on the E4,
 * draws most from Jönköping). Counts are allocated by largest remainder, so every seed gives
 * the same numbers per home municipality; the seed picks who.
 */
export const homeMunicipalityShares: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  gislaved: { gislaved: 0.74, gnosjo: 0.06, varnamo: 0.05, hylte: 0.1, jonkoping: 0.05 },
  gnosjo: { gnosjo: 0.62, gislaved: 0.18, varnamo: 0.14, jonkoping: 0.06 },
  varnamo: { varnamo: 0.78, gnosjo: 0.04, gislaved: 0.04, vaggeryd: 0.06, jonkoping: 0.06, hylte: 0.02 },
  vaggeryd: { vaggeryd: 0.62, jonkoping: 0.16, varnamo: 0.16, gnosjo: 0.06 },
  // Hylte lies at the region's western edge: its staff live in Hylte or nearby in Gislaved
  // (Smålandsstenar, Burseryd); homes in Halland outside the region are not modelled.
  hylte: { hylte: 0.8, gislaved: 0.2 },
};
