import type { Site } from '../../src/schema/site';

/**
 * Candidate workplaces. The town halls stand in the towns' centres (DOMAIN.md: the centre is a
 * fair approximation); where today's IT departments and the three server rooms per member
 * municipality sit is not public, so they are placed plausibly in the municipality's towns.
 * Every site is `approximate: true`. Desk capacities are modelling choices (data/README.md).
 */
const site = (
  id: string,
  name: string,
  municipalityId: string,
  localityId: string,
  lat: number,
  lon: number,
  kind: Site['kind'],
  deskCapacity: number,
  source: string,
): Site => ({ id, name, municipalityId, localityId, lat, lon, kind, deskCapacity, approximate: true, source });

const TOWN_HALL = 'Town centre (DOMAIN.md: head office in the main town); exact building position not sourced';
const IT_OFFICE = "Today's IT department, placed plausibly in the town hall's town; not sourced";
const SERVER_ROOM = 'Pre-study: three server rooms per municipality; location not public, placed plausibly';

export const sites: Site[] = [
  site('varnamo-stadshus', 'Värnamo stadshus', 'varnamo', 'varnamo', 57.18167, 14.05861, 'town-hall', 60, TOWN_HALL),
  site(
    'varnamo-it-kontor',
    'IT-avdelningen Värnamo',
    'varnamo',
    'varnamo',
    57.1845,
    14.052,
    'it-office',
    30,
    IT_OFFICE,
  ),
  site(
    'varnamo-serverrum-1',
    'Serverrum 1, stadshuset Värnamo',
    'varnamo',
    'varnamo',
    57.18167,
    14.05861,
    'server-room',
    2,
    SERVER_ROOM,
  ),
  site(
    'varnamo-serverrum-2',
    'Serverrum 2, gymnasieskola Värnamo',
    'varnamo',
    'varnamo',
    57.188,
    14.047,
    'server-room',
    1,
    SERVER_ROOM,
  ),
  site(
    'varnamo-serverrum-3',
    'Serverrum 3, driftdepå Värnamo',
    'varnamo',
    'varnamo',
    57.17,
    14.075,
    'server-room',
    2,
    SERVER_ROOM,
  ),

  site('gislaved-kommunhus', 'Gislaveds kommunhus', 'gislaved', 'gislaved', 57.3, 13.545, 'town-hall', 40, TOWN_HALL),
  site(
    'gislaved-it-kontor',
    'IT-avdelningen Gislaved',
    'gislaved',
    'gislaved',
    57.302,
    13.54,
    'it-office',
    24,
    IT_OFFICE,
  ),
  site(
    'gislaved-serverrum-1',
    'Serverrum 1, kommunhuset Gislaved',
    'gislaved',
    'gislaved',
    57.3,
    13.545,
    'server-room',
    2,
    SERVER_ROOM,
  ),
  site(
    'gislaved-serverrum-2',
    'Serverrum 2, gymnasieskola Gislaved',
    'gislaved',
    'gislaved',
    57.296,
    13.535,
    'server-room',
    1,
    SERVER_ROOM,
  ),
  site(
    'gislaved-serverrum-3',
    'Serverrum 3, Anderstorp',
    'gislaved',
    'anderstorp',
    57.2799,
    13.6344,
    'server-room',
    1,
    SERVER_ROOM,
  ),

  site('gnosjo-kommunhus', 'Gnosjö kommunhus', 'gnosjo', 'gnosjo', 57.3585, 13.735, 'town-hall', 30, TOWN_HALL),
  site('gnosjo-it-kontor', 'IT-avdelningen Gnosjö', 'gnosjo', 'gnosjo', 57.3595, 13.738, 'it-office', 14, IT_OFFICE),
  site(
    'gnosjo-serverrum-1',
    'Serverrum 1, kommunhuset Gnosjö',
    'gnosjo',
    'gnosjo',
    57.3585,
    13.735,
    'server-room',
    2,
    SERVER_ROOM,
  ),
  site(
    'gnosjo-serverrum-2',
    'Serverrum 2, skola Gnosjö',
    'gnosjo',
    'gnosjo',
    57.356,
    13.73,
    'server-room',
    1,
    SERVER_ROOM,
  ),
  site(
    'gnosjo-serverrum-3',
    'Serverrum 3, Hillerstorp',
    'gnosjo',
    'hillerstorp',
    57.3156,
    13.8817,
    'server-room',
    1,
    SERVER_ROOM,
  ),

  site(
    'vaggeryd-kommunhus',
    'Vaggeryds kommunhus, Skillingaryd',
    'vaggeryd',
    'skillingaryd',
    57.4289,
    14.092,
    'town-hall',
    30,
    TOWN_HALL,
  ),
  site(
    'vaggeryd-it-kontor',
    'IT-avdelningen Vaggeryd, Skillingaryd',
    'vaggeryd',
    'skillingaryd',
    57.43,
    14.095,
    'it-office',
    12,
    IT_OFFICE,
  ),
  site(
    'vaggeryd-serverrum-1',
    'Serverrum 1, kommunhuset Skillingaryd',
    'vaggeryd',
    'skillingaryd',
    57.4289,
    14.092,
    'server-room',
    2,
    SERVER_ROOM,
  ),
  site(
    'vaggeryd-serverrum-2',
    'Serverrum 2, Vaggeryd',
    'vaggeryd',
    'vaggeryd',
    57.496,
    14.14,
    'server-room',
    1,
    SERVER_ROOM,
  ),
  site(
    'vaggeryd-serverrum-3',
    'Serverrum 3, skola Skillingaryd',
    'vaggeryd',
    'skillingaryd',
    57.427,
    14.087,
    'server-room',
    1,
    SERVER_ROOM,
  ),

  site(
    'hylte-kommunhus',
    'Hylte kommunhus, Hyltebruk',
    'hylte',
    'hyltebruk',
    57.0,
    13.2417,
    'town-hall',
    30,
    TOWN_HALL,
  ),
];

/** Today's IT office of each member municipality: where its IT staff work now. */
export const itOfficeOf: Record<string, string> = {
  varnamo: 'varnamo-it-kontor',
  gislaved: 'gislaved-it-kontor',
  gnosjo: 'gnosjo-it-kontor',
  vaggeryd: 'vaggeryd-it-kontor',
};

export const townHallOf: Record<string, string> = {
  varnamo: 'varnamo-stadshus',
  gislaved: 'gislaved-kommunhus',
  gnosjo: 'gnosjo-kommunhus',
  vaggeryd: 'vaggeryd-kommunhus',
  hylte: 'hylte-kommunhus',
};

export const firstServerRoomOf: Record<string, string> = {
  varnamo: 'varnamo-serverrum-1',
  gislaved: 'gislaved-serverrum-1',
  gnosjo: 'gnosjo-serverrum-1',
  vaggeryd: 'vaggeryd-serverrum-1',
};
