import type { ReactNode } from 'react';

export interface ScenarioColumnsRow {
  id: string;
  label: ReactNode;
  /** One cell per scenario, in the scenarios' order. */
  cells: readonly ReactNode[];
}

export interface ScenarioColumnsTableProps {
  caption: string;
  /** The heading of the first column (the figures). */
  figureHeading: string;
  scenarios: readonly { id: string; name: string }[];
  rows: readonly ScenarioColumnsRow[];
  className: string;
  /** Marks each row for tests and print (`data-figure`), from the row's id. */
  figureAttribute?: (rowId: string) => string;
}

/**
 * Figures down, scenarios across, numbers right-aligned: the Compare view's cost rows and the
 * union page's overall figures. The wrapper scrolls sideways and, being focusable, can be
 * scrolled by keyboard (axe: scrollable-region-focusable).
 */
export function ScenarioColumnsTable({
  caption,
  figureHeading,
  scenarios,
  rows,
  className,
  figureAttribute,
}: ScenarioColumnsTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{figureHeading}</th>
            {scenarios.map((s) => (
              <th key={s.id} scope="col" className="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-figure={figureAttribute?.(row.id)}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, k) => (
                <td key={scenarios[k]!.id} className="num">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
