import type { GeoProjection } from 'd3-geo';
import type { LonLatRing } from '../../engine/map/isochrones';
import type { SiteRole } from '../../engine/scenario/scenarioSites';
import type { SiteKind } from '../../schema/site';

/** How a site is drawn: its main role in the scenario. */
export type SiteSymbol = 'head-office' | 'hub' | 'service-point' | 'data-centre' | 'server-room' | 'unused';

export const SYMBOL_ORDER: readonly SiteSymbol[] = [
  'head-office',
  'hub',
  'service-point',
  'data-centre',
  'server-room',
  'unused',
];

/** Okabe–Ito colours, each with its own shape (never colour alone). */
export const SYMBOL_COLOUR: Record<SiteSymbol, string> = {
  'head-office': '#d55e00',
  hub: '#0072b2',
  'service-point': '#009e73',
  'data-centre': '#e69f00',
  'server-room': '#cc79a7',
  unused: '#555555',
};

export function siteSymbol(role: SiteRole | undefined, kind: SiteKind): SiteSymbol {
  if (role?.dataCentre) return 'data-centre';
  if (role?.headOffice) return 'head-office';
  if (role && role.functions.length > 0) return 'hub';
  if (role && role.servicePointFor.length > 0) return 'service-point';
  if (kind === 'server-room' || kind === 'datacenter') return 'server-room';
  return 'unused';
}

/** An SVG path of the symbol centred on (0, 0), about `size` across. */
export function symbolPath(symbol: SiteSymbol, size: number): string {
  const r = size / 2;
  switch (symbol) {
    case 'head-office': {
      const points: string[] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.25 : r * 0.55;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push(`${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`);
      }
      return `M${points.join('L')}Z`;
    }
    case 'hub':
      return `M${-r},${-r}H${r}V${r}H${-r}Z`;
    case 'service-point':
      return `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}Z`;
    case 'server-room':
      return `M0,${-r * 1.2}L${r},0L0,${r * 1.2}L${-r},0Z`;
    case 'data-centre': {
      // A hexagon: the scenario's data centre.
      const points: string[] = [];
      for (let i = 0; i < 6; i++) {
        const angle = (i * Math.PI) / 3;
        points.push(`${(r * 1.2 * Math.cos(angle)).toFixed(2)},${(r * 1.2 * Math.sin(angle)).toFixed(2)}`);
      }
      return `M${points.join('L')}Z`;
    }
    case 'unused':
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
  }
}

/**
 * SVG path data of polygons (outer ring, then holes) projected to the screen; drawn with
 * `fill-rule: evenodd`, so the rings' winding does not matter.
 */
export function ringsPath(polygons: readonly (readonly LonLatRing[])[], projection: GeoProjection): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const projected = ring
        .map(([lon, lat]) => projection([lon, lat]))
        .filter((p): p is [number, number] => p !== null);
      if (projected.length < 3) continue;
      parts.push(`M${projected.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`);
    }
  }
  return parts.join('');
}

/** A round scale-bar length (km) no longer than `maxUnits` screen units. */
export function scaleBarKm(kmPerUnit: number, maxUnits: number): number {
  const steps = [0.5, 1, 2, 5, 10, 20, 50, 100];
  const fits = steps.filter((km) => km / kmPerUnit <= maxUnits);
  return fits[fits.length - 1] ?? steps[0]!;
}
