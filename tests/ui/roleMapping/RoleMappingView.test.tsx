// @vitest-environment happy-dom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { holderOf, panel, positionRow, renderRoleMapping } from './renderRoleMapping';

const TIMEOUT = { timeout: 10_000 };
const ready = () => screen.findByRole('table', { name: 'Drift: befattningar och innehavare' }, TIMEOUT);
const open = async (title: string) => {
  await userEvent.click(screen.getByRole('button', { name: new RegExp(`^Öppna ${title}`) }));
  return panel(new RegExp(`^Befattning: ${title}`));
};
const reason = (region: HTMLElement) => within(region).getByLabelText('Motivering (krävs)');

describe('RoleMappingView', () => {
  it('lists the positions by unit with holder, fit, stage, lock and rank, and the bench', async () => {
    renderRoleMapping();
    await ready();
    expect(screen.getByRole('table', { name: 'Ledning: befattningar och innehavare' })).toBeInTheDocument();
    expect(holderOf('VD')).toBe('p001');
    const row = positionRow('Nätverkstekniker');
    expect(row).toHaveTextContent('föreslagen');
    expect(row).toHaveTextContent('inte låst');
    // The selection group by its site and agreement area, not by its id.
    expect(row).toHaveTextContent(/plats \d \([^)]+ · tjänstemän\)/);
    expect(row).not.toHaveTextContent('--tjansteman');
    expect(
      within(screen.getByRole('region', { name: 'Utan befattning' })).getByRole('button', { name: 'Beslut om p004' }),
    ).toBeInTheDocument();
  });

  it('computes a position’s runner-up and candidates when it is opened, not before', async () => {
    renderRoleMapping();
    await ready();
    expect(screen.queryByText(/^Tvåa:/)).toBeNull();
    const region = await open('Nätverkstekniker');
    const line = await within(region).findByText(/Tvåa: p\d{3} \(matchning/, {}, TIMEOUT);
    expect(line).not.toHaveTextContent(`Tvåa: ${holderOf('Nätverkstekniker')} `);
    expect(
      await within(region).findByRole('table', { name: 'Kandidater till Nätverkstekniker, bäst först' }, TIMEOUT),
    ).toBeInTheDocument();
  });

  it('refuses an assign without a reason; with one it locks the person, logs it and recalculates', async () => {
    const { store, central } = renderRoleMapping();
    await ready();
    const region = await open('Nätverkstekniker');
    const candidates = await within(region).findByRole(
      'table',
      { name: 'Kandidater till Nätverkstekniker, bäst först' },
      TIMEOUT,
    );
    await userEvent.click(within(candidates).getByRole('button', { name: 'Tilldela p004' }));
    expect(within(region).getByRole('alert')).toHaveTextContent('Skriv en motivering först');
    expect(central().decisions.locks).toEqual([]);
    expect(central().log).toEqual([]);

    await userEvent.type(reason(region), 'Bäst nätverkskompetens');
    await userEvent.click(within(candidates).getByRole('button', { name: 'Tilldela p004' }));
    expect(central().decisions.locks).toEqual([{ personId: 'p004', positionId: 'pos-02' }]);
    expect(central().log).toHaveLength(1);
    expect(central().log[0]).toMatchObject({
      role: 'hr',
      action: 'lock',
      personId: 'p004',
      positionId: 'pos-02',
      reason: 'Bäst nätverkskompetens',
    });
    expect(Number.isNaN(Date.parse(central().log[0]!.at))).toBe(false);
    expect(within(region).getByRole('status')).toHaveTextContent('Sparat: p004 tilldelad Nätverkstekniker');
    await waitFor(() => expect(holderOf('Nätverkstekniker')).toBe('p004'), TIMEOUT);
    expect(positionRow('Nätverkstekniker')).toHaveTextContent('🔒 låst');

    // Undoable: the scenario returns to before the decision.
    act(() => store.temporal.getState().undo());
    expect(central().decisions.locks).toEqual([]);
    expect(central().log).toEqual([]);
  });

  it('locks and unlocks the holder, each with its reason in the log', async () => {
    const { central } = renderRoleMapping();
    await ready();
    const region = await open('VD');
    await userEvent.type(reason(region), 'Given VD');
    await userEvent.click(within(region).getByRole('button', { name: 'Lås p001' }));
    expect(central().decisions.locks).toEqual([{ personId: 'p001', positionId: 'pos-01' }]);
    await waitFor(() => expect(positionRow('VD')).toHaveTextContent('🔒 låst'), TIMEOUT);
    const again = panel(/^Befattning: VD/);
    await userEvent.type(reason(again), 'Ompröva');
    await userEvent.click(await within(again).findByRole('button', { name: 'Lås upp p001' }));
    expect(central().decisions.locks).toEqual([]);
    expect(central().log.map((e) => [e.action, e.personId, e.positionId, e.reason])).toEqual([
      ['lock', 'p001', 'pos-01', 'Given VD'],
      ['unlock', 'p001', 'pos-01', 'Ompröva'],
    ]);
  });

  it('excludes the holder from a position: someone else takes it', async () => {
    const { central } = renderRoleMapping();
    await ready();
    const region = await open('Nätverkstekniker');
    await userEvent.type(reason(region), 'Har bett om annan tjänst');
    await userEvent.click(within(region).getByRole('button', { name: 'Uteslut p002 från befattningen' }));
    expect(central().decisions.exclusions).toEqual([{ personId: 'p002', positionId: 'pos-02' }]);
    expect(central().log.at(-1)).toMatchObject({ action: 'exclude', personId: 'p002', positionId: 'pos-02' });
    await waitFor(() => expect(holderOf('Nätverkstekniker')).not.toBe('p002'), TIMEOUT);
    // The candidates say why p002 is no longer allowed, and the exclusion can be taken back.
    const after = panel(/^Befattning: Nätverkstekniker/);
    const row = (await within(after).findByRole('rowheader', { name: 'p002' }, TIMEOUT)).closest('tr')!;
    expect(row).toHaveTextContent('utesluten genom beslut');
    expect(within(row).getByRole('button', { name: 'Tilldela p002' })).toBeDisabled();
    expect(within(after).getByRole('button', { name: 'Tillåt p002 igen' })).toBeInTheDocument();
  });

  it('keeps a position vacant and reopens it', async () => {
    const { central } = renderRoleMapping();
    await ready();
    const region = await open('IT-tekniker väst');
    await userEvent.type(reason(region), 'Vänta på budget');
    await userEvent.click(within(region).getByRole('button', { name: 'Håll vakant' }));
    expect(central().decisions.vacancies).toEqual(['pos-03']);
    await waitFor(() => expect(holderOf('IT-tekniker väst')).toBe('hålls vakant'), TIMEOUT);
    const vacant = panel(/^Befattning: IT-tekniker väst/);
    expect(vacant).toHaveTextContent('Befattningen hålls vakant');
    await userEvent.type(reason(vacant), 'Budget klar');
    await userEvent.click(within(vacant).getByRole('button', { name: 'Öppna igen' }));
    expect(central().decisions.vacancies).toEqual([]);
    expect(central().log.map((e) => e.action)).toEqual(['vacancy', 'unvacancy']);
    await waitFor(() => expect(holderOf('IT-tekniker väst')).not.toBe('hålls vakant'), TIMEOUT);
  });

  it('sets stages: slated locks the holder; leaving moves a bench person outside', async () => {
    const { central } = renderRoleMapping();
    await ready();
    const region = await open('IT-tekniker väst');
    await userEvent.selectOptions(within(region).getByLabelText('Urvalssteg för p003'), 'slated');
    await userEvent.type(reason(region), 'Samtal klart');
    await userEvent.click(within(region).getByRole('button', { name: 'Sätt urvalssteg' }));
    expect(central().stages).toEqual({ p003: 'slated' });
    expect(central().decisions.locks).toEqual([{ personId: 'p003', positionId: 'pos-03' }]);
    expect(central().log.at(-1)).toMatchObject({
      action: 'stage',
      personId: 'p003',
      positionId: 'pos-03',
      detail: 'slated',
    });
    await waitFor(() => expect(positionRow('IT-tekniker väst')).toHaveTextContent('utsedd'), TIMEOUT);

    await userEvent.click(screen.getByRole('button', { name: 'Beslut om p004' }));
    const person = panel(/^Person: p004/);
    await userEvent.selectOptions(within(person).getByLabelText('Urvalssteg för p004'), 'leaving');
    await userEvent.type(reason(person), 'Har sagt upp sig');
    await userEvent.click(within(person).getByRole('button', { name: 'Sätt urvalssteg' }));
    expect(central().stages).toEqual({ p003: 'slated', p004: 'leaving' });
    const outside = await screen.findByRole('region', { name: 'Utanför det nya bolaget' });
    await waitFor(
      () => expect(within(outside).getByRole('row', { name: /p004/ })).toHaveTextContent('slutar'),
      TIMEOUT,
    );
  });

  it('refuses slated for a person without a position, and a fourth LAS exemption', async () => {
    const { store, central } = renderRoleMapping();
    await ready();
    await userEvent.click(screen.getByRole('button', { name: 'Beslut om p004' }));
    const person = panel(/^Person: p004/);
    await userEvent.type(reason(person), 'Test');
    await userEvent.selectOptions(within(person).getByLabelText('Urvalssteg för p004'), 'confirmed');
    await userEvent.click(within(person).getByRole('button', { name: 'Sätt urvalssteg' }));
    expect(within(person).getByRole('alert')).toHaveTextContent('kräver en befattning');
    expect(central().stages).toEqual({});

    act(() => {
      store.getState().updateScenario('central', (s) => ({
        ...s,
        decisions: { ...s.decisions, lasExemptions: ['p001', 'p002', 'p003'] },
      }));
    });
    await userEvent.click(within(person).getByRole('button', { name: 'Undanta p004 från turordningen' }));
    expect(within(person).getByRole('alert')).toHaveTextContent('Högst tre personer');
    expect(central().decisions.lasExemptions).toEqual(['p001', 'p002', 'p003']);
  });

  it('swaps two placed people with two locks', async () => {
    const { central } = renderRoleMapping();
    await ready();
    const region = await open('Nätverkstekniker');
    await userEvent.selectOptions(within(region).getByLabelText('Byt med'), 'p003');
    await userEvent.type(reason(region), 'Byter enligt önskemål');
    await userEvent.click(within(region).getByRole('button', { name: 'Byt' }));
    expect(central().decisions.locks).toEqual([
      { personId: 'p002', positionId: 'pos-03' },
      { personId: 'p003', positionId: 'pos-02' },
    ]);
    expect(central().log.map((e) => [e.action, e.personId, e.positionId])).toEqual([
      ['lock', 'p002', 'pos-03'],
      ['lock', 'p003', 'pos-02'],
    ]);
    await waitFor(() => expect(holderOf('Nätverkstekniker')).toBe('p003'), TIMEOUT);
    expect(holderOf('IT-tekniker väst')).toBe('p002');
  });

  it('re-optimises keeping the locks and says what the latest recalculation changed', async () => {
    const { central } = renderRoleMapping();
    await ready();
    const reoptimise = screen.getByRole('region', { name: 'Optimera om' });
    await userEvent.click(within(reoptimise).getByRole('button', { name: 'Optimera om' }));
    expect(within(reoptimise).getByRole('status')).toHaveTextContent('Ingen tidigare beräkning');

    const region = await open('Nätverkstekniker');
    await userEvent.type(reason(region), 'Bäst nätverkskompetens');
    await userEvent.click(within(region).getByRole('button', { name: 'Tilldela p004' }));
    await waitFor(() => expect(holderOf('Nätverkstekniker')).toBe('p004'), TIMEOUT);
    await userEvent.click(within(reoptimise).getByRole('button', { name: 'Optimera om' }));
    const status = within(reoptimise).getByRole('status');
    expect(status.textContent).toMatch(/^\d+ personer? flyttades$/);
    const moved = within(reoptimise).getByRole('table', { name: 'Ändringar vid den senaste omräkningen' });
    const p004 = within(moved).getByRole('row', { name: /^p004/ });
    expect(p004).toHaveTextContent('utan befattning');
    expect(p004).toHaveTextContent('Nätverkstekniker');
    expect(central().decisions.locks).toEqual([{ personId: 'p004', positionId: 'pos-02' }]);
    expect(positionRow('Nätverkstekniker')).toHaveTextContent('🔒 låst');
  });

  it('filters positions by unit, locked and text', async () => {
    renderRoleMapping();
    await ready();
    await userEvent.selectOptions(screen.getByLabelText('Enhet'), 'management');
    expect(screen.queryByRole('table', { name: 'Drift: befattningar och innehavare' })).toBeNull();
    expect(screen.getByText('1 av 3 befattningar visas')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Enhet'), '');
    await userEvent.click(screen.getByLabelText('Bara låsta'));
    expect(screen.getByText('0 av 3 befattningar visas')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Bara låsta'));
    await userEvent.type(screen.getByLabelText('Sök befattningar och personer'), 'p003');
    expect(screen.getByText('1 av 3 befattningar visas')).toBeInTheDocument();
    expect(holderOf('IT-tekniker väst')).toBe('p003');
  });

  it('opens a person’s card with position, site, commute and weekly cost, and prints it', async () => {
    renderRoleMapping();
    await ready();
    const region = await open('IT-tekniker väst');
    await userEvent.click(within(region).getByRole('button', { name: 'Vad ändras för p003' }));
    const card = screen.getByRole('article', { name: 'Vad ändras för p003' });
    expect(card).toHaveTextContent('IT-tekniker väst');
    expect(card).toHaveTextContent('West town hall');
    const table = within(card).getByRole('table', { name: 'Pendling och resekostnad, före och efter' });
    expect(within(table).getByRole('rowheader', { name: 'Resekostnad per vecka à 2,50 kr/km' })).toBeInTheDocument();
    let printed = 0;
    const original = window.print;
    window.print = () => {
      printed++;
    };
    await userEvent.click(within(card).getByRole('button', { name: 'Skriv ut kortet' }));
    window.print = original;
    expect(printed).toBe(1);
  });

  it('draws the flow from the departments with a table of the same flows', async () => {
    renderRoleMapping();
    await ready();
    expect(screen.getByRole('img', { name: /^Flöde av 4 personer från dagens förvaltning/ })).toBeInTheDocument();
    const flows = screen.getByRole('table', { name: 'Flöden av personer' });
    expect(within(flows).getByRole('row', { name: /IT West Utan befattning 1/ })).toBeInTheDocument();
  });

  it('moves the focus to the panel of the position opened (keyboard), and speaks English when asked', async () => {
    renderRoleMapping('en');
    await screen.findByRole('table', { name: 'Operations: positions and holders' }, TIMEOUT);
    expect(screen.getByRole('heading', { name: 'Role mapping: Central' })).toBeInTheDocument();
    screen.getByRole('button', { name: /^Open Network technician|^Open Nätverkstekniker/ }).focus();
    await userEvent.keyboard('{Enter}');
    const region = screen.getByRole('region', { name: /^Position: / });
    expect(within(region).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(within(region).getByLabelText('Reason (required)')).toBeInTheDocument();
    expect(within(region).getByRole('table', { name: /^Candidates for .*, best first$/ })).toBeInTheDocument();
  });

  it('shows the card of a person on the bench, without salary or home', async () => {
    renderRoleMapping();
    await ready();
    await userEvent.click(screen.getByRole('button', { name: 'Beslut om p004' }));
    await userEvent.click(within(panel(/^Person: p004/)).getByRole('button', { name: 'Vad ändras för p004' }));
    const card = screen.getByRole('article', { name: 'Vad ändras för p004' });
    expect(card).toHaveTextContent('ingen befattning');
    expect(within(card).getByRole('table', { name: 'Pendling och resekostnad, före och efter' })).toBeInTheDocument();
    expect(card.textContent).not.toMatch(/lön|57[.,]\d|13[.,]\d/i);
    expect(within(card).getByRole('heading', { name: 'Vad ändras för p004' })).toHaveFocus();
  });
});
