import { describe, expect, it } from 'vitest';
import { filterRows, noFilters, positionRows } from '../../../src/ui/roleMapping/positionRows';
import { smallData } from '../overview/viewFixtures';

describe('positionRows and filterRows', () => {
  const data = smallData();
  const scenario = data.variant('central', 'rows', {
    decisions: { locks: [{ personId: 'p003', positionId: 'pos-03' }], vacancies: ['pos-01'] },
  });
  const evaluation = data.evaluate(scenario);
  const rows = positionRows(data.dataset, scenario, evaluation);

  it('has one row per position with its holder, or vacant', () => {
    expect(rows.map((r) => r.positionId)).toEqual(data.dataset.positions.map((p) => p.id));
    expect(rows.find((r) => r.positionId === 'pos-01')).toMatchObject({
      status: 'vacant',
      placement: null,
      holderStage: null,
    });
    for (const p of evaluation.assignment!.placements) {
      const row = rows.find((r) => r.positionId === p.positionId)!;
      expect(row.placement).toBe(p);
      expect(row.las).toEqual(evaluation.assignment!.selectionOrder.rankOf[p.personId]);
      expect(row.holderMunicipalityId).toBe(data.dataset.people.find((x) => x.id === p.personId)!.municipalityId);
    }
  });

  it('filters by unit, function, the holder’s municipality, lock and text', () => {
    const ids = (f: Partial<typeof noFilters>) =>
      filterRows(rows, { ...noFilters, ...f }, data.dataset).map((r) => r.positionId);
    expect(ids({})).toEqual(['pos-01', 'pos-02', 'pos-03']);
    expect(ids({ unitId: 'operations' })).toEqual(['pos-02', 'pos-03']);
    expect(ids({ functionId: 'field-service' })).toEqual(['pos-03']);
    expect(ids({ onlyLocked: true })).toEqual(['pos-03']);
    expect(ids({ municipalityId: 'west' })).toEqual(
      rows.filter((r) => r.holderMunicipalityId === 'west').map((r) => r.positionId),
    );
    expect(ids({ text: 'NÄTVERK' })).toEqual(['pos-02']);
    expect(ids({ text: 'p003' })).toEqual(['pos-03']);
    expect(ids({ onlyConflicts: true })).toEqual(rows.filter((r) => r.conflict).map((r) => r.positionId));
  });
});
