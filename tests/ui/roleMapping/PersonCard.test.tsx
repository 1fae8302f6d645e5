// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PersonCard, type PersonCardProps } from '../../../src/ui/roleMapping/PersonCard';
import { renderIn } from '../overview/viewFixtures';

const base: PersonCardProps = {
  personLabel: 'p007',
  scenarioName: 'Centraliserad',
  status: 'bench',
  positionTitle: null,
  unitName: null,
  siteName: 'Värnamo stadshus',
  commute: null,
  mileageSekPerKm: 2.5,
  language: 'sv',
  printDate: '2027-03-15',
  todayTitle: 'IT-tekniker',
  todaySite: 'Gislaved kommunhus',
  entitlement: {
    personId: 'p007',
    employmentYears: 5,
    noticeMonths: 3,
    reemploymentRight: true,
    redeploymentOptions: ['pos-30'],
  },
  positionLabel: (id) => (id === 'pos-30' ? 'Servicedesktekniker' : id),
  municipalityName: 'Gislaved',
  onClose: () => undefined,
};

describe('PersonCard: what changes for me', () => {
  it("says it is a draft of a scenario, with the scenario, the print date, today's title and site", () => {
    renderIn(<PersonCard {...base} />);
    expect(screen.getByText('Utkast – scenario, inget beslut')).toBeInTheDocument();
    expect(screen.getByText(/Centraliserad/)).toHaveTextContent('Utskrivet 2027-03-15');
    expect(screen.getByText('I dag: IT-tekniker, Gislaved kommunhus')).toBeInTheDocument();
  });

  it('lists what a benched person is owed: notice, re-employment right and open positions', () => {
    renderIn(<PersonCard {...base} />);
    const owed = screen.getByRole('region', { name: 'Det här har du rätt till' });
    expect(owed).toHaveTextContent('Uppsägningstid: 3 månader (LAS 11 §, 5 års anställning)');
    expect(owed).toHaveTextContent('Företrädesrätt till återanställning i 9 månader');
    expect(owed).toHaveTextContent('Servicedesktekniker');
  });

  it('shows no entitlements for a placed person, and the municipality for one who declined', () => {
    renderIn(<PersonCard {...base} status="placed" positionTitle="Nätverkstekniker" entitlement={null} />);
    expect(screen.queryByRole('region', { name: 'Det här har du rätt till' })).toBeNull();
    renderIn(<PersonCard {...base} status="declined" entitlement={null} />);
    expect(screen.getByText(/Du är kvar anställd hos Gislaved/)).toBeInTheDocument();
  });
});
