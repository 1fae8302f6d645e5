// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioEvaluation } from '../../../src/engine/evaluateScenario';
import { scenarioSchema } from '../../../src/schema/scenario';
import { ImpactView } from '../../../src/ui/impact/ImpactView';
import { defaultData, renderIn, smallData, type EvaluatedData } from '../overview/viewFixtures';

const peopleTable = () => screen.getByRole('table', { name: 'Restid per person, i dag och i scenariot' });
const bodyRows = () => within(peopleTable()).getAllByRole('row').slice(1);
const firstCells = () => bodyRows().map((r) => within(r).getByRole('rowheader').textContent);
const header = (name: string) => within(peopleTable()).getByRole('button', { name }).closest('th')!;

describe('ImpactView on the small dataset', () => {
  const data = smallData();
  const central = data.evaluate(data.scenario('central'));
  const columnValues = (name: string) => {
    const k = within(peopleTable())
      .getAllByRole('columnheader')
      .findIndex((th) => th.textContent?.startsWith(name));
    return bodyRows().map((r) => r.children[k]!.textContent);
  };

  it('sorts by a column when its header is clicked, and says so with aria-sort', async () => {
    renderIn(<ImpactView dataset={data.dataset} evaluation={central} role="manager" language="sv" />);
    // Scenario minutes (hand-chosen): p001 5, p002 10, p003 4, p004 38.
    await userEvent.click(within(peopleTable()).getByRole('button', { name: 'Minuter i scenariot' }));
    expect(header('Minuter i scenariot')).toHaveAttribute('aria-sort', 'descending');
    expect(firstCells()).toEqual(['p004', 'p002', 'p001', 'p003']);
    await userEvent.click(within(peopleTable()).getByRole('button', { name: 'Minuter i scenariot' }));
    expect(header('Minuter i scenariot')).toHaveAttribute('aria-sort', 'ascending');
    expect(firstCells()).toEqual(['p003', 'p001', 'p002', 'p004']);
    expect(header('Person')).toHaveAttribute('aria-sort', 'none');
    expect(columnValues('Minuter i scenariot')).toEqual(['4', '5', '10', '38']);
  });

  it('filters by employer, by flag and by text', async () => {
    renderIn(<ImpactView dataset={data.dataset} evaluation={central} role="manager" language="sv" />);
    expect(bodyRows()).toHaveLength(4);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Arbetsgivare' }), 'West');
    expect(firstCells().sort()).toEqual(['p003', 'p004']);
    // Only p004 (+31 min) is over X = 20.
    await userEvent.selectOptions(screen.getByLabelText('Flagga'), 'Ökar med mer än 20 min');
    expect(firstCells()).toEqual(['p004']);
    expect(screen.getByRole('status')).toHaveTextContent('1 av 4 personer visas');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Arbetsgivare' }), 'Alla');
    await userEvent.selectOptions(screen.getByLabelText('Flagga'), 'Alla');
    await userEvent.type(screen.getByLabelText('Sök personer, titlar och arbetsplatser'), 'p002');
    expect(firstCells()).toEqual(['p002']);
    // The position column names the position, or says there is none.
    await userEvent.clear(screen.getByLabelText('Sök personer, titlar och arbetsplatser'));
    await userEvent.type(screen.getByLabelText('Sök personer, titlar och arbetsplatser'), 'p004');
    expect(bodyRows()[0]).toHaveTextContent('ingen befattning');
  });

  it('shows competence coverage with the at-risk competences marked', () => {
    renderIn(<ImpactView dataset={data.dataset} evaluation={central} role="manager" language="sv" />);
    const table = screen.getByRole('table', { name: /Innehavare på nivå 3 eller högre som stannar/ });
    for (const competence of central.retention!.competences.filter((c) => c.needed > 0 || c.current > 0)) {
      const name = data.dataset.competences.find((c) => c.id === competence.competenceId)!.name.sv;
      const row = within(table).getByRole('row', { name: new RegExp(`^${name}`) });
      expect(row).toHaveTextContent(competence.atRisk ? '⚠ I riskzonen' : 'OK');
    }
    expect(screen.getByRole('img', { name: /Kompetensinnehavare|innehavare nu/ })).toBeInTheDocument();
  });

  it('labels the flags with the thresholds of the scenario given, even one outside the dataset', () => {
    const strict = scenarioSchema.parse({
      ...data.scenario('central'),
      id: 'strict',
      name: 'Strikt',
      parameters: { commute: { addedMinutesThreshold: 10 } },
    });
    renderIn(
      <ImpactView
        dataset={data.dataset}
        evaluation={data.evaluate(strict)}
        scenario={strict}
        role="manager"
        language="sv"
      />,
    );
    expect(screen.getByRole('heading', { name: 'Konsekvenser: Strikt' })).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('Flagga')).getByRole('option', { name: 'Ökar med mer än 10 min' }),
    ).toBeInTheDocument();
    expect(bodyRows().find((r) => within(r).getByRole('rowheader').textContent === 'p004')).toHaveTextContent(
      'över +10 min',
    );
  });

  it('has no retention figures for the baseline', () => {
    renderIn(
      <ImpactView dataset={data.dataset} evaluation={data.evaluate(data.scenario('today'))} role="hr" language="sv" />,
    );
    expect(screen.getAllByText(/Inga avgångsberäkningar för nuläget/)).toHaveLength(2);
    expect(bodyRows()).toHaveLength(4);
  });
});

