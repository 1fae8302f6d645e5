import municipalities from '../../data/municipalities.geojson?raw';
import { fixedAreasSchema, type FixedAreas } from '../schema/fixedAreas';

/**
 * The public geography the union page draws: the municipal boundaries (see data/README.md).
 * The only part of the data folder the union page carries; it holds nothing about people.
 */
export const publicAreas: FixedAreas = fixedAreasSchema.parse(JSON.parse(municipalities));
