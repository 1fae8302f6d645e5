// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { economicsOfScenario } from '../../../src/engine/economics/economicsOfScenario';
import type { ScenarioEvaluation } from '../../../src/engine/evaluateScenario';
import { economicsMessages } from '../../../src/i18n/economics';
import type { Language } from '../../../src/i18n/createTranslator';
import type { EconomicsParameters } from '../../../src/schema/economicsParameters';
import type { Scenario } from '../../../src/schema/scenario';
import { economicsFields } from '../../../src/ui/economics/economicsFields';
import { EconomicsView } from '../../../src/ui/economics/EconomicsView';
import { defaultData, renderIn, type EvaluatedData } from '../overview/viewFixtures';

describe('EconomicsView on the default data', () => {
  let data: EvaluatedData;
  let evaluation: ScenarioEvaluation;
  beforeAll(async () => {
    data = await defaultData();
    evaluation = data.evaluate(data.scenario('decentralised'));
  });

  /** The view with its own scenario state, as the store would hold it. */
  function Harness({ initial, language }: { initial: Scenario; language: Language }) {
    const [scenario, setScenario] = useState(initial);
    return (
      <EconomicsView
        dataset={data.dataset}
        scenario={scenario}
        evaluation={evaluation}
        language={language}
        onChange={(economics: EconomicsParameters) => setScenario({ ...scenario, economics })}
      />
    );
  }
  const show = (language: Language = 'sv') =>
    renderIn(<Harness initial={data.scenario('decentralised')} language={language} />, language);

  it('shows the paths with the band and the hump, the payback year, the items and the timeline', () => {
    show();
    const outcome = economicsOfScenario(data.dataset, data.scenario('decentralised'), evaluation);
    if (!outcome.ok) throw new Error('refused');
    const r = outcome.result;
    expect(screen.getByRole('heading', { name: 'Ekonomi och genomförandeplan' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Linjediagram över årlig kostnad 2027–2031.*10 %.*30 %/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('hump-bar')).toHaveLength(5);
    expect(screen.getByTestId('payback')).toHaveTextContent(
      r.paybackYear === null ? 'Inte återbetalt inom 2027–2031' : `Återbetalt ${r.paybackYear}`,
    );
    const table = screen.getByRole('table', { name: 'Kostnad per år, kr' });
    expect(within(table).getByRole('row', { name: /^Uppsägningslön och avgångsvederlag/ })).toBeInTheDocument();
    const timeline = screen.getByRole('img', { name: /^Tidslinje från 2026/ });
    for (const label of [
      'Förberedelse (ingen fas)',
      'Etablera och hantera: 6 månader, 3 000 h',
      'Designa och bygga: 12 månader, 9 000 h',
      'Migrera och avveckla: 22 månader, 8 000 h',
    ])
      expect(within(timeline).getByText(label)).toBeInTheDocument();
    expect(within(timeline).getByText('Övergång 2027-07-01')).toBeInTheDocument();
    if (r.counts.benched > 0)
      expect(within(timeline).getAllByText(/^Uppsägningstid \d mån \(\d+ person(er)?\)$/).length).toBe(
        r.noticeGroups.length,
      );
  });

  it("shows each member's payments under the chosen model", async () => {
    show();
    const payments = () =>
      screen.getByRole('table', {
        name: /^Betalning per medlem och år med Kombinerad|^Betalning per medlem och år med Efter faktisk/,
      });
    expect(within(payments()).getAllByRole('row')).toHaveLength(1 + 4);
    await userEvent.selectOptions(screen.getByLabelText('Finansieringsmodell'), 'use');
    expect(payments()).toHaveAccessibleName(/Efter faktisk användning/);
    expect(within(payments()).getByRole('row', { name: /^Gnosjö/ })).toBeInTheDocument();
  });

  it('marks every assumption with its unit, default and source, and refuses a negative rate naming the bound', async () => {
    show();
    for (const field of economicsFields)
      expect(document.getElementById(`economics-${field.key}`)).toHaveTextContent('Antagande');
    const saving = screen.getByRole('textbox', { name: /^Konsolideringsbesparing/ });
    expect(document.getElementById('economics-saving')).toHaveTextContent('Standard: 0,2');
    expect(document.getElementById('economics-saving')).toHaveTextContent('Källa: Förstudien: 10–30 %');
    fireEvent.change(screen.getByRole('textbox', { name: /^Konsulttimme/ }), { target: { value: '-5' } });
    expect(screen.getByRole('alert')).toHaveTextContent('måste vara minst 0');
    fireEvent.keyDown(screen.getByRole('textbox', { name: /^Konsulttimme/ }), { key: 'Escape' });
    // A larger saving lowers the last year's company cost.
    const lastTotal = () =>
      within(screen.getByRole('row', { name: /^Bolaget, totalt/ }))
        .getAllByRole('cell')
        .at(-1)!.textContent;
    const before = lastTotal();
    fireEvent.change(saving, { target: { value: '0,3' } });
    fireEvent.keyDown(saving, { key: 'Enter' });
    expect(lastTotal()).not.toBe(before);
  });

  it('speaks English', () => {
    show('en');
    expect(screen.getByRole('heading', { name: 'Economics and transition plan' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Timeline from 2026/ })).toBeInTheDocument();
    expect(screen.getByText('Establish and manage: 6 months, 3,000 h')).toBeInTheDocument();
  });
});

describe('economics messages', () => {
  it('has the same keys in Swedish and English, none empty', () => {
    expect(Object.keys(economicsMessages.sv).sort()).toEqual(Object.keys(economicsMessages.en).sort());
    for (const text of [...Object.values(economicsMessages.sv), ...Object.values(economicsMessages.en)])
      expect(text.trim()).not.toBe('');
  });
});
