import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/schema/dataset';
import { loadDefaultDataset } from './loadDataFolder';

const { dataset, validation } = loadDefaultDataset();
const byId = <T extends { id: string }>(items: readonly T[], id: string): T => {
  const item = items.find((x) => x.id === id);
  if (!item) throw new Error(`missing ${id}`);
  return item;
};
const memberIds = ['gislaved', 'gnosjo', 'varnamo', 'vaggeryd'];
// The default membership's positions and people: Hylte's exist only when it is a member (docs/membership.md).
const defaultPositions = dataset.positions.filter((p) => p.memberId === undefined);
const memberPeople = dataset.people.filter((p) => memberIds.includes(p.municipalityId));
const sum = (d: Dataset, field: 'employees' | 'itStaff' | 'pcs' | 'servers' | 'networkDevices') =>
  d.municipalities.filter((m) => m.member).reduce((total, m) => total + (m[field] ?? 0), 0);

describe('default dataset (data/)', () => {
  it('validates strictly, with no warnings', () => {
    expect(validation.ok).toBe(true);
    expect(validation.warnings).toEqual([]);
  });

  // The pre-study's table, column by column.
  it.each([
    ['gislaved', '0662', 2700, 19, 2600, 175, 1500],
    ['gnosjo', '0617', 850, 10, 1300, 110, 555],
    ['varnamo', '0683', 3100, 25, 5000, 280, 1950],
    ['vaggeryd', '0665', 1200, 8, 2200, 60, 750],
  ])('reproduces the pre-study figures of %s', (id, scbCode, employees, itStaff, pcs, servers, networkDevices) => {
    const m = byId(dataset.municipalities, id);
    expect(m).toMatchObject({ scbCode, member: true, employees, itStaff, pcs, servers, networkDevices, serverRooms: 3 });
  });

  it('computes the pre-study totals: 7 850 employees, 62 IT staff, 11 100 PCs, 625 servers', () => {
    expect(sum(dataset, 'employees')).toBe(7850);
    expect(sum(dataset, 'itStaff')).toBe(62);
    expect(sum(dataset, 'pcs')).toBe(11100);
    expect(sum(dataset, 'servers')).toBe(625);
  });

  it('sums network devices to 4 755, where the pre-study printed 4 750 (its own four figures add to 4 755)', () => {
    expect(sum(dataset, 'networkDevices')).toBe(4755);
  });

  it('has the published populations, Hylte as a possible member and Jönköping as a non-member with null figures', () => {
    expect(byId(dataset.municipalities, 'varnamo').population).toBe(34542);
    expect(byId(dataset.municipalities, 'gislaved').population).toBe(28936);
    expect(byId(dataset.municipalities, 'gnosjo').population).toBe(9131);
    expect(byId(dataset.municipalities, 'vaggeryd').population).toBe(14825);
    const jonkoping = byId(dataset.municipalities, 'jonkoping');
    expect(jonkoping).toMatchObject({ scbCode: '0680', member: false, employees: null, itStaff: null, pcs: null });
    expect(jonkoping.population).toBeGreaterThan(0);
    // Hylte: SCB's population; figures assumed from Gnosjö's × 10 196 / 9 131 (data/README.md).
    expect(byId(dataset.municipalities, 'hylte')).toMatchObject({
      scbCode: '1315',
      member: false,
      population: 10196,
      employees: Math.round((850 * 10196) / 9131 / 50) * 50,
      itStaff: 10,
      serverRooms: 3,
    });
  });

  it("has Hylte's ten synthetic people and eight positions that exist only with Hylte as a member", () => {
    const hylte = dataset.people.filter((p) => p.municipalityId === 'hylte');
    expect(hylte.map((p) => p.id)).toEqual(Array.from({ length: 10 }, (_, i) => `p0${63 + i}`));
    expect(hylte.every((p) => byId(dataset.sites, p.siteId).municipalityId === 'hylte')).toBe(true);
    const own = dataset.positions.filter((p) => p.memberId !== undefined);
    expect(own.map((p) => p.id)).toEqual(Array.from({ length: 8 }, (_, i) => `pos-${52 + i}`));
    expect(own.every((p) => p.memberId === 'hylte' && !p.manager)).toBe(true);
    const hylteField = own.filter((p) => p.location.rule === 'local' && p.location.municipalityId === 'hylte');
    expect(hylteField).toHaveLength(2);
    const withHylte = byId(dataset.scenarios, 'decentralised-with-hylte');
    expect(withHylte.members).toEqual([...memberIds, 'hylte']);
    const decentralised = byId(dataset.scenarios, 'decentralised');
    expect(withHylte.functionSites).toEqual(decentralised.functionSites);
    expect(withHylte.servicePoints).toEqual([
      ...decentralised.servicePoints,
      { siteId: 'hylte-it-kontor', municipalityId: 'hylte' },
    ]);
  });

  it('holds 62 people, 19/10/25/8 by employer, and 51 positions of which 3 are managers', () => {
    expect(memberPeople).toHaveLength(62);
    const count = (id: string) => dataset.people.filter((p) => p.municipalityId === id).length;
    expect(memberIds.map(count)).toEqual([19, 10, 25, 8]);
    expect(defaultPositions).toHaveLength(51);
    expect(dataset.positions.filter((p) => p.manager)).toHaveLength(3);
    expect(dataset.targetOrganisation).toEqual({ positions: 51, managers: 3 });
  });

  it('has the region box of the four municipalities, Hylte and Jönköping', () => {
    const { bbox } = dataset.region;
    for (const l of dataset.localities) {
      expect(l.lat).toBeGreaterThanOrEqual(bbox.minLat);
      expect(l.lat).toBeLessThanOrEqual(bbox.maxLat);
      expect(l.lon).toBeGreaterThanOrEqual(bbox.minLon);
      expect(l.lon).toBeLessThanOrEqual(bbox.maxLon);
    }
  });

  it('gives each municipality locality shares summing to 1, the administration town the largest employee share', () => {
    const adminTown: Record<string, string> = { varnamo: 'varnamo', gislaved: 'gislaved', gnosjo: 'gnosjo', vaggeryd: 'skillingaryd' };
    for (const municipalityId of memberIds) {
      const group = dataset.localities.filter((l) => l.municipalityId === municipalityId);
      expect(group.reduce((s, l) => s + l.employeeShare, 0)).toBeCloseTo(1, 9);
      expect(group.reduce((s, l) => s + l.pcShare, 0)).toBeCloseTo(1, 9);
      const admin = byId(group, adminTown[municipalityId] ?? '');
      const populationShare = admin.population / group.reduce((s, l) => s + l.population, 0);
      expect(admin.employeeShare).toBeGreaterThan(populationShare);
      expect(Math.max(...group.map((l) => l.employeeShare))).toBe(admin.employeeShare);
    }
    // Vaggeryd town is larger, but the administration sits in Skillingaryd.
    expect(byId(dataset.localities, 'vaggeryd').population).toBeGreaterThan(byId(dataset.localities, 'skillingaryd').population);
  });

  it('has a town hall and an IT office per member, three server rooms each, and Hylte’s kommunhus in Hyltebruk', () => {
    for (const municipalityId of memberIds) {
      const own = dataset.sites.filter((s) => s.municipalityId === municipalityId);
      expect(own.filter((s) => s.kind === 'town-hall')).toHaveLength(1);
      expect(own.filter((s) => s.kind === 'it-office')).toHaveLength(1);
      expect(own.filter((s) => s.kind === 'server-room')).toHaveLength(3);
      const itOffice = own.find((s) => s.kind === 'it-office');
      const staff = dataset.people.filter((p) => p.siteId === itOffice?.id).length;
      expect(itOffice?.deskCapacity ?? 0).toBeGreaterThanOrEqual(staff);
    }
    expect(byId(dataset.sites, 'vaggeryd-kommunhus').localityId).toBe('skillingaryd');
    expect(byId(dataset.sites, 'hylte-kommunhus').localityId).toBe('hyltebruk');
  });

  it('puts no more people at a site today than it has desks', () => {
    for (const site of dataset.sites) {
      expect(dataset.people.filter((p) => p.siteId === site.id).length).toBeLessThanOrEqual(site.deskCapacity);
    }
  });

  it('has one CEO at the top, every other position reporting to a manager, the unit heads to the CEO', () => {
    const roots = dataset.positions.filter((p) => p.reportsTo === null);
    expect(roots).toHaveLength(1);
    const ceo = roots[0];
    expect(ceo).toMatchObject({ manager: true, unitId: 'management', functionId: 'head-office' });
    const managers = new Set(dataset.positions.filter((p) => p.manager).map((p) => p.id));
    for (const p of dataset.positions) if (p.reportsTo !== null) expect(managers.has(p.reportsTo)).toBe(true);
    const heads = dataset.positions.filter((p) => p.manager && p.reportsTo !== null);
    expect(heads.map((h) => h.unitId).sort()).toEqual(['operations-infrastructure', 'service-desk-support']);
    for (const h of heads) expect(h.reportsTo).toBe(ceo?.id);
    // Strategic support under the CEO: 4–5 non-manager positions.
    const support = dataset.positions.filter((p) => p.reportsTo === ceo?.id && !p.manager);
    expect(support.length).toBeGreaterThanOrEqual(4);
    expect(support.length).toBeLessThanOrEqual(5);
  });

  it('ties field technicians to every member municipality, more to the larger ones', () => {
    const field = dataset.positions.filter((p) => p.functionId === 'field-service');
    const count = (id: string) => field.filter((p) => p.location.rule === 'local' && p.location.municipalityId === id).length;
    for (const id of memberIds) expect(count(id)).toBeGreaterThanOrEqual(1);
    expect(field.every((p) => p.location.rule === 'local' && p.onSiteDays === 5)).toBe(true);
    expect(count('varnamo')).toBeGreaterThan(count('gnosjo'));
  });

  it('requires 1–4 competences per position and clearance for a few security and infrastructure positions', () => {
    for (const p of dataset.positions) {
      expect(p.requirements.length).toBeGreaterThanOrEqual(1);
      expect(p.requirements.length).toBeLessThanOrEqual(4);
    }
    const cleared = dataset.positions.filter((p) => p.clearanceRequired);
    expect(cleared.length).toBeGreaterThanOrEqual(4);
    expect(cleared.length).toBeLessThanOrEqual(12);
    expect(cleared.some((p) => p.functionId === 'security')).toBe(true);
    expect(cleared.some((p) => p.functionId === 'infrastructure')).toBe(true);
    expect(cleared.some((p) => p.functionId === 'field-service')).toBe(false);
  });

  it('has the three presets of the pre-study, the retained preset and decentralised with Hylte', () => {
    expect(dataset.scenarios.map((s) => s.id)).toEqual([
      'today',
      'centralised',
      'decentralised',
      'decentralised-retained',
      'decentralised-with-hylte',
    ]);
    const today = byId(dataset.scenarios, 'today');
    expect(today.kind).toBe('baseline');
    expect(today.functionSites).toEqual({});
    const siteOf = (id: string) => byId(dataset.sites, id);
    for (const s of dataset.scenarios) {
      expect(s.description.length).toBeGreaterThan(40);
      expect(s.servicePoints.map((sp) => sp.municipalityId).sort()).toEqual([...(s.members ?? memberIds)].sort());
      for (const sp of s.servicePoints) expect(siteOf(sp.siteId).municipalityId).toBe(sp.municipalityId);
    }
    const functionSiteFunctions = dataset.functions.filter((f) => f.siting === 'function-site').map((f) => f.id).sort();
    const centralised = byId(dataset.scenarios, 'centralised');
    expect(Object.keys(centralised.functionSites).sort()).toEqual(functionSiteFunctions);
    const hubs = new Set(Object.values(centralised.functionSites));
    expect(hubs.size).toBe(1);
    const hub = siteOf([...hubs][0] ?? '');
    expect(hub.municipalityId).toBe('varnamo');
    // The whole organisation fits the hub, Värnamo's field technicians included.
    expect(hub.deskCapacity).toBeGreaterThanOrEqual(55);

    const decentralised = byId(dataset.scenarios, 'decentralised');
    const town = (functionId: string) => siteOf(decentralised.functionSites[functionId] ?? '').localityId;
    expect(town('head-office')).toBe('varnamo');
    expect(town('infrastructure')).toBe('varnamo');
    expect(town('service-desk')).toBe('gislaved');
    expect(town('security')).toBe('gnosjo');
    expect(town('workplace')).toBe('skillingaryd');

    // decentralised plus one ordering-function position per member, at its own site.
    const retained = byId(dataset.scenarios, 'decentralised-retained');
    expect(retained.functionSites).toEqual(decentralised.functionSites);
    expect(retained.servicePoints).toEqual(decentralised.servicePoints);
    expect(Object.keys(retained.retained).sort()).toEqual([...memberIds].sort());
    for (const [municipalityId, kept] of Object.entries(retained.retained)) {
      expect(kept.positions.map((p) => p.functionId)).toEqual(['ordering']);
      expect(siteOf(kept.positions[0]!.siteId).municipalityId).toBe(municipalityId);
      expect(kept.securitySensitive).toBe(false);
    }
  });

  it.each([
    ['decentralised', defaultPositions],
    ['decentralised-with-hylte', dataset.positions],
  ])('gives every %s hub the desks for its positions', (id, positions) => {
    const decentralised = byId(dataset.scenarios, id);
    const load = new Map<string, number>();
    for (const p of positions) {
      const siteId =
        p.location.rule === 'local'
          ? decentralised.servicePoints.find((sp) => p.location.rule === 'local' && sp.municipalityId === p.location.municipalityId)?.siteId
          : decentralised.functionSites[p.functionId];
      expect(siteId).toBeDefined();
      load.set(siteId ?? '', (load.get(siteId ?? '') ?? 0) + 1);
    }
    for (const [siteId, positions] of load) expect(byId(dataset.sites, siteId).deskCapacity).toBeGreaterThanOrEqual(positions);
  });
});