describe('ImpactView on the default data', () => {
  let data: EvaluatedData;
  let centralised: ScenarioEvaluation;
  beforeAll(async () => {
    data = await defaultData();
    centralised = data.evaluate(data.scenario('centralised'));
  });

  it('shows HR the salaries and home coordinates', () => {
    renderIn(<ImpactView dataset={data.dataset} evaluation={centralised} role="hr" language="sv" />);
    expect(within(peopleTable()).getByRole('columnheader', { name: /Månadslön/ })).toBeInTheDocument();
    expect(within(peopleTable()).getByRole('columnheader', { name: /Hem \(lat, lon\)/ })).toBeInTheDocument();
    const person = data.dataset.people.find(
      (p) => p.salary !== undefined && centralised.commute.people.some((c) => c.personId === p.id),
    )!;
    const row = within(peopleTable()).getByRole('row', { name: new RegExp(`^${person.id}\\b`) });
    // Swedish digit grouping is a no-break space, which the matcher reads as a space.
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(row).toHaveTextContent(plain(new Intl.NumberFormat('sv-SE').format(person.salary!)));
    expect(row).toHaveTextContent(new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 }).format(person.home.lat));
  });

  it('never puts salaries or home coordinates in the DOM for a manager', () => {
    const { container } = renderIn(
      <ImpactView dataset={data.dataset} evaluation={centralised} role="manager" language="sv" />,
    );
    expect(within(peopleTable()).queryByRole('columnheader', { name: /Månadslön/ })).toBeNull();
    expect(within(peopleTable()).queryByRole('columnheader', { name: /Hem/ })).toBeNull();
    // The markup with its entities decoded, attributes included.
    const html = container.innerHTML.replaceAll('&nbsp;', '\u00a0');
    expect(html).toMatch(/\d\u00a0\d{3}/); // grouped numbers (weekly km) are visible to the checks below
    const sv = (x: number, digits: number) =>
      new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits }).format(x);
    for (const person of data.dataset.people) {
      for (const coordinate of [person.home.lat, person.home.lon]) {
        expect(html).not.toContain(String(coordinate));
        expect(html).not.toContain(sv(coordinate, 4));
      }
      if (person.salary !== undefined) {
        expect(html).not.toContain(sv(person.salary, 0));
        expect(html).not.toContain(`>${person.salary}<`);
      }
    }
  });

  it('draws a histogram of the commute change whose bins add up to the people', () => {
    renderIn(<ImpactView dataset={data.dataset} evaluation={centralised} role="manager" language="sv" />);
    const people = centralised.commute.people.length;
    expect(
      screen.getByRole('img', {
        name: new RegExp(`Histogram över förändringen av enkel restid i minuter: ${people} personer`),
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Förändring av enkel restid' });
    const total = within(table)
      .getAllByRole('cell')
      .reduce((s, cell) => s + Number(cell.textContent), 0);
    expect(total).toBe(people);
    expect(bodyRows()).toHaveLength(people);
  });

  it('shows the expected headcount retained with its 10th percentile', () => {
    renderIn(<ImpactView dataset={data.dataset} evaluation={centralised} role="manager" language="en" />, 'en');
    const r = centralised.retention!;
    const expected = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(r.expectedHeadcountRetained);
    const headline = screen.getByText(
      `Expected to stay: ${expected} of ${r.headcount}; in 9 of 10 possible outcomes at least ${r.headcountRetainedP10} stay.`,
    );
    // A term explained on focus: the tip describes it.
    expect(headline).toHaveAttribute('tabindex', '0');
    expect(headline).toHaveAccessibleDescription(
      /^A cautious figure: in 9 of 10 drawn outcomes there are at least this many/,
    );
    const leave = screen.getByRole('table', { name: 'Probability of leaving during the transition' });
    expect(
      within(leave)
        .getAllByRole('cell')
        .reduce((s, c) => s + Number(c.textContent), 0),
    ).toBe(r.headcount);
  });
});
