import type { Dataset } from '../../schema/dataset';
import { economicsSchema, type Economics } from '../../schema/economics';

/**
 * The economic inputs a dataset without `economics.json` gets (docs/economics.md): the
 * pre-study's three phases, a five-year horizon, on-costs 0.42 and the unit-cost assumptions,
 * shifted to the dataset's reference year (the pre-study's plan starts in 2027).
 */
export function defaultEconomics(dataset: Pick<Dataset, 'referenceDate' | 'municipalities'>): Economics {
  const shift = Number(dataset.referenceDate.slice(0, 4)) - 2027;
  const ym = (year: number, month: number) => `${year + shift}-${String(month).padStart(2, '0')}`;
  return economicsSchema.parse({
    horizon: { startYear: 2027 + shift, endYear: 2031 + shift },
    onCostRate: 0.42,
    unitCosts: { perPcSek: 4000, perServerSek: 25000, perNetworkDeviceSek: 2500 },
    preparation: { start: ym(2026, 9), end: ym(2027, 2) },
    phases: [
      {
        id: 'establish',
        name: { sv: 'Etablera och hantera', en: 'Establish and manage' },
        start: ym(2027, 3),
        end: ym(2027, 8),
        hours: 3000,
      },
      {
        id: 'design-build',
        name: { sv: 'Designa och bygga', en: 'Design and build' },
        start: ym(2027, 6),
        end: ym(2028, 5),
        hours: 9000,
      },
      {
        id: 'migrate-decommission',
        name: { sv: 'Migrera och avveckla', en: 'Migrate and decommission' },
        start: ym(2028, 3),
        end: ym(2029, 12),
        hours: 8000,
        parallelSystems: true,
      },
    ],
    members: [],
  });
}

/** The dataset's economic inputs, or the defaults with a warning that they were applied. */
export function economicsOf(dataset: Dataset): { economics: Economics; defaulted: boolean } {
  return dataset.economics
    ? { economics: dataset.economics, defaulted: false }
    : { economics: defaultEconomics(dataset), defaulted: true };
}
