import type { Municipality } from '../../src/schema/municipality';

/**
 * Municipalities and localities of the default dataset: public facts (SPEC §2, DOMAIN.md).
 * Locality shares are not written here: `localityShares` computes them from these populations.
 */
export const municipalities: Municipality[] = [
  {
    id: 'gislaved',
    scbCode: '0662',
    name: 'Gislaved',
    member: true,
    population: 28936,
    employees: 2700,
    itStaff: 19,
    pcs: 2600,
    servers: 175,
    networkDevices: 1500,
    serverRooms: 3,
    source: 'Pre-study table (figures); SCB 2024-12-31 (population)',
  },
  {
    id: 'gnosjo',
    scbCode: '0617',
    name: 'Gnosjö',
    member: true,
    population: 9131,
    employees: 850,
    itStaff: 10,
    pcs: 1300,
    servers: 110,
    networkDevices: 555,
    serverRooms: 3,
    source: 'Pre-study table (figures); SCB 2024-12-31 (population)',
  },
  {
    id: 'varnamo',
    scbCode: '0683',
    name: 'Värnamo',
    member: true,
    population: 34542,
    employees: 3100,
    itStaff: 25,
    pcs: 5000,
    servers: 280,
    networkDevices: 1950,
    serverRooms: 3,
    source: 'Pre-study table (figures); SCB 2024-12-31 (population)',
  },
  {
    id: 'vaggeryd',
    scbCode: '0665',
    name: 'Vaggeryd',
    member: true,
    population: 14825,
    employees: 1200,
    itStaff: 8,
    pcs: 2200,
    servers: 60,
    networkDevices: 750,
    serverRooms: 3,
    source: 'Pre-study table (figures); SCB 2024-12-31 (population)',
  },
  {
    id: 'hylte',
    scbCode: '1315',
    name: 'Hylte',
    member: false,
    population: 10196,
    employees: null,
    itStaff: null,
    pcs: null,
    servers: null,
    networkDevices: null,
    serverRooms: null,
    source: 'SCB 2024-12-31 (population); possible later member (took part in the 2024 study)',
  },
  {
    id: 'jonkoping',
    scbCode: '0680',
    name: 'Jönköping',
    member: false,
    population: 145114,
    employees: null,
    itStaff: null,
    pcs: null,
    servers: null,
    networkDevices: null,
    serverRooms: null,
    source: 'Jönköpings kommun, befolkningsstatistik: 145 114 on 2022-12-31 (SCB); commuter origin, not a member',
  },
];

/** A locality before its shares are computed. */
export interface LocalityFact {
  id: string;
  name: string;
  municipalityId: string;
  lat: number;
  lon: number;
  population: number;
  source: string;
}

