import { describe, expect, it } from 'vitest';
import { scaleBarKm, siteSymbol, spreadOverlapping, tint } from '../../../src/ui/map/mapGeometry';

describe('map geometry helpers', () => {
  it('spreads sites at one spot apart and leaves lone sites where they are', () => {
    const offsets = spreadOverlapping(
      [
        [100, 100],
        [100.5, 100],
        [300, 300],
      ],
      10,
    );
    expect(offsets[2]).toEqual([0, 0]);
    const a = [100 + offsets[0]![0], 100 + offsets[0]![1]];
    const b = [100.5 + offsets[1]![0], 100 + offsets[1]![1]];
    expect(Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)).toBeGreaterThan(15);
  });

  it('picks the main role of a site for its symbol', () => {
    const role = (patch: object) => ({ siteId: 's', headOffice: false, functions: [], servicePointFor: [], ...patch });
    expect(siteSymbol(role({ headOffice: true, functions: ['head-office'], servicePointFor: ['a'] }), 'town-hall')).toBe('head-office');
    expect(siteSymbol(role({ functions: ['security'] }), 'it-office')).toBe('hub');
    expect(siteSymbol(role({ servicePointFor: ['a'] }), 'server-room')).toBe('service-point');
    expect(siteSymbol(role({}), 'server-room')).toBe('server-room');
    expect(siteSymbol(role({}), 'town-hall')).toBe('unused');
  });

  it('tints towards white and chooses a round scale bar that fits', () => {
    expect(tint('#000000', 0)).toBe('#ffffff');
    expect(tint('#0072b2', 1)).toBe('#0072b2');
    expect(scaleBarKm(0.1, 120)).toBe(10);
    expect(scaleBarKm(0.1, 250)).toBe(20);
  });
});
