// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/createTranslator';
import type { Dataset } from '../../../src/schema/dataset';
import type { Scenario } from '../../../src/schema/scenario';
import { MembersSection } from '../../../src/ui/editor/MembersSection';
import { defaultDataset } from '../../helpers/defaultData';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await defaultDataset();
});

function Harness({ initial, onScenario }: { initial: Scenario; onScenario: (s: Scenario) => void }) {
  const [scenario, setScenario] = useState(initial);
  return (
    <MembersSection
      scenario={scenario}
      dataset={dataset}
      onChange={(recipe) =>
        setScenario((s) => {
          const next = recipe(s);
          onScenario(next);
          return next;
        })
      }
    />
  );
}

const renderWith = (scenario: Scenario) => {
  let latest = scenario;
  render(
    <I18nextProvider i18n={createI18n('sv')}>
      <Harness initial={scenario} onScenario={(s) => (latest = s)} />
    </I18nextProvider>,
  );
  return () => latest;
};

describe('the members of a scenario in the editor', () => {
  it('ticks the default members, offers Hylte, and adds it with a service point at its IT office', async () => {
    const current = renderWith(dataset.scenarios.find((s) => s.id === 'decentralised')!);
    const group = screen.getByRole('group', { name: 'Medlemskommuner' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => b.parentElement?.textContent?.trim())).toEqual([
      'Gislaved',
      'Gnosjö',
      'Värnamo',
      'Vaggeryd',
      'Hylte',
    ]);
    expect(within(group).getByRole('checkbox', { name: 'Hylte' })).not.toBeChecked();
    // Jönköping has no pre-study figures: not offered, and the note says so.
    expect(screen.getByText(/Jönköping: saknar förstudiens uppgifter/)).toBeInTheDocument();
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Hylte' }));
    expect(current().members).toEqual(['gislaved', 'gnosjo', 'varnamo', 'vaggeryd', 'hylte']);
    expect(current().servicePoints.at(-1)).toEqual({ siteId: 'hylte-it-kontor', municipalityId: 'hylte' });
    expect(screen.getByText(/Hyltes personal och befattningar är antaganden/)).toBeInTheDocument();
  });

  it('warns about decisions on the people of a member turned off, and keeps them', async () => {
    const base = dataset.scenarios.find((s) => s.id === 'decentralised-with-hylte')!;
    const hylteKeeps = { hylte: { positions: [], securitySensitive: true } };
    const current = renderWith({
      ...base,
      stages: { p063: 'confirmed' },
      decisions: { ...base.decisions, vacancies: ['pos-52'] },
      retained: hylteKeeps,
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hylte' }));
    expect(current().members).toEqual(['gislaved', 'gnosjo', 'varnamo', 'vaggeryd']);
    expect(current().stages).toEqual({ p063: 'confirmed' });
    expect(current().retained).toEqual(hylteKeeps);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('urvalssteg för p063 (Hylte)');
    expect(alert).toHaveTextContent('det Hylte behåller själv (tjänster, säkerhetskänslig drift)');
    expect(alert).toHaveTextContent('IT-tekniker fältservice (pos-52) hålls vakant (Hylte)');
  });

  it('does not let the last member go', async () => {
    const current = renderWith({ ...dataset.scenarios[1]!, members: ['gnosjo'] });
    const only = screen.getByRole('checkbox', { name: 'Gnosjö' });
    expect(only).toBeChecked();
    expect(only).toBeDisabled();
    expect(screen.getByText('Ett scenario behöver minst en medlem.')).toBeInTheDocument();
    expect(current().members).toEqual(['gnosjo']);
  });
});
