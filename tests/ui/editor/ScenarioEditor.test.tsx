// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarioParametersSchema } from '../../../src/schema/scenarioParameters';
import { App } from '../../../src/ui/App';
import { parameterFields, parameterSectionSchemas } from '../../../src/ui/editor/parameterFields';
import { createTranslator } from '../../../src/i18n/createTranslator';
import { smallStore } from '../../state/storeFixtures';

function openEditor(engine = true) {
  const store = smallStore({ engine });
  store.getState().setView('scenarios');
  render(<App store={store} />);
  const central = () => store.getState().scenarios.find((s) => s.id === 'central')!;
  return { store, central };
}

describe('scenario editor', () => {
  it('refuses an invalid value with its reason and leaves the scenario unchanged', async () => {
    const { store, central } = openEditor();
    const field = await screen.findByRole('textbox', { name: /Inställelsetid \(T\)/ });
    await userEvent.clear(field);
    await userEvent.type(field, '-5');
    expect(screen.getByRole('alert')).toHaveTextContent('Inställelsetid (T): måste vara större än 0');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.tab();
    expect(central().parameters.coverage.responseMinutes).toBe(30);
    expect(store.temporal.getState().pastStates).toHaveLength(0);

    const backup = screen.getByRole('textbox', { name: /Tekniker för reserv/ });
    await userEvent.clear(backup);
    await userEvent.type(backup, '2,5{Enter}');
    expect(screen.getByText('Tekniker för reserv: måste vara ett heltal')).toBeInTheDocument();
    await userEvent.clear(backup);
    await userEvent.type(backup, '25{Enter}');
    expect(screen.getByText('Tekniker för reserv: måste vara högst 20')).toBeInTheDocument();
    await userEvent.clear(backup);
    expect(screen.getByText('Tekniker för reserv: måste vara ett tal')).toBeInTheDocument();
    expect(central().parameters.coverage.backupTechnicians).toBe(2);
  });

  it('applies a valid value on Enter (Swedish decimal comma too), undoably, and resets to the default', async () => {
    const { store, central } = openEditor();
    const field = await screen.findByRole('textbox', { name: /Inställelsetid \(T\)/ });
    await userEvent.clear(field);
    await userEvent.type(field, '45{Enter}');
    expect(central().parameters.coverage.responseMinutes).toBe(45);
    expect(screen.queryByRole('alert')).toBeNull();

    const bonus = screen.getByRole('textbox', { name: /Kontinuitetsbonus/ });
    await userEvent.clear(bonus);
    await userEvent.type(bonus, '0,25{Enter}');
    expect(central().parameters.assignment.continuityBonus).toBe(0.25);
    expect(bonus).toHaveValue('0,25');

    await userEvent.click(screen.getByRole('button', { name: 'Återställ Inställelsetid (T) till standardvärdet' }));
    expect(central().parameters.coverage.responseMinutes).toBe(30);
    expect(field).toHaveValue('30');
    expect(screen.getByRole('button', { name: 'Återställ Inställelsetid (T) till standardvärdet' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    expect(central().parameters.coverage.responseMinutes).toBe(45);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
  });

  it("changes a function site, the travel model, a flag and the optimiser's sites", async () => {
    const { central } = openEditor();
    await userEvent.selectOptions(await screen.findByLabelText('Arbetsplats för Ledning'), 'west-hall');
    expect(central().functionSites['head-office']).toBe('west-hall');
    await userEvent.selectOptions(screen.getByLabelText('Restidsmodell'), 'fallback');
    expect(central().parameters.travel.model).toBe('fallback');
    // The lawful default is on; HR may switch it off for a comparison.
    await userEvent.click(screen.getByLabelText('Följ turordningen'));
    expect(central().parameters.selectionOrder.respectOrder).toBe(false);
    await userEvent.selectOptions(screen.getByLabelText('Turordningen görs'), 'before-transfer');
    expect(central().parameters.selectionOrder.basis).toBe('before-transfer');
    const required = screen.getByRole('group', { name: 'Arbetsplatser som måste väljas' });
    await userEvent.click(within(required).getAllByRole('checkbox')[0]!);
    expect(central().parameters.optimiser.requiredSiteIds).toHaveLength(1);
    await userEvent.click(within(required).getByRole('button', { name: /Återställ/ }));
    expect(central().parameters.optimiser.requiredSiteIds).toEqual([]);
  });

  it('caps on-site days and refuses more than seven', async () => {
    const { central } = openEditor();
    await userEvent.click(await screen.findByLabelText('Tak för dagar på plats per vecka'));
    expect(central().onSitePolicy.maxDaysPerWeek).toBe(3);
    const days = screen.getByRole('textbox', { name: /Högst, dagar per vecka/ });
    await userEvent.clear(days);
    await userEvent.type(days, '8{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('måste vara högst 7');
    expect(central().onSitePolicy.maxDaysPerWeek).toBe(3);
    await userEvent.click(screen.getByLabelText('Inget tak: varje befattnings egna dagar gäller'));
    expect(central().onSitePolicy.maxDaysPerWeek).toBeNull();
  });

  it("shows each service point's staffed days and technicians from the result, and adds, moves and removes points", async () => {
    const { store, central } = openEditor();
    const table = await screen.findByRole('table', { name: 'Scenariots servicepunkter' });
    await expect.poll(() => store.getState().results.central?.status).toBe('done');
    const points = store.getState().results.central!.evaluation!.coverage.points;
    const east = within(table).getByRole('row', { name: /^East town hall/ });
    const eastPoint = points.find((p) => p.siteId === 'east-hall')!;
    expect(within(east).getAllByRole('cell')[2]).toHaveTextContent(String(eastPoint.technicians));

    await userEvent.selectOptions(screen.getByLabelText('Arbetsplats för den nya servicepunkten'), 'east-servers');
    await userEvent.selectOptions(screen.getByLabelText('Kommun som den betjänar'), 'east');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till servicepunkt' }));
    expect(central().servicePoints).toContainEqual({ siteId: 'east-servers', municipalityId: 'east' });
    await expect.poll(() => store.getState().results.central?.evaluation?.coverage.points.length).toBe(3);

    await userEvent.selectOptions(
      screen.getByLabelText(/Flytta servicepunkten vid East server room till/),
      'west-hall',
    );
    expect(central().servicePoints.filter((p) => p.siteId === 'west-hall')).toHaveLength(2);
    await userEvent.click(screen.getAllByRole('button', { name: 'Ta bort servicepunkten vid West town hall' })[0]!);
    expect(central().servicePoints).toHaveLength(2);
  });

  it('shows every parameter of the scenario schema with a label, a unit or choice, its default and an explanation', async () => {
    openEditor(false);
    await screen.findByRole('heading', { name: 'Parametrar' });
    const shape = scenarioParametersSchema.parse({});
    const listed = new Set(parameterFields.map((f) => `${f.section}.${f.key}`));
    for (const [section, values] of Object.entries(shape)) {
      for (const key of Object.keys(values)) expect(listed, `${section}.${key}`).toContain(`${section}.${key}`);
    }
    expect(Object.keys(parameterSectionSchemas).sort()).toEqual(Object.keys(shape).sort());
    const t = { sv: createTranslator('sv'), en: createTranslator('en') };
    for (const field of parameterFields) {
      for (const lang of ['sv', 'en'] as const) {
        for (const prefix of ['param', 'help']) {
          const key = `workspace.${prefix}.${field.section}.${field.key}`;
          expect(t[lang](key), `${lang} ${key}`).not.toBe(key);
        }
      }
      const label = t.sv(`workspace.param.${field.section}.${field.key}`);
      const control =
        field.input.kind === 'sites'
          ? screen.getByRole('group', { name: label })
          : screen.getByLabelText(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`));
      expect(control).toBeInTheDocument();
      const container = document.getElementById(`param-${field.section}-${field.key}`)!;
      expect(container).toHaveTextContent('Standard:');
      expect(within(container).getByRole('button', { name: /Återställ/ })).toBeInTheDocument();
    }
  });

  it("restores the scenario's value on Escape", async () => {
    const { central } = openEditor(false);
    const field = await screen.findByRole('textbox', { name: /Inställelsetid \(T\)/ });
    fireEvent.change(field, { target: { value: '-1' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field).toHaveValue('30');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(central().parameters.coverage.responseMinutes).toBe(30);
  });
});
