import roads from '../../../data/roads.json';
import municipalitiesGeojson from '../../../data/municipalities.geojson?raw';
import { datasetBoundaries, type BoundaryMunicipality } from '../../engine/map/datasetBoundaries';
import type { MunicipalityBoundary } from '../../engine/map/importBoundaries';
import { roadLines, type RoadLine } from '../../engine/map/roadLines';
import { roadGraphSchema } from '../../schema/roadGraph';

/**
 * The default data folder's map files, bundled at build time (no network at run time):
 * `municipalities.geojson` (the base layer) and `roads.json` (the road graph the travel model
 * uses too). Parsed once, on first use, and validated like every input.
 */
let parsedGeojson: unknown;
let lines: RoadLine[] | null = null;

/** The bundled boundaries of the dataset's municipalities, or null when they do not cover its members (see `datasetBoundaries`). */
export function bundledBoundaries(municipalities: readonly BoundaryMunicipality[]): MunicipalityBoundary[] | null {
  if (parsedGeojson === undefined) {
    try {
      parsedGeojson = JSON.parse(municipalitiesGeojson) as unknown;
    } catch {
      parsedGeojson = null;
    }
  }
  return datasetBoundaries(parsedGeojson, municipalities);
}

/** The bundled road graph's sections with their road numbers (empty if the file were invalid). */
export function bundledRoads(): RoadLine[] {
  if (lines === null) {
    const graph = roadGraphSchema.safeParse(roads);
    lines = graph.success ? roadLines(graph.data) : [];
  }
  return lines;
}
