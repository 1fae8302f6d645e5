// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { evaluateScenario } from '../../../src/engine/evaluateScenario';
import type { HubPlacementParamsInput } from '../../../src/engine/optimiser/hubPlacementTypes';
import { optimiseHubs } from '../../../src/engine/optimiser/optimiseHubs';
import { createI18n, type Language } from '../../../src/i18n/createTranslator';
import { scenarioSchema, type Scenario } from '../../../src/schema/scenario';
import { validateDataset } from '../../../src/schema/validateDataset';
import { HealthChecksPanel } from '../../../src/ui/optimiser/HealthChecksPanel';
import { SuggestHubsPanel, type SuggestHubsControl } from '../../../src/ui/optimiser/SuggestHubsPanel';
import { createInProcessEngine } from '../../../src/worker/inProcessEngine';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel, smallTravelMatrix } from '../../fixtures/smallTravel';

const renderIn = (ui: ReactElement, language: Language) =>
  render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);

const validation = validateDataset(smallDataset(), { strict: true });
if (!validation.ok) throw new Error('small dataset invalid');
const dataset = validation.dataset;
const base = dataset.scenarios.find((s) => s.id === 'central')!;
const options = { travelModel: smallRoadModel, importedMatrix: smallTravelMatrix() };

/** The engine, in process, as the shell's worker would run it. */
const inProcessRun = vi.fn(async (params: Partial<HubPlacementParamsInput>, control: SuggestHubsControl) =>
  optimiseHubs(dataset, base, params, options, { onProgress: control.onProgress }),
);

