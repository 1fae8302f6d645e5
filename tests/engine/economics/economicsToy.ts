import { employmentDays } from '../../../src/engine/law/employmentDays';
import { noticeMonthsForDays } from '../../../src/engine/law/noticeMonths';
import type { EconomicsEvaluation } from '../../../src/engine/economics/economicsOfScenario';
import type { Dataset } from '../../../src/schema/dataset';
import type { EconomicsInput } from '../../../src/schema/economics';
import type { EconomicsParameters } from '../../../src/schema/economicsParameters';
import { scenarioSchema, type Scenario } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';

/**
 * The two-member toy of the hand-computed tests (east, west): salaries 50 000 / 40 000 (east),
 * 30 000 / 40 000 (west), on-costs 0.5, unit costs 100 / 1 000 / 10 kr, one 24-month phase over
 * 2027–2028 with 2 400 hours and parallel systems, transfer 2027-07-01.
 */
export function toyEconomics(): EconomicsInput {
  return {
    horizon: { startYear: 2027, endYear: 2028 },
    onCostRate: 0.5,
    unitCosts: { perPcSek: 100, perServerSek: 1000, perNetworkDeviceSek: 10 },
    phases: [{ id: 'all', name: 'Allt', start: '2027-01', end: '2028-12', hours: 2400, parallelSystems: true }],
  };
}

export function toyDataset(economics: EconomicsInput | null = toyEconomics()): Dataset {
  const raw = smallDataset();
  const titles: Record<string, [string, number]> = {
    p001: ['IT-chef', 50_000],
    p002: ['Nätverkstekniker', 40_000],
    p003: ['IT-tekniker', 30_000],
    p004: ['IT-tekniker', 40_000],
  };
  // p003 employed since 2019-01-01 (8.5 years at the transfer: 5 months' notice), as the
  // hand-computed notice pay assumes.
  raw.people = raw.people.map((p) => ({
    ...p,
    title: titles[p.id]![0],
    salary: titles[p.id]![1],
    ...(p.id === 'p003' ? { employmentPeriods: [{ start: '2019-01-01' }] } : {}),
  }));
  if (economics) raw.economics = economics;
  const v = validateDataset(raw);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.dataset;
}

export const toyParameters: Partial<EconomicsParameters> = {
  trend: 0.1,
  saving: 0.2,
  internalShare: 0.5,
  internalHourlySek: 100,
  externalHourlySek: 300,
  parallelLicenceShare: 0.1,
  severanceMonths: 0,
  commuteCompensation: 'none',
  deskSekPerYear: 1200,
  recruitmentCostShare: 0,
  financingKey: 'employees',
  combinedFixedShare: 0.5,
  capitalSek: 1000,
  ownershipKey: 'equal',
};

export function toyScenario(parameters: Partial<EconomicsParameters> = {}): Scenario {
  return scenarioSchema.parse({
    id: 'toy',
    name: 'Toy',
    kind: 'target',
    economics: { ...toyParameters, ...parameters },
  });
}

/** p001 and p002 placed, pos-03 unfilled (recruited), p003 and p004 on the bench. */
export function toyEvaluation(
  overrides: Partial<{ placed: [string, string][]; bench: string[]; unfilled: string[] }> = {},
): EconomicsEvaluation {
  const placed = overrides.placed ?? [
    ['p001', 'pos-01'],
    ['p002', 'pos-02'],
  ];
  return {
    scenarioId: 'toy',
    kind: 'target',
    assignment: {
      placements: placed.map(([personId, positionId]) => ({ personId, positionId, siteId: 'east-hall' })),
      bench: toyBench(overrides.bench ?? ['p003', 'p004']),
      declined: [],
      leaving: [],
      vacant: [],
      unfilled: overrides.unfilled ?? ['pos-03'],
    },
    commute: { people: [] },
    retention: null,
  } as unknown as EconomicsEvaluation;
}

/** Bench entries as the role mapping reports them, with the notice months of LAS 11 §. */
function toyBench(personIds: readonly string[]) {
  const dataset = toyDataset();
  return personIds.map((personId) => {
    const person = dataset.people.find((p) => p.id === personId)!;
    return {
      personId,
      noticeMonths: noticeMonthsForDays(employmentDays(person.employmentPeriods, dataset.referenceDate)),
    };
  });
}
