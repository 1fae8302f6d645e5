import { describe, expect, it } from 'vitest';
import { runCliForTest } from './runCliForTest';

describe('sim summary', () => {
  it('prints head counts and every municipality of the default data as JSON', async () => {
    const { code, stdout } = await runCliForTest(['summary']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.people).toEqual({
      total: 62,
      byMunicipality: { gislaved: 19, gnosjo: 10, varnamo: 25, vaggeryd: 8 },
    });
    expect(summary.positions).toMatchObject({ total: 51, managers: 3 });
    const byId = Object.fromEntries(summary.municipalities.map((m: { id: string }) => [m.id, m]));
    expect(byId.varnamo).toMatchObject({
      name: 'Värnamo',
      member: true,
      employees: 3100,
      itStaff: 25,
      pcs: 5000,
      servers: 280,
      networkDevices: 1950,
    });
    // Hylte: not a member by default, with assumed figures and staff so that a scenario may add it.
    expect(byId.hylte).toMatchObject({ member: false, itStaff: 10, people: 10 });
    expect(byId.jonkoping).toMatchObject({ member: false, itStaff: null });
    // Computed, never stored: the pre-study prints 4 750 network devices but its figures sum to 4 755.
    expect(summary.memberTotals).toMatchObject({
      employees: 7850,
      itStaff: 62,
      pcs: 11100,
      servers: 625,
      networkDevices: 4755,
    });
  });
});
