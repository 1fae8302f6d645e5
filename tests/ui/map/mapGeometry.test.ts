import { describe, expect, it } from 'vitest';
import { scaleBarKm, siteSymbol } from '../../../src/ui/map/mapGeometry';

describe('map geometry helpers', () => {
  it('picks the main role of a site for its symbol', () => {
    const role = (patch: object) => ({ siteId: 's', headOffice: false, functions: [], servicePointFor: [], ...patch });
    expect(
      siteSymbol(role({ headOffice: true, functions: ['head-office'], servicePointFor: ['a'] }), 'town-hall'),
    ).toBe('head-office');
    expect(siteSymbol(role({ functions: ['security'] }), 'it-office')).toBe('hub');
    expect(siteSymbol(role({ servicePointFor: ['a'] }), 'server-room')).toBe('service-point');
    expect(siteSymbol(role({}), 'server-room')).toBe('server-room');
    expect(siteSymbol(role({}), 'town-hall')).toBe('unused');
    // The scenario's data centre shows as such, even where a server room also hosts a hub.
    expect(siteSymbol(role({ dataCentre: true }), 'server-room')).toBe('data-centre');
    expect(siteSymbol(role({ dataCentre: true, functions: ['infrastructure'] }), 'datacenter')).toBe('data-centre');
  });

  it('chooses a round scale bar that fits', () => {
    expect(scaleBarKm(0.1, 120)).toBe(10);
    expect(scaleBarKm(0.1, 250)).toBe(20);
  });
});
