import type { OverallFigure } from '../../schema/anonymisedReport';
import type { Dataset } from '../../schema/dataset';
import { economicsOfScenario } from '../economics/economicsOfScenario';
import { unionCostFigures, type UnionCostFigure } from '../economics/unionCostFigures';
import { commuteChangeBands, noticeMonthBands } from './reportBands';
import { statusIds, tableId, type ReportScenario, type TopicTable } from './reportCountTables';

/**
 * The overall figures of each scenario in the report (see docs/anonymisation.md, "Adding an
 * overall figure"). Each definition makes one figure, or none when the scenario lacks it:
 * - a count of people is a cell of a protected table (`peopleCell`), so it goes through the
 *   audit like every other cell: add the column to reportCountTables.ts first;
 * - any other figure (positions, a share, an expectation, a number of competences) is a whole
 *   number (`value`): shares as whole percents, so that no number looks like a coordinate.
 * Adding a figure is one entry here and its label in src/i18n/unionReport.ts.
 */
export interface FigureContext {
  readonly dataset: Dataset;
  readonly input: ReportScenario;
  /** The scenario's tables before protection (ids and columns only are read). */
  readonly tables: readonly TopicTable[];
}

export interface OverallFigureDefinition {
  readonly id: string;
  readonly figure: (context: FigureContext) => OverallFigure | null;
}

/** A column (or row) total of one of the scenario's tables; null cell when the table has no such column. */
function peopleCell(
  id: string,
  topic: TopicTable['topic'],
  column: string | null,
  row: string | null = null,
): OverallFigureDefinition {
  return {
    id,
    figure: ({ input, tables }) => {
      const table = tables.find((t) => t.id === tableId(input.scenario.id, topic));
      if (!table) return null;
      const present =
        (column === null || table.columnIds.includes(column)) && (row === null || table.rowIds.includes(row));
      return { id, unit: 'people', cell: present ? { tableId: table.id, row, column } : null };
    },
  };
}

function value(
  id: string,
  unit: Exclude<OverallFigure['unit'], 'people'>,
  compute: (context: FigureContext) => number | null,
): OverallFigureDefinition {
  return {
    id,
    figure: (context) => {
      const v = compute(context);
      return v === null || !Number.isFinite(v) ? null : { id, unit, value: Math.max(0, Math.round(v)) };
    },
  };
}

const percent = (share: number): number => share * 100;

/**
 * A scenario's aggregate cost figure in million kronor for a year of the horizon (first or
 * last), or null when the economics cannot be computed or the figure rests on the salaries
 * of fewer than k people (`unionCostFigures`).
 */
function costFigure(
  figure: UnionCostFigure['figure'],
  year: 'first' | 'last',
): (context: FigureContext) => number | null {
  return ({ dataset, input }) => {
    const outcome = economicsOfScenario(dataset, input.scenario, input.evaluation);
    if (!outcome.ok) return null;
    const values = unionCostFigures(outcome.result, dataset.anonymisation.k).figures.find(
      (f) => f.figure === figure,
    )?.values;
    if (!values || values.length === 0) return null;
    return (year === 'first' ? values[0]! : values[values.length - 1]!) / 1e6;
  };
}

export const overallFigureDefinitions: readonly OverallFigureDefinition[] = [
  peopleCell('placed', 'statusByMunicipality', statusIds.placed),
  peopleCell('bench', 'statusByMunicipality', statusIds.bench),
  peopleCell('declined', 'statusByMunicipality', statusIds.declined),
  peopleCell('leaving', 'statusByMunicipality', statusIds.leaving),
  value('toRecruit', 'positions', ({ dataset, input }) => {
    const a = input.evaluation.assignment;
    if (a === null) return null;
    // The scenario's positions: the company's and those its members retain (docs/retained-positions.md).
    const o = input.evaluation.organisation;
    const positions = o ? o.companyPositions + o.retainedPositions : dataset.positions.length;
    return positions - a.vacant.length - a.placements.length;
  }),
  value('vacant', 'positions', ({ input }) => input.evaluation.assignment?.vacant.length ?? null),
  ...commuteChangeBands.map((band) => peopleCell(`commute-${band.id}`, 'commuteByMunicipality', band.id)),
  value(
    'expectedRetained',
    'expected-people',
    ({ input }) => input.evaluation.retention?.exactExpectedHeadcountRetained ?? null,
  ),
  value(
    'competencesAtRisk',
    'competences',
    ({ input }) => input.evaluation.retention?.competencesAtRisk.length ?? null,
  ),
  value('serviceKeptPcs', 'percent', ({ input }) => percent(input.evaluation.coverage.serviceKept.overall.pcs)),
  value('serviceKeptEmployees', 'percent', ({ input }) =>
    percent(input.evaluation.coverage.serviceKept.overall.employees),
  ),
  value('coveragePcs', 'percent', ({ input }) => percent(input.evaluation.coverage.overall.pcs)),
  value('coverageEmployees', 'percent', ({ input }) => percent(input.evaluation.coverage.overall.employees)),
  value('costCompanyFirstYear', 'msek', costFigure('companyTotal', 'first')),
  value('costCompanyLastYear', 'msek', costFigure('companyTotal', 'last')),
  value('costStandAloneLastYear', 'msek', costFigure('standAloneTotal', 'last')),
  peopleCell('benchInConflict', 'benchByConflict', statusIds.inConflict),
  ...noticeMonthBands.map((band) => peopleCell(`bench-${band.id}`, 'benchByNotice', band.id)),
];

/** The overall figures of one scenario, in the order above. */
export function overallFigures(context: FigureContext): OverallFigure[] {
  return overallFigureDefinitions.map((d) => d.figure(context)).filter((f): f is OverallFigure => f !== null);
}
