// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioEvaluation } from '../../../src/engine/evaluateScenario';
import { baselineForMembers } from '../../../src/engine/scenario/scenarioMembers';
import { defaultScenarioParameters } from '../../../src/schema/scenarioParameters';
import { CompareView } from '../../../src/ui/compare/CompareView';
import { formatNumber } from '../../../src/ui/format';
import { defaultData, renderIn, smallData, type EvaluatedData } from '../overview/viewFixtures';

const figuresTable = () => screen.getByRole('table', { name: /^Nyckeltal; det bästa värdet/ });
const figureRow = (label: RegExp) => within(figuresTable()).getByRole('row', { name: label });
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell');

describe('CompareView on the default data', () => {
  let data: EvaluatedData;
  let evaluations: ScenarioEvaluation[];
  let today: ScenarioEvaluation;
  /** The three presets; variants added by a test join the dataset's scenarios after them. */
  let presets: EvaluatedData['dataset']['scenarios'];
  beforeAll(async () => {
    data = await defaultData();
    const three = new Set(['today', 'centralised', 'decentralised']);
    presets = data.dataset.scenarios.filter((s) => three.has(s.id));
    evaluations = presets.map((s) => data.evaluate(s));
    today = evaluations.find((e) => e.scenarioId === 'today')!;
  });
  const render = (
    extra: { scenarios?: EvaluatedData['dataset']['scenarios']; evaluations?: ScenarioEvaluation[] } = {},
  ) =>
    renderIn(
      <CompareView
        dataset={data.dataset}
        scenarios={extra.scenarios ?? presets}
        evaluations={extra.evaluations ?? evaluations}
        baselines={Object.fromEntries((extra.scenarios ?? presets).map((s) => [s.id, today]))}
        language="sv"
      />,
    );

  it('compares the first three scenarios of the list by default', () => {
    render();
    for (const s of presets) expect(screen.getByRole('checkbox', { name: s.name })).toBeChecked();
    const headers = within(figuresTable())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Nyckeltal', ...presets.map((s) => s.name)]);
  });

  it('keeps a column’s place while its evaluation is still to come', () => {
    const [today, central, spread] = presets as [
      (typeof presets)[number],
      (typeof presets)[number],
      (typeof presets)[number],
    ];
    const later = data.variant('decentralised', 'later', { name: 'Senare' });
    const scenarios = [today, central, spread, later];
    // The second and the fourth arrive first; the default columns stay today, central, spread.
    const pending = renderIn(
      <CompareView
        dataset={data.dataset}
        scenarios={scenarios}
        evaluations={[evaluations[0]!, evaluations[2]!, data.evaluate(later)]}
        baselines={{}}
        language="sv"
      />,
    );
    const headers = () =>
      within(figuresTable())
        .getAllByRole('columnheader')
        .map((th) => th.textContent);
    expect(headers()).toEqual(['Nyckeltal', today.name, spread.name]);
    const waiting = screen.getByRole('checkbox', { name: `${central.name} (inte beräknat än)` });
    expect(waiting).toBeChecked();
    expect(waiting).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Senare' })).not.toBeChecked();
    pending.rerender(
      <CompareView
        dataset={data.dataset}
        scenarios={scenarios}
        evaluations={[...evaluations, data.evaluate(later)]}
        baselines={{}}
        language="sv"
      />,
    );
    expect(headers()).toEqual(['Nyckeltal', today.name, central.name, spread.name]);
  });

  it('marks the best value of each row in words, and only it', () => {
    render();
    const check = (label: RegExp, values: Array<number | null>, better: 'lower' | 'higher') => {
      const present = values.filter((v): v is number => v !== null);
      const best = better === 'lower' ? Math.min(...present) : Math.max(...present);
      cellsOf(figureRow(label)).forEach((cell, k) => {
        if (values[k] !== null && Math.abs(values[k]! - best) < 1e-9) expect(cell).toHaveTextContent('★ bäst');
        else expect(cell).not.toHaveTextContent('★ bäst');
      });
    };
    check(
      /^Ny restid över Y min/,
      evaluations.map((e) => e.commute.summary.longCommute),
      'lower',
    );
    check(
      /^Anställda inom T min/,
      evaluations.map((e) => e.coverage.overall.employees),
      'higher',
    );
    // Today has no role mapping: the best is among the two targets.
    check(
      /^Placerade på en befattning/,
      evaluations.map((e) => e.assignment?.placements.length ?? null),
      'higher',
    );
    expect(cellsOf(figureRow(/^Placerade på en befattning/))[0]).toHaveTextContent('ej tillämpligt');
  });

  it("shows each value's difference to today", () => {
    render();
    const cells = cellsOf(figureRow(/^Restiden ökar med mer än X min/));
    evaluations.forEach((e, k) => {
      const delta = e.commute.summary.addedOverThreshold - today.commute.summary.addedOverThreshold;
      const text = delta === 0 ? '±0' : `${delta > 0 ? '+' : '−'}${Math.abs(delta)}`;
      expect(cells[k]).toHaveTextContent(`${text} mot i dag`);
    });
  });

  it('lets the user pick two to four scenarios', async () => {
    const extra = [
      data.variant('centralised', 'c2', { name: 'Variant 2' }),
      data.variant('centralised', 'c3', { name: 'Variant 3' }),
    ];
    const notEvaluated = data.variant('decentralised', 'd2', { name: 'Ej klar' });
    render({
      scenarios: [...presets, ...extra, notEvaluated],
      evaluations: [...evaluations, ...extra.map((s) => data.evaluate(s))],
    });
    expect(screen.getByRole('checkbox', { name: 'Ej klar (inte beräknat än)' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Variant 3' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Variant 2' }));
    expect(within(figuresTable()).getAllByRole('columnheader')).toHaveLength(1 + 4);
    expect(screen.getByRole('checkbox', { name: 'Variant 3' })).toBeDisabled();
    expect(screen.getByText('Högst fyra scenarier åt gången.')).toBeInTheDocument();
    for (const name of ['Variant 2', 'Idag', 'Centraliserad'])
      await userEvent.click(screen.getByRole('checkbox', { name }));
    expect(screen.queryByRole('table', { name: /^Nyckeltal; det bästa värdet/ })).toBeNull();
    expect(screen.getByText('Välj minst två beräknade scenarier.')).toBeInTheDocument();
  });

  it('lists every parameter with its default and source, and flags the changed ones', () => {
    const cheaper = data.variant('centralised', 'cheap', {
      name: 'Billigare mil',
      parameters: { commute: { mileageSekPerKm: 1.85 } },
    });
    render({ scenarios: [data.scenario('today'), cheaper], evaluations: [today, data.evaluate(cheaper)] });
    const table = screen.getByRole('table', { name: 'Parametrar som gäller' });
    const defaults = defaultScenarioParameters();
    const count = Object.values(defaults).reduce((s, section) => s + Object.keys(section).length, 0);
    // One header row, a heading row per section, a row per parameter.
    expect(within(table).getAllByRole('row')).toHaveLength(1 + Object.keys(defaults).length + count);
    const mileage = within(table).getByRole('row', { name: /^Milersättning \(kr\/km\)/ });
    const [defaultCell, todayCell, cheaperCell, source] = cellsOf(mileage);
    expect(defaultCell).toHaveTextContent('2,5');
    expect(todayCell).toHaveTextContent('2,5');
    expect(todayCell).not.toHaveTextContent('ändrad');
    expect(cheaperCell).toHaveTextContent('1,85 (ändrad)');
    expect(source).toHaveTextContent('Skatteverket');
    expect(within(table).getAllByText('(ändrad)', { exact: false })).toHaveLength(1);
    expect(screen.getByText('1 parameter skiljer sig från standardvärdet i Billigare mil.')).toBeInTheDocument();
  });
});