/** W: Wikipedia infobox citing SCB; T: Trafikverket station point; L: public place list. */
export const localityFacts: LocalityFact[] = [
  { id: 'varnamo', name: 'Värnamo', municipalityId: 'varnamo', lat: 57.18167, lon: 14.05861, population: 19822, source: 'W (population 2020)' },
  { id: 'bor', name: 'Bor', municipalityId: 'varnamo', lat: 57.1178, lon: 14.1567, population: 1304, source: 'L (population 2020)' },
  { id: 'forsheda', name: 'Forsheda', municipalityId: 'varnamo', lat: 57.1633, lon: 13.8329, population: 1460, source: 'T (population 2020)' },
  { id: 'rydaholm', name: 'Rydaholm', municipalityId: 'varnamo', lat: 56.9872, lon: 14.3099, population: 1629, source: 'L (population 2020)' },
  { id: 'bredaryd', name: 'Bredaryd', municipalityId: 'varnamo', lat: 57.1765, lon: 13.7377, population: 1537, source: 'T (population 2020)' },
  { id: 'karda', name: 'Kärda', municipalityId: 'varnamo', lat: 57.1713, lon: 13.9214, population: 333, source: 'L (population 2020)' },
  { id: 'lanna', name: 'Lanna', municipalityId: 'varnamo', lat: 57.2235, lon: 13.7776, population: 354, source: 'L (population 2020)' },
  { id: 'horda', name: 'Horda', municipalityId: 'varnamo', lat: 57.0374, lon: 14.2582, population: 363, source: 'L (population 2020)' },
  { id: 'gislaved', name: 'Gislaved', municipalityId: 'gislaved', lat: 57.3, lon: 13.545, population: 10180, source: 'W, minute precision (population 2015)' },
  { id: 'anderstorp', name: 'Anderstorp', municipalityId: 'gislaved', lat: 57.2799, lon: 13.6344, population: 4987, source: 'W (population 2005)' },
  { id: 'smalandsstenar', name: 'Smålandsstenar', municipalityId: 'gislaved', lat: 57.1627, lon: 13.4116, population: 4553, source: 'L (population 2005)' },
  { id: 'reftele', name: 'Reftele', municipalityId: 'gislaved', lat: 57.175, lon: 13.595, population: 1313, source: 'W (population 2020)' },
  { id: 'hestra', name: 'Hestra', municipalityId: 'gislaved', lat: 57.44614, lon: 13.59429, population: 1387, source: 'W (population 2019)' },
  { id: 'burseryd', name: 'Burseryd', municipalityId: 'gislaved', lat: 57.20083, lon: 13.28528, population: 957, source: 'W (population 2020)' },
  { id: 'broaryd', name: 'Broaryd', municipalityId: 'gislaved', lat: 57.1202, lon: 13.2584, population: 277, source: 'L (population 2005)' },
  { id: 'skeppshult', name: 'Skeppshult', municipalityId: 'gislaved', lat: 57.1264, lon: 13.362, population: 389, source: 'L (population 2005)' },
  { id: 'gnosjo', name: 'Gnosjö', municipalityId: 'gnosjo', lat: 57.3585, lon: 13.735, population: 4528, source: 'T (population 2015)' },
  { id: 'hillerstorp', name: 'Hillerstorp', municipalityId: 'gnosjo', lat: 57.3156, lon: 13.8817, population: 1746, source: 'W (population 2015)' },
  { id: 'nissafors', name: 'Nissafors', municipalityId: 'gnosjo', lat: 57.4079, lon: 13.6371, population: 285, source: 'L (population 2010)' },
  { id: 'vaggeryd', name: 'Vaggeryd', municipalityId: 'vaggeryd', lat: 57.49389, lon: 14.13583, population: 5761, source: 'W (population 2023)' },
  { id: 'skillingaryd', name: 'Skillingaryd', municipalityId: 'vaggeryd', lat: 57.4289, lon: 14.092, population: 3965, source: 'L (population 2015)' },
  { id: 'hok', name: 'Hok', municipalityId: 'vaggeryd', lat: 57.5172, lon: 14.2744, population: 658, source: 'L (population 2015)' },
  { id: 'klevshult', name: 'Klevshult', municipalityId: 'vaggeryd', lat: 57.3552, lon: 14.1014, population: 266, source: 'L (population 2015)' },
  { id: 'hyltebruk', name: 'Hyltebruk', municipalityId: 'hylte', lat: 57.0, lon: 13.2417, population: 3986, source: 'W (population 2022)' },
  { id: 'torup', name: 'Torup', municipalityId: 'hylte', lat: 56.9535, lon: 13.0745, population: 1280, source: 'L (population 2022)' },
  { id: 'unnaryd', name: 'Unnaryd', municipalityId: 'hylte', lat: 56.9545, lon: 13.5285, population: 721, source: 'L (population 2022)' },
  {
    id: 'jonkoping',
    name: 'Jönköping',
    municipalityId: 'jonkoping',
    lat: 57.7815,
    lon: 14.1628,
    population: 94805,
    source: 'L (centre); population: kommundelar Jönköping 70 327 + Huskvarna 24 478, 2022-12-31, Jönköpings kommun',
  },
];

/**
 * The locality where each municipality's central administration sits (its town hall): it
 * gets the administration's extra share of employees and PCs. Vaggeryd's is in Skillingaryd.
 */
export const administrationLocality: Record<string, string> = {
  varnamo: 'varnamo',
  gislaved: 'gislaved',
  gnosjo: 'gnosjo',
  vaggeryd: 'skillingaryd',
  hylte: 'hyltebruk',
  jonkoping: 'jonkoping',
};
