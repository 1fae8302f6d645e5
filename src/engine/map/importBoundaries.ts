import { boundariesSchema, BOUNDARY_NAME_FIELDS, type BoundaryGeometry } from '../../schema/boundaries';
import type { LonLatRing } from './isochrones';

/** One municipality's official outline: polygons, each an outer ring then its holes. */
export interface MunicipalityBoundary {
  readonly municipalityId: string;
  readonly polygons: readonly (readonly LonLatRing[])[];
}

export type BoundaryIssueCode = 'not-json' | 'invalid' | 'unknown-municipality' | 'no-name';

/** A problem in the file: which feature (1-based, null for the whole file) and which field. */
export interface BoundaryIssue {
  readonly code: BoundaryIssueCode;
  readonly feature: number | null;
  readonly field: string;
  readonly detail: string;
}

export type BoundaryImport = { ok: true; boundaries: MunicipalityBoundary[] } | { ok: false; issues: BoundaryIssue[] };

/**
 * Reads a GeoJSON file of municipality boundaries and matches each feature to a municipality by
 * id or name (case-insensitive). All or nothing: any problem rejects the whole file, so the
 * boundaries in use are never partly replaced.
 */
export function importBoundaries(
  text: string,
  municipalities: readonly { id: string; name: string }[],
): BoundaryImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [{ code: 'not-json', feature: null, field: '', detail: error instanceof Error ? error.message : '' }],
    };
  }
  const parsed = boundariesSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.slice(0, 10).map((issue) => {
        const [first, index, ...rest] = issue.path;
        const inFeature = first === 'features' && typeof index === 'number';
        return {
          code: 'invalid' as const,
          feature: inFeature ? index + 1 : null,
          field: (inFeature ? rest : issue.path).map(String).join('.'),
          detail: issue.message,
        };
      }),
    };
  }
  const byKey = new Map<string, string>();
  for (const m of municipalities) {
    byKey.set(m.id.toLowerCase(), m.id);
    byKey.set(m.name.toLowerCase(), m.id);
  }
  const issues: BoundaryIssue[] = [];
  const polygonsOf = new Map<string, (readonly LonLatRing[])[]>();
  parsed.data.features.forEach((feature, i) => {
    const named = BOUNDARY_NAME_FIELDS.map((field) => ({ field, value: feature.properties[field] })).filter(
      (p): p is { field: (typeof BOUNDARY_NAME_FIELDS)[number]; value: string | number } =>
        typeof p.value === 'string' || typeof p.value === 'number',
    );
    if (named.length === 0) {
      issues.push({ code: 'no-name', feature: i + 1, field: 'properties', detail: BOUNDARY_NAME_FIELDS.join(', ') });
      return;
    }
    const match = named.map((p) => byKey.get(String(p.value).trim().toLowerCase())).find((id) => id !== undefined);
    if (match === undefined) {
      issues.push({
        code: 'unknown-municipality',
        feature: i + 1,
        field: `properties.${named[0]!.field}`,
        detail: String(named[0]!.value),
      });
      return;
    }
    const list = polygonsOf.get(match) ?? [];
    list.push(...polygonsOfGeometry(feature.geometry));
    polygonsOf.set(match, list);
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, boundaries: [...polygonsOf].map(([municipalityId, polygons]) => ({ municipalityId, polygons })) };
}

export function polygonsOfGeometry(geometry: BoundaryGeometry): (readonly LonLatRing[])[] {
  const toRing = (ring: number[][]): LonLatRing => ring.map((p) => [p[0]!, p[1]!] as const);
  return geometry.type === 'Polygon'
    ? [geometry.coordinates.map(toRing)]
    : geometry.coordinates.map((polygon) => polygon.map(toRing));
}
