// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { economicsOfScenario } from '../../../src/engine/economics/economicsOfScenario';
import type { ScenarioEvaluation } from '../../../src/engine/evaluateScenario';
import { CompareCostRows } from '../../../src/ui/economics/CompareCostRows';
import { defaultData, renderIn, type EvaluatedData } from '../overview/viewFixtures';

describe('CompareCostRows', () => {
  let data: EvaluatedData;
  let evaluations: ScenarioEvaluation[];
  beforeAll(async () => {
    data = await defaultData();
    evaluations = data.dataset.scenarios.map((s) => data.evaluate(s));
  });

  it("puts each scenario's cost over the horizon and its payback year side by side", () => {
    const scenarios = data.dataset.scenarios;
    renderIn(<CompareCostRows dataset={data.dataset} scenarios={scenarios} evaluations={evaluations} language="sv" />);
    const table = screen.getByRole('table', { name: 'Kostnader över horisonten (med varje scenarios antaganden)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Nyckeltal', ...scenarios.map((s) => s.name)]);
    const payback = within(within(table).getByRole('row', { name: /^Återbetalningsår/ })).getAllByRole('cell');
    scenarios.forEach((s, k) => {
      const outcome = economicsOfScenario(data.dataset, s, evaluations[k]!);
      if (!outcome.ok) throw new Error('refused');
      expect(payback[k]).toHaveTextContent(
        outcome.result.paybackYear === null ? 'inget' : String(outcome.result.paybackYear),
      );
    });
    // Today has no company: its cost over the horizon is the members' own, and it saves nothing.
    const saving = within(within(table).getByRole('row', { name: /^Besparing mot egen drift/ })).getAllByRole('cell');
    expect(saving[0]!.textContent!.replace(/\s/g, ' ')).toBe('0 kr');
  });
});
