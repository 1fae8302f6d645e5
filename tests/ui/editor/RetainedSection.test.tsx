// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { membershipDataset } from '../../../src/engine/scenario/membershipDataset';
import type { Dataset } from '../../../src/schema/dataset';
import { scenarioSchema, type Scenario } from '../../../src/schema/scenario';
import { DataCentreSection } from '../../../src/ui/editor/DataCentreSection';
import { RetainedSection } from '../../../src/ui/editor/RetainedSection';
import { defaultDataset } from '../../helpers/defaultData';
import { renderIn } from '../overview/viewFixtures';

const dataset = await defaultDataset();
const decentralised = dataset.scenarios.find((s) => s.id === 'decentralised')!;

/** The sections with the scenario held in state, as the editor holds it; `latest` reads it back. */
function harness(
  Section: typeof RetainedSection | typeof DataCentreSection,
  start: Scenario = decentralised,
  seen: Dataset = dataset,
) {
  const latest: { scenario: Scenario } = { scenario: start };
  function Host() {
    const [scenario, setScenario] = useState(start);
    latest.scenario = scenario;
    return (
      <Section
        scenario={scenario}
        dataset={seen}
        language="sv"
        onChange={(recipe) => setScenario((s) => scenarioSchema.parse(recipe(s)))}
      />
    );
  }
  renderIn(<Host />);
  return latest;
}