describe('SuggestHubsPanel', () => {
  it('says why a proposal has fewer sites than p asked for (shortest commutes: p is the most)', async () => {
    // The engine answering with one site when three were allowed.
    const oneSite = async (params: Partial<HubPlacementParamsInput>, control: SuggestHubsControl) =>
      optimiseHubs(dataset, base, { ...params, hubs: 1 }, options, { onProgress: control.onProgress });
    renderIn(
      <SuggestHubsPanel
        dataset={dataset}
        baseScenario={base}
        language="sv"
        run={oneSite}
        onKeep={() => undefined}
        isochroneEngine={createInProcessEngine(smallRoadModel)}
      />,
      'sv',
    );
    await userEvent.selectOptions(screen.getByLabelText('Mål'), 'median');
    const hubs = screen.getByLabelText('Antal platser (p)');
    await userEvent.clear(hubs);
    await userEvent.type(hubs, '3');
    await userEvent.click(screen.getByRole('button', { name: 'Föreslå' }));
    expect(
      await screen.findByText(
        /^Du bad om högst 3 platser; det bästa förslaget använder 1\. En plats till skulle inte korta den sammanlagda pendlingen/,
      ),
    ).toBeInTheDocument();
  });

  it('runs the optimiser with the chosen settings, shows the suggestion and keeps it as a valid scenario', async () => {
    const kept: Scenario[] = [];
    renderIn(
      <SuggestHubsPanel
        dataset={dataset}
        baseScenario={base}
        language="en"
        run={inProcessRun}
        onKeep={(s) => kept.push(s)}
        isochroneEngine={createInProcessEngine(smallRoadModel)}
      />,
      'en',
    );
    expect(screen.getByRole('heading', { name: 'Suggest hubs' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Objective'), 'median');
    const hubs = screen.getByLabelText('Number of sites (p)');
    await userEvent.clear(hubs);
    await userEvent.type(hubs, '2');
    const excluded = screen.getByRole('group', { name: 'Excluded sites' });
    await userEvent.click(within(excluded).getByLabelText('West town hall'));
    await userEvent.click(screen.getByRole('button', { name: 'Suggest' }));

    const table = await screen.findByRole('table', { name: 'Suggested placement and alternatives' });
    expect(inProcessRun).toHaveBeenLastCalledWith(
      expect.objectContaining({ objective: 'median', hubs: 2, excludedSiteIds: ['west-hall'], requiredSiteIds: [] }),
      expect.anything(),
    );
    // Hand sums (tests/fixtures/smallTravel.ts): the CEO 5 minutes to East town hall, p002 6 to the server room.
    const best = within(table).getByRole('row', { name: /^Suggestion/ });
    expect(within(best).getByText('Head office: East town hall')).toBeInTheDocument();
    expect(within(best).getByText('Infrastructure: East server room')).toBeInTheDocument();
    expect(within(best).getAllByText('11').length).toBeGreaterThan(0);
    // A whole sentence, and the objective (the commute) in one column, not two equal ones.
    expect(
      screen.getByText(/^The proposal with the shortest total one-way commute of everyone \(lower is better\)\./),
    ).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Objective' })).toBeNull();
    expect(within(table).getByRole('columnheader', { name: 'Total commute, minutes (objective)' })).toBeInTheDocument();
    // p is the most sites for this objective, and the form says so.
    expect(
      screen.getByText(/p is the most sites\. A further site is opened only when it shortens the total commute/),
    ).toBeInTheDocument();
    if (best.querySelectorAll('td')[0]!.textContent!.split(', ').length < 2) {
      expect(
        screen.getByText(
          /^You asked for at most 2 sites; the best proposal uses 1\. A further site would not shorten the total commute/,
        ),
      ).toBeInTheDocument();
    } else {
      expect(screen.queryByText(/^You asked for at most/)).toBeNull();
    }

    // Drawn before it is kept: the suggestion's sites on a read-only map, with its table.
    await userEvent.click(within(best).getByRole('button', { name: 'Show on map: Suggestion' }));
    const figure = screen.getByRole('figure', { name: /^Suggestion on the map/ });
    const roles = within(figure).getByRole('table', { name: 'Sites and their roles in the scenario' });
    const rows = within(roles).getAllByRole('row').length - 1;
    expect(
      within(figure).getByRole('img', {
        name: `Map of the region with the sites of Suggestion: ${rows} sites with a role`,
      }),
    ).toBeInTheDocument();
    expect(within(roles).getByRole('row', { name: /East town hall/ })).toHaveTextContent('head office');
    expect(within(roles).getByRole('row', { name: /East server room/ })).toHaveTextContent('site of Infrastructure');
    expect(within(figure).queryAllByRole('button', { name: /East town hall/ })).toHaveLength(0);
    // The area reached from its service points, computed by the engine as on the Map view.
    expect(
      await within(figure).findByText(
        `Reached within ${base.parameters.coverage.responseMinutes} min from a staffed service point (travel model)`,
      ),
    ).toBeInTheDocument();
    expect(figure.querySelector('path.map-coverage')).not.toBeNull();
    await userEvent.click(within(best).getByRole('button', { name: 'Show on map: Suggestion' }));
    expect(screen.queryByRole('figure')).toBeNull();

    await userEvent.click(within(best).getByRole('button', { name: 'Keep as new scenario: Suggestion' }));
    expect(kept).toHaveLength(1);
    expect(scenarioSchema.safeParse(kept[0]).success).toBe(true);
    expect(kept[0]!.functionSites).toEqual({ 'head-office': 'east-hall', infrastructure: 'east-servers' });
    expect(kept[0]!.id).not.toBe(base.id);
    expect(kept[0]!.name).toBe(`${base.name} (shortest commutes, p = 2)`);
    expect(kept[0]!.description).toBe(
      `Sites suggested by the hub placement (shortest commutes, p = 2), starting from "${base.name}".`,
    );
    expect(screen.getByRole('status')).toHaveTextContent(`Kept as "${kept[0]!.name}"`);
  });

  it('shows the coverage limit for coverage, and an error from the engine as an alert, in Swedish', async () => {
    renderIn(
      <SuggestHubsPanel dataset={dataset} baseScenario={base} language="sv" run={inProcessRun} onKeep={() => {}} />,
      'sv',
    );
    await userEvent.selectOptions(screen.getByLabelText('Mål'), 'coverage');
    expect(screen.getByLabelText('Täckningsgräns T (minuter)')).toHaveValue(30);
    const required = screen.getByRole('group', { name: 'Obligatoriska platser' });
    const excluded = screen.getByRole('group', { name: 'Uteslutna platser' });
    await userEvent.click(within(required).getByLabelText('East town hall'));
    await userEvent.click(within(excluded).getByLabelText('East town hall'));
    await userEvent.click(screen.getByRole('button', { name: 'Föreslå' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('"East town hall" är både obligatorisk och utesluten');
  });

  it('shows a rejected run as an error', async () => {
    const failing = async () => {
      throw new Error('worker stopped');
    };
    renderIn(
      <SuggestHubsPanel dataset={dataset} baseScenario={base} language="en" run={failing} onKeep={() => {}} />,
      'en',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Suggest' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The optimiser could not run: An unexpected fault in the engine: worker stopped',
    );
  });
});

describe('HealthChecksPanel', () => {
  it('lists the findings and the spans of control', () => {
    const evaluation = evaluateScenario(dataset, base, options);
    renderIn(<HealthChecksPanel dataset={dataset} scenario={base} evaluation={evaluation} language="en" />, 'en');
    const findings = screen.getByRole('table', { name: 'Findings of the health checks' });
    // One holder each of leadership, network and endpoint management among the placed people.
    expect(
      within(findings).getByText('Competence Leadership has a single holder (the positions need 1).'),
    ).toBeInTheDocument();
    const spans = screen.getByRole('table', { name: /Span of control per manager position/ });
    expect(within(spans).getByRole('row', { name: /CEO \(pos-01\)/ })).toHaveTextContent('2');
  });
});
