import { z } from 'zod';

/**
 * Parameters of the travel model (docs/travel.md). Every one has a default; the UI
 * explains each. Owned by the travel model: refine here, not in the scenario schema.
 */
export const travelParametersSchema = z.object({
  /** Which model produces travel times where no imported matrix covers a pair. */
  model: z.enum(['road-graph', 'fallback']).default('road-graph'),
  /** Access leg from a point (home, site) to the road graph: straight line × this factor. */
  accessCircuity: z.number().min(1).max(3).default(1.3),
  /** Average speed on the access leg (local streets), km/h. */
  accessSpeedKmh: z.number().positive().max(130).default(35),
  /** How many of the nearest road nodes an access leg may lead to. */
  accessNodeCount: z.number().int().min(1).max(10).default(3),
  /** A point farther than this (straight line) from every road node is off the graph: fallback. */
  maxAccessKm: z.number().positive().max(200).default(25),
  /** Fallback model: great-circle distance × this factor. */
  fallbackCircuity: z.number().min(1).max(3).default(1.35),
  /** Fallback model: average speed, km/h. */
  fallbackSpeedKmh: z.number().positive().max(130).default(65),
  /** Fallback model: fixed minutes added to every trip (parking, start and stop). */
  fallbackOverheadMinutes: z.number().min(0).max(60).default(3),
  /** An imported matrix's waypoint matches a home or site within this distance, metres. */
  matrixMatchMetres: z.number().positive().max(10_000).default(500),
});
export type TravelParameters = z.infer<typeof travelParametersSchema>;
