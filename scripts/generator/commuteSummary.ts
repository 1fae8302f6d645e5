import { distanceKmBetween } from '../../src/schema/geodesy';
import type { Person } from '../../src/schema/person';
import type { Site } from '../../src/schema/site';

/** Tuning model only (not the simulator's travel model): straight line × 1.3 at 60 km/h. */
export const TUNING_CIRCUITY = 1.3;
export const TUNING_SPEED_KMH = 60;

export interface CommuteSummary {
  people: number;
  meanStraightKm: number;
  medianStraightKm: number;
  meanTuningMinutes: number;
  shareUnder15Minutes: number;
  maxTuningMinutes: number;
}

/** Today's one-way commute of each person (home to today's site), summarised. */
export function commuteSummary(people: readonly Person[], sites: readonly Site[]): CommuteSummary {
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const km = people.map((p) => {
    const site = siteById.get(p.siteId);
    if (!site) throw new Error(`unknown site ${p.siteId}`);
    return distanceKmBetween(p.home.lat, p.home.lon, site.lat, site.lon);
  });
  const minutes = km.map((d) => ((d * TUNING_CIRCUITY) / TUNING_SPEED_KMH) * 60);
  const sorted = [...km].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  return {
    people: people.length,
    meanStraightKm: mean(km),
    medianStraightKm: median,
    meanTuningMinutes: mean(minutes),
    shareUnder15Minutes: minutes.filter((m) => m < 15).length / Math.max(1, minutes.length),
    maxTuningMinutes: Math.max(0, ...minutes),
  };
}
