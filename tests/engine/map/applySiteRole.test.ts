import { describe, expect, it } from 'vitest';
import { applySiteRole } from '../../../src/engine/map/applySiteRole';
import { scenarioSchema } from '../../../src/schema/scenario';

const base = scenarioSchema.parse({
  id: 'central',
  name: 'Central',
  kind: 'target',
  functionSites: { 'head-office': 'east-hall', infrastructure: 'east-hall' },
  servicePoints: [
    { siteId: 'east-hall', municipalityId: 'east' },
    { siteId: 'west-hall', municipalityId: 'west' },
  ],
});
const context = { at: '2026-11-26T12:00:00.000Z', role: 'hr' as const, reason: 'map' };

describe('applySiteRole', () => {
  it('moves the head office and a function, leaving the input unchanged', () => {
    const moved = applySiteRole(base, 'west-hall', { kind: 'head-office' }, context);
    expect(moved.functionSites).toEqual({ 'head-office': 'west-hall', infrastructure: 'east-hall' });
    const fn = applySiteRole(base, 'east-servers', { kind: 'function', functionId: 'infrastructure' }, context);
    expect(fn.functionSites.infrastructure).toBe('east-servers');
    expect(base.functionSites).toEqual({ 'head-office': 'east-hall', infrastructure: 'east-hall' });
  });

  it('adds a service point once, and unused removes the site everywhere', () => {
    const added = applySiteRole(base, 'east-servers', { kind: 'service-point', municipalityId: 'east' }, context);
    expect(added.servicePoints).toContainEqual({ siteId: 'east-servers', municipalityId: 'east' });
    expect(
      applySiteRole(added, 'east-servers', { kind: 'service-point', municipalityId: 'east' }, context).servicePoints,
    ).toHaveLength(3);
    const unused = applySiteRole(base, 'east-hall', { kind: 'unused' }, context);
    expect(unused.functionSites).toEqual({});
    expect(unused.servicePoints).toEqual([{ siteId: 'west-hall', municipalityId: 'west' }]);
  });

  it('logs the change as site-role with the reason, "map" when none is given', () => {
    const changed = applySiteRole(
      base,
      'east-servers',
      { kind: 'service-point', municipalityId: 'east' },
      { ...context, reason: '  ' },
    );
    expect(changed.log).toEqual([
      {
        at: context.at,
        role: 'hr',
        action: 'site-role',
        siteId: 'east-servers',
        detail: 'service-point:east',
        reason: 'map',
      },
    ]);
    expect(scenarioSchema.safeParse(changed).success).toBe(true);
  });
});