describe('CompareView outcome rows', () => {
  let data: EvaluatedData;
  beforeAll(async () => {
    data = await defaultData();
  });

  it('shows who stays, competences at risk, local service kept, vetting and recruitment for each scenario', () => {
    const scenarios = data.dataset.scenarios;
    const evaluations = scenarios.map((s) => data.evaluate(s));
    renderIn(
      <CompareView
        dataset={data.dataset}
        scenarios={scenarios}
        evaluations={evaluations}
        baselines={Object.fromEntries(
          scenarios.map((s) => [s.id, data.evaluate(baselineForMembers(data.dataset, scenarios[0]!, s))]),
        )}
        language="sv"
      />,
    );
    const [today, central, spread] = evaluations as [ScenarioEvaluation, ScenarioEvaluation, ScenarioEvaluation];
    const percent = (v: number) => `${formatNumber(v * 100, 'sv', 1)} %`;
    const kept = cellsOf(figureRow(/^Behållen närservice \(datorer\)/));
    expect(kept[0]).toHaveTextContent('100 %');
    expect(kept[1]).toHaveTextContent(percent(central.coverage.serviceKept.overall.pcs));
    expect(kept[2]).toHaveTextContent(percent(spread.coverage.serviceKept.overall.pcs));
    expect(kept[0]).toHaveTextContent('★ bäst'); // today keeps all of today's local service
    expect(central.coverage.serviceKept.overall.pcs).toBeLessThan(spread.coverage.serviceKept.overall.pcs);
    expect(cellsOf(figureRow(/^Behållen närservice \(anställda\)/))[1]).toHaveTextContent(
      percent(central.coverage.serviceKept.overall.employees),
    );
    const retained = cellsOf(figureRow(/^Förväntat antal som stannar/));
    expect(retained[0]).toHaveTextContent('ej tillämpligt');
    expect(retained[1]).toHaveTextContent(formatNumber(central.retention!.expectedHeadcountRetained, 'sv', 1));
    expect(cellsOf(figureRow(/^Kompetenser i riskzonen/))[1]).toHaveTextContent(
      String(central.retention!.competencesAtRisk.length),
    );
    const vetting = central.assignment!.placements.filter((p) => p.vetting !== null).length;
    expect(cellsOf(figureRow(/^Placeringar som väntar på säkerhetsprövning/))[1]).toHaveTextContent(String(vetting));
    const recruit = cellsOf(figureRow(/^Befattningar att rekrytera externt/));
    expect(recruit.slice(1).map((c) => c.querySelector('.figure-cell-value')!.textContent)).toEqual(['1', '1']);
    expect(today.assignment).toBeNull();
    expect(figuresTable()).not.toHaveTextContent('Parametrarna skiljer sig');
  });

  it('says in the row itself when the parameters behind it differ between the scenarios', () => {
    const plain = data.variant('centralised', 'plain', {
      name: 'Utan vikt',
      parameters: { assignment: { retentionWeight: 0 } },
    });
    const central = data.scenario('centralised');
    const evaluations = [central, plain].map((s) => data.evaluate(s));
    renderIn(
      <CompareView
        dataset={data.dataset}
        scenarios={[central, plain]}
        evaluations={evaluations}
        baselines={{
          [central.id]: data.evaluate(data.scenario('today')),
          [plain.id]: data.evaluate(data.scenario('today')),
        }}
        language="sv"
      />,
    );
    for (const row of [/^Förväntat antal som stannar/, /^Kompetenser i riskzonen/]) {
      expect(within(figureRow(row)).getByRole('rowheader')).toHaveTextContent(
        'Parametrarna skiljer sig mellan scenarierna: r: vikt för sannolikheten att stanna i matchningen',
      );
    }
    expect(within(figureRow(/^Behållen närservice \(datorer\)/)).getByRole('rowheader')).not.toHaveTextContent(
      'skiljer sig',
    );
  });
});

