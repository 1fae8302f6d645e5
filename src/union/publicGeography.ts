import municipalities from '../../data/municipalities.geojson?raw';
import publicMapText from '../../data/public-map.json?raw';
import { fixedAreasSchema, type FixedAreas } from '../schema/fixedAreas';
import { publicMapSchema, type PublicMap } from '../schema/publicMap';

/**
 * The public geography the union page draws: the municipal boundaries (see data/README.md) and
 * the towns and main roads of `public-map.json` (see docs/map.md, "Public geography"). The only
 * parts of the data folder the union page carries; they hold nothing about people, sites or staff.
 */
export const publicAreas: FixedAreas = fixedAreasSchema.parse(JSON.parse(municipalities));
export const publicMap: PublicMap = publicMapSchema.parse(JSON.parse(publicMapText));
