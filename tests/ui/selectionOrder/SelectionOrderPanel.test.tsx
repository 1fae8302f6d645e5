// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SelectionConflict } from '../../../src/engine/selectionOrder/selectionOrder';
import type { EvaluationAnswer } from '../../../src/ui/roleMapping/useEvaluationAnswer';
import { datasetLabels } from '../../../src/ui/roleMapping/datasetLabels';
import { SelectionOrderPanel } from '../../../src/ui/selectionOrder/SelectionOrderPanel';
import { renderIn, smallData } from '../overview/viewFixtures';

// At 2 000 people the unconstrained optimum has some 20 000 conflicts and a group hundreds of
// people: the panel lists each conflict once and shows both a page at a time.
describe('SelectionOrderPanel at scale', () => {
  const data = smallData();
  const scenario = data.scenario('central');
  const assignment = data.evaluate(scenario).assignment!;
  const conflict = (k: number): SelectionConflict => ({
    benchPersonId: `b${k}`,
    placedPersonId: `q${k}`,
    positionId: 'pos-01',
    groupId: 'g',
    agreedReason: null,
  });
  const conflicts = Array.from({ length: 250 }, (_, k) => conflict(k));
  const ranking = Array.from({ length: 230 }, (_, k) => `r${k}`);
  const big = {
    ...assignment,
    selectionOrder: {
      ...assignment.selectionOrder,
      conflicts: [conflict(3)],
      groups: [
        { id: 'g', employer: 'company', sites: [], agreementArea: 'x', ranking, exempted: [], unresolvedTies: [] },
      ],
    },
  };

  const panel = (unconstrained: EvaluationAnswer<SelectionConflict[]>) => (
    <SelectionOrderPanel
      dataset={data.dataset}
      scenario={scenario}
      assignment={big}
      unconstrainedConflicts={unconstrained}
      labels={datasetLabels(data.dataset, 'sv')}
      groupLabel={(id) => `grupp ${id}`}
      language="sv"
      onDecide={() => 'ok'}
    />
  );

  it('says it is listing the unconstrained optimum’s conflicts while the engine does, and shows the proposal’s own', () => {
    renderIn(panel({ state: 'loading', value: null }));
    expect(screen.getByText(/Listar konflikterna i det obundna optimum/)).toBeInTheDocument();
    expect(
      screen.getByText(/Att följa turordningen kostar .* i totalpoäng mot det obundna optimum\.$/),
    ).toBeInTheDocument();
    const list = document.querySelector('ul.so-conflicts')!;
    expect(within(list as HTMLElement).getAllByRole('listitem')).toHaveLength(1);
  });

  it('lists each conflict once, a hundred at a time, and pages a large group’s ranking with its ranks', async () => {
    renderIn(
      <SelectionOrderPanel
        dataset={data.dataset}
        scenario={scenario}
        assignment={big}
        unconstrainedConflicts={{ state: 'done', value: [...conflicts, conflict(7)] }}
        labels={datasetLabels(data.dataset, 'sv')}
        groupLabel={(id) => `grupp ${id}`}
        language="sv"
        onDecide={() => 'ok'}
      />,
    );
    const list = document.querySelector('ul.so-conflicts')!;
    expect(within(list as HTMLElement).getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByText('Rad 1–100 av 250')).toBeInTheDocument();
    expect(screen.getByText(/\(251 konflikter där\)/)).toBeInTheDocument();
    expect(screen.queryByText(/Listar konflikterna/)).toBeNull();

    const table = screen.getByRole('table', { name: /grupp g/ });
    expect(within(table).getAllByRole('row')).toHaveLength(101); // the header and a page
    expect(screen.getByText('Rad 1–100 av 230')).toBeInTheDocument();
    const pagers = screen.getAllByRole('button', { name: 'Nästa rader' });
    await userEvent.click(pagers.at(-1)!);
    const rows = within(screen.getByRole('table', { name: /grupp g/ })).getAllByRole('row');
    expect(within(rows[1]!).getAllByRole('cell')[0]).toHaveTextContent('101');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('r100');
  });
});