describe('retained positions in the editor', () => {
  it('offers each member of the scenario, Hylte too when the scenario has it', async () => {
    const withHylte = dataset.scenarios.find((s) => s.id === 'decentralised-with-hylte')!;
    const latest = harness(RetainedSection, withHylte, membershipDataset(dataset, withHylte));
    const hylte = screen.getByTestId('retained-hylte');
    await userEvent.click(within(hylte).getByRole('checkbox', { name: 'Säkerhetskänslig drift stannar i kommunen' }));
    expect(latest.scenario.retained.hylte?.securitySensitive).toBe(true);
    // Five members, four security-sensitive positions: the fifth shares the first one's work, and says so.
    expect(hylte).toHaveTextContent(/Tar över: .+ \(pos-09\)\./);
    const gislaved = screen.getByTestId('retained-gislaved');
    await userEvent.click(
      within(gislaved).getByRole('checkbox', { name: 'Säkerhetskänslig drift stannar i kommunen' }),
    );
    expect(gislaved).toHaveTextContent(/Tar över: .+ \(pos-09\)\. Delas med Hylte:/);
    expect(hylte).toHaveTextContent(/Delas med Gislaved:/);
  });

  it('does not offer a municipality outside the scenario', () => {
    harness(RetainedSection, decentralised, membershipDataset(dataset, decentralised));
    expect(screen.getByTestId('retained-gnosjo')).toBeInTheDocument();
    expect(screen.queryByTestId('retained-hylte')).not.toBeInTheDocument();
  });

  it('adds, edits and removes a member’s position, and toggles its security-sensitive operations', async () => {
    const latest = harness(RetainedSection);
    const gnosjo = screen.getByTestId('retained-gnosjo');
    await userEvent.click(within(gnosjo).getByRole('button', { name: 'Lägg till en tjänst för Gnosjö' }));
    await userEvent.click(within(gnosjo).getByRole('button', { name: 'Spara' }));
    expect(latest.scenario.retained.gnosjo?.positions).toHaveLength(1);
    expect(latest.scenario.retained.gnosjo?.positions[0]).toMatchObject({
      functionId: 'ordering',
      siteId: 'gnosjo-kommunhus',
      title: { sv: 'IT-beställare (beställarfunktion)', en: 'IT ordering officer (ordering function)' },
    });
    expect(
      within(gnosjo).getByText(/IT-beställare \(beställarfunktion\) – Beställarfunktion, Gnosjö kommunhus/),
    ).toBeVisible();

    await userEvent.click(within(gnosjo).getByRole('button', { name: /Ändra IT-beställare/ }));
    const title = within(gnosjo).getByRole('textbox', { name: 'Titel' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Beställare och säkerhetssamordnare');
    await userEvent.click(within(gnosjo).getByRole('button', { name: 'Spara' }));
    expect(latest.scenario.retained.gnosjo?.positions.map((p) => p.title)).toEqual([
      { sv: 'Beställare och säkerhetssamordnare', en: 'Beställare och säkerhetssamordnare' },
    ]);

    await userEvent.click(within(gnosjo).getByRole('checkbox', { name: 'Säkerhetskänslig drift stannar i kommunen' }));
    expect(latest.scenario.retained.gnosjo?.securitySensitive).toBe(true);

    await userEvent.click(within(gnosjo).getByRole('button', { name: /Ta bort Beställare och säkerhetssamordnare/ }));
    expect(latest.scenario.retained.gnosjo).toEqual({ positions: [], securitySensitive: true });
  });

  it('refuses a requirement it cannot read, naming the field, and keeps the scenario', async () => {
    const latest = harness(RetainedSection);
    const varnamo = screen.getByTestId('retained-varnamo');
    await userEvent.click(within(varnamo).getByRole('button', { name: 'Lägg till en tjänst för Värnamo' }));
    const requirements = within(varnamo).getByRole('textbox', { name: 'Krav (kompetens:nivå, …)' });
    await userEvent.clear(requirements);
    await userEvent.type(requirements, 'juggling:9');
    await userEvent.click(within(varnamo).getByRole('button', { name: 'Spara' }));
    expect(within(varnamo).getByRole('alert')).toHaveTextContent('Krav (kompetens:nivå, …): skriv varje krav');
    expect(latest.scenario.retained).toEqual({});
  });
});

describe('the data centre in the editor', () => {
  it('refuses a new site outside the region, naming the fields, and takes one inside it', async () => {
    const latest = harness(DataCentreSection);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Datacenter' }), 'En ny plats');
    await userEvent.type(screen.getByRole('textbox', { name: 'Latitud (°N)' }), '59,33');
    await userEvent.type(screen.getByRole('textbox', { name: 'Longitud (°Ö)' }), '18,07');
    await userEvent.click(screen.getByRole('button', { name: 'Använd platsen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Latitud (°N), Longitud (°Ö): punkten 59,33');
    expect(latest.scenario.dataCentre).toBeNull();

    const lat = screen.getByRole('textbox', { name: 'Latitud (°N)' });
    await userEvent.clear(lat);
    await userEvent.type(lat, '57,43');
    const lon = screen.getByRole('textbox', { name: 'Longitud (°Ö)' });
    await userEvent.clear(lon);
    await userEvent.type(lon, '14,1');
    await userEvent.click(screen.getByRole('button', { name: 'Använd platsen' }));
    expect(latest.scenario.dataCentre?.site).toMatchObject({ kind: 'new', lat: 57.43, lon: 14.1 });
  });

  it('chooses an existing server room and which rooms remain', async () => {
    const latest = harness(DataCentreSection);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Datacenter' }), 'Ett befintligt serverrum');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Serverrum' }),
      'Serverrum 1, kommunhuset Gnosjö',
    );
    expect(latest.scenario.dataCentre?.site).toEqual({ kind: 'existing', siteId: 'gnosjo-serverrum-1' });
    expect(screen.getByText('12 rum finns kvar (datacentret medräknat), av 12 idag.')).toBeVisible();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Serverrum 2, gymnasieskola Värnamo' }));
    expect(latest.scenario.dataCentre?.serverRooms).toHaveLength(11);
    expect(screen.getByText('11 rum finns kvar (datacentret medräknat), av 12 idag.')).toBeVisible();
  });

  it('offers the server rooms of the scenario’s members: Hylte’s three with Hylte', async () => {
    const withHylte = dataset.scenarios.find((s) => s.id === 'decentralised-with-hylte')!;
    harness(DataCentreSection, withHylte);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Datacenter' }), 'Ett befintligt serverrum');
    const room = screen.getByRole('combobox', { name: 'Serverrum' });
    expect(within(room).getByRole('option', { name: 'Serverrum 1, kommunhuset Hyltebruk' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Serverrum 3, Torup' })).toBeChecked();
    expect(screen.getByText('15 rum finns kvar (datacentret medräknat), av 15 idag.')).toBeVisible();
  });
});
