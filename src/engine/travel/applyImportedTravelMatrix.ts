import type { TravelParameters } from '../../schema/travelParameters';
import type { ImportedTravelMatrix } from '../../schema/travelMatrix';
import { greatCircleKm } from './greatCircleKm';
import { TRAVEL_SOURCE_MATRIX } from './travelSource';
import type { TravelPlace, TravelWarning } from './travelModel';

interface MatrixCells {
  minutes: Float64Array;
  km: Float64Array;
  source: Uint8Array;
}

/**
 * Overwrites the model's cells with an imported matrix wherever it covers the pair. OSRM
 * waypoints match a home or site within `matrixMatchMetres` (the nearest wins); a plain matrix
 * matches by id. Unmatched places keep the model's figures, with a warning. Without distances in
 * the file, the model's km stay beside the imported minutes (warned once).
 * Mutates `cells`, which the caller (`travelMatrix`) has just created.
 */
export function applyImportedTravelMatrix(
  imported: ImportedTravelMatrix,
  origins: readonly TravelPlace[],
  destinations: readonly TravelPlace[],
  params: TravelParameters,
  cells: MatrixCells,
  warnings: TravelWarning[],
): void {
  let originRows: Int32Array;
  let destinationColumns: Int32Array;
  let cellMinutes: (row: number, column: number) => number | null;
  let cellKm: ((row: number, column: number) => number | null) | null;

  if (imported.kind === 'osrm') {
    const { table } = imported;
    const maxKm = params.matrixMatchMetres / 1000;
    originRows = matchByLocation(origins, table.sources, maxKm);
    destinationColumns = matchByLocation(destinations, table.destinations, maxKm);
    cellMinutes = (r, c) => {
      const seconds = table.durations[r]?.[c];
      return seconds === null || seconds === undefined ? null : seconds / 60;
    };
    const distances = table.distances;
    cellKm =
      distances === undefined
        ? null
        : (r, c) => {
            const metres = distances[r]?.[c];
            return metres === null || metres === undefined ? null : metres / 1000;
          };
  } else {
    const { matrix } = imported;
    originRows = matchById(origins, matrix.origins);
    destinationColumns = matchById(destinations, matrix.destinations);
    cellMinutes = (r, c) => matrix.minutes[r]?.[c] ?? null;
    const kmRows = matrix.km;
    cellKm = kmRows === undefined ? null : (r, c) => kmRows[r]?.[c] ?? null;
  }

  origins.forEach((origin, i) => {
    if ((originRows[i] ?? -1) < 0) {
      warnings.push({ code: 'matrix-origin-unmatched', params: { id: origin.id, lat: origin.lat, lon: origin.lon } });
    }
  });
  destinations.forEach((destination, j) => {
    if ((destinationColumns[j] ?? -1) < 0) {
      warnings.push({
        code: 'matrix-destination-unmatched',
        params: { id: destination.id, lat: destination.lat, lon: destination.lon },
      });
    }
  });
  if (cellKm === null) warnings.push({ code: 'matrix-no-distances', params: {} });

  const destinationCount = destinations.length;
  for (let i = 0; i < origins.length; i++) {
    const row = originRows[i] ?? -1;
    if (row < 0) continue;
    for (let j = 0; j < destinationCount; j++) {
      const column = destinationColumns[j] ?? -1;
      if (column < 0) continue;
      const minutes = cellMinutes(row, column);
      if (minutes === null) {
        warnings.push({
          code: 'matrix-pair-missing',
          params: { originId: (origins[i] as TravelPlace).id, destinationId: (destinations[j] as TravelPlace).id },
        });
        continue;
      }
      const cell = i * destinationCount + j;
      cells.minutes[cell] = minutes;
      const km = cellKm === null ? null : cellKm(row, column);
      if (km !== null) cells.km[cell] = km;
      cells.source[cell] = TRAVEL_SOURCE_MATRIX;
    }
  }
}

/** For each place, the index of the nearest waypoint within `maxKm`, or -1. */
function matchByLocation(
  places: readonly TravelPlace[],
  waypoints: readonly { location: readonly [number, number] }[],
  maxKm: number,
): Int32Array {
  const match = new Int32Array(places.length).fill(-1);
  places.forEach((place, i) => {
    let bestKm = maxKm;
    waypoints.forEach((waypoint, w) => {
      const [lon, lat] = waypoint.location;
      const distanceKm = greatCircleKm(place.lat, place.lon, lat, lon);
      if (distanceKm <= bestKm) {
        bestKm = distanceKm;
        match[i] = w;
      }
    });
  });
  return match;
}

function matchById(places: readonly TravelPlace[], entries: readonly { id: string }[]): Int32Array {
  const index = new Map(entries.map((entry, k) => [entry.id, k]));
  return Int32Array.from(places, (place) => index.get(place.id) ?? -1);
}