describe('CompareView changes report', () => {
  const data = smallData();
  const locked = data.variant('central', 'locked', {
    name: 'Låst',
    decisions: { locks: [{ personId: 'p004', positionId: 'pos-02' }] },
  });
  const scenarios = data.dataset.scenarios;
  const evaluations = scenarios.map((s) => data.evaluate(s));

  it('lists the people whose position or site differs between the two chosen scenarios', async () => {
    renderIn(
      <CompareView
        dataset={data.dataset}
        scenarios={scenarios}
        evaluations={evaluations}
        baselines={Object.fromEntries(scenarios.map((s) => [s.id, evaluations[0]!]))}
        language="sv"
      />,
    );
    await userEvent.selectOptions(screen.getByLabelText('Från'), 'Central');
    await userEvent.selectOptions(screen.getByLabelText('Till'), locked.name);
    const table = screen.getByRole('table', {
      name: 'Vem som byter befattning eller arbetsplats från ”Central” till ”Låst”',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['p002', 'p004']);
    expect(rows[1]).toHaveTextContent('ingen befattning (övertalig)');
    expect(rows[1]).toHaveTextContent('Nätverkstekniker');
    expect(screen.getByText('2 personer byter befattning eller arbetsplats.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Till'), 'Central');
    expect(screen.getByText('Välj två olika scenarier.')).toBeInTheDocument();
  });
});
