// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { baselineForMembers } from '../../../src/engine/scenario/scenarioMembers';
import { OverviewPanel } from '../../../src/ui/overview/OverviewPanel';
import { renderIn, smallData } from './viewFixtures';

/** The card of a figure, found by its link's name. */
const card = (name: string | RegExp) => screen.getByRole('button', { name }).closest('li')!;

describe('OverviewPanel', () => {
  const data = smallData();
  const today = data.evaluate(data.scenario('today'));
  const central = data.evaluate(data.scenario('central'));

  it('shows the key figures of the scenario with the thresholds in force and the difference to today', () => {
    renderIn(
      <OverviewPanel
        dataset={data.dataset}
        evaluation={central}
        baseline={today}
        scenario={data.scenario('central')}
        language="sv"
        onNavigate={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Nyckeltal: Central' })).toBeInTheDocument();
    expect(
      screen.getByText(/X = 20 tillkommande minuter, Y = 60 minuter enkel väg, T = 30 minuter/),
    ).toBeInTheDocument();
    // p001–p003 hold the three positions, p004 is on the bench.
    expect(card('Placerade på en befattning')).toHaveTextContent('3');
    expect(card('Placerade på en befattning')).toHaveTextContent('av 3 befattningar');
    expect(within(card('Utan befattning (övertaliga)')).getByText('1')).toBeInTheDocument();
    // p004 moves from west-hall (7 min) to east-hall (38 min): +31, over X = 20; nobody was flagged today.
    const added = card('Restiden ökar med mer än 20 min');
    expect(added).toHaveTextContent(/^⚠ 1Restiden/);
    expect(added).toHaveTextContent('+1 mot i dag');
    // Mean one-way commute: today (5 + 10 + 4 + 7) / 4 = 6.5, central (5 + 10 + 4 + 38) / 4 = 14.25.
    const mean = card('Genomsnittlig enkel restid');
    expect(mean).toHaveTextContent('14,3 min');
    expect(mean).toHaveTextContent('+7,8 min mot i dag');
  });

  it('runs the health checks: competences with a single holder and positions without a qualified holder', () => {
    // Without p001 nobody may hold the manager position pos-01 (VD): it stays unfilled.
    const noCeo = data.variant('central', 'no-ceo', {
      decisions: { exclusions: [{ personId: 'p001', positionId: 'pos-01' }] },
    });
    renderIn(
      <OverviewPanel
        dataset={data.dataset}
        evaluation={data.evaluate(noCeo)}
        baseline={today}
        scenario={noCeo}
        language="sv"
        onNavigate={() => {}}
      />,
    );
    const positions = card('Befattningar utan kvalificerad innehavare');
    expect(within(positions).getByText('VD: obesatt')).toBeInTheDocument();
    // Among the placed people only p002 holds network at level ≥ 3, and pos-02 needs it.
    const single = card('Kompetenser med en enda innehavare');
    expect(single).toHaveTextContent('Nätverk (befattningarna behöver 1)');
  });

  it('calls onNavigate with the view and anchor of the figure whose link is used', async () => {
    const onNavigate = vi.fn();
    renderIn(
      <OverviewPanel
        dataset={data.dataset}
        evaluation={central}
        baseline={today}
        scenario={data.scenario('central')}
        language="sv"
        onNavigate={onNavigate}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Restiden ökar med mer än 20 min' }));
    expect(onNavigate).toHaveBeenLastCalledWith('impact', 'impact-people');
    await userEvent.click(screen.getByRole('button', { name: 'Turordningskonflikter (LAS 22 §)' }));
    expect(onNavigate).toHaveBeenLastCalledWith('editor', 'editor-selection-order');
    await userEvent.click(screen.getByRole('button', { name: 'Kompetenser i riskzonen' }));
    expect(onNavigate).toHaveBeenLastCalledWith('impact', 'impact-competences');
  });

  it("names a baseline with the scenario's own members, and counts the same people on both sides", () => {
    const eastOnly = data.variant('central', 'east-only', { members: ['east'] });
    const baseline = baselineForMembers(data.dataset, data.scenario('today'), eastOnly);
    renderIn(
      <OverviewPanel
        dataset={data.dataset}
        evaluation={data.evaluate(eastOnly)}
        baseline={data.evaluate(baseline)}
        scenario={eastOnly}
        language="sv"
        onNavigate={() => {}}
      />,
    );
    expect(screen.getByText('Jämfört med nuläget ”I dag med detta scenarios medlemmar”.')).toBeInTheDocument();
  });

  it('shows the baseline itself without placements, retention or differences', () => {
    renderIn(
      <OverviewPanel
        dataset={data.dataset}
        evaluation={today}
        baseline={today}
        scenario={data.scenario('today')}
        language="en"
        onNavigate={() => {}}
      />,
      'en',
    );
    expect(screen.getByText(/This is the baseline/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Placed in a position' })).toBeNull();
    expect(screen.queryByText(/vs\. today/)).toBeNull();
    expect(card('Mean one-way commute')).toHaveTextContent('6.5 min');
  });
});

describe('OverviewPanel with a stopped simulation', () => {
  it('says the retention figures are provisional', () => {
    const data = smallData();
    const today = data.evaluate(data.scenario('today'));
    const central = data.evaluate(data.scenario('central'));
    const stopped = { ...central, retention: { ...central.retention!, cancelled: true, drawsCompleted: 3000 } };
    renderIn(
      <OverviewPanel
        dataset={data.dataset}
        evaluation={stopped}
        baseline={today}
        scenario={data.scenario('central')}
        language="sv"
        onNavigate={() => {}}
      />,
    );
    expect(card(/Förväntat antal som stannar/)).toHaveTextContent(/stoppades efter 3.000 av 10.000 dragningar/);
  });
});
