import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine/evaluateScenario';
import { healthChecks, type HealthFinding } from '../../../src/engine/health/healthChecks';
import type { DatasetInput } from '../../../src/schema/dataset';
import { validateDataset } from '../../../src/schema/validateDataset';
import { smallDataset } from '../../fixtures/smallDataset';
import { smallRoadModel, smallTravelMatrix } from '../../fixtures/smallTravel';

const options = { travelModel: smallRoadModel, importedMatrix: smallTravelMatrix() };

/** The small dataset, changed by `edit`, its `central` scenario evaluated and checked. */
function check(edit: (raw: DatasetInput) => void = () => {}, maxSpanOfControl?: number) {
  const raw = smallDataset();
  edit(raw);
  const validation = validateDataset(raw);
  if (!validation.ok) throw new Error(JSON.stringify(validation.errors.slice(0, 2)));
  const dataset = validation.dataset;
  const scenario = dataset.scenarios.find((s) => s.id === 'central')!;
  const evaluation = evaluateScenario(
    dataset,
    {
      ...scenario,
      parameters: { ...scenario.parameters, attrition: { ...scenario.parameters.attrition, draws: 200 } },
    },
    options,
  );
  return healthChecks(dataset, scenario, evaluation, maxSpanOfControl === undefined ? {} : { maxSpanOfControl });
}

const ofCode = (findings: readonly HealthFinding[], code: HealthFinding['code']) =>
  findings.filter((f) => f.code === code);

describe('healthChecks', () => {
  it('counts direct reports per manager position and flags spans above the threshold', () => {
    const normal = check();
    expect(normal.maxSpanOfControl).toBe(12);
    expect(normal.spans).toEqual([{ positionId: 'pos-01', directReports: 2 }]);
    expect(ofCode(normal.findings, 'spanTooWide')).toEqual([]);
    const strict = check(undefined, 1);
    expect(ofCode(strict.findings, 'spanTooWide')).toEqual([
      {
        code: 'spanTooWide',
        severity: 'warning',
        subject: 'position',
        subjectId: 'pos-01',
        params: { positionId: 'pos-01', reports: 2, max: 1 },
      },
    ]);
  });

  it('flags a manager position without reports', () => {
    const result = check((raw) => {
      raw.positions[1]!.manager = true;
    });
    expect(ofCode(result.findings, 'managerWithoutReports').map((f) => f.subjectId)).toEqual(['pos-02']);
  });

  it('flags a site with more placed people than desks, and one crowded only by the bench', () => {
    // Central puts the CEO and infrastructure at East town hall; p004 (infrastructure, benched) sits there too.
    const over = check((raw) => {
      raw.sites[0]!.deskCapacity = 1;
    });
    const [finding] = ofCode(over.findings, 'siteOverCapacity');
    expect(finding?.subjectId).toBe('east-hall');
    expect(finding?.params).toMatchObject({ people: 2, withBench: 3, desks: 1 });
    const crowded = check((raw) => {
      raw.sites[0]!.deskCapacity = 2;
    });
    expect(ofCode(crowded.findings, 'siteOverCapacity')).toEqual([]);
    expect(ofCode(crowded.findings, 'siteCrowdedWithBench').map((f) => f.params)).toEqual([
      // On-site days: CEO 4 + infrastructure position 3 + p004 on the bench at today's 4 = 11 / 5 desks a day.
      { siteId: 'east-hall', people: 2, withBench: 3, desks: 2, dailyPeople: 2.2 },
    ]);
    expect(check().findings.filter((f) => f.subject === 'site')).toEqual([]);
  });

  it('flags unfilled positions and holders below the sufficient fit', () => {
    const unfilled = check((raw) => {
      raw.positions[1]!.clearanceRequired = true; // nobody in the small dataset is cleared
      raw.scenarios!.find((s) => s.id === 'central')!.parameters = { assignment: { clearanceRule: 'hard' } };
    });
    expect(ofCode(unfilled.findings, 'positionUnfilled').map((f) => f.subjectId)).toEqual(['pos-02']);
    const unqualified = check((raw) => {
      raw.positions[2]!.requirements.push({ competenceId: 'leadership', minLevel: 4, weight: 3 });
    });
    const found = ofCode(unqualified.findings, 'positionUnqualified');
    expect(found.map((f) => f.subjectId)).toEqual(['pos-03']);
    expect(found[0]!.params.personId).toBe('p003');
    expect(found[0]!.params.fit as number).toBeLessThan(0.6);
    expect(ofCode(check().findings, 'positionUnqualified')).toEqual([]);
  });

  it('counts the placements awaiting a security vetting, each with its lead time', () => {
    const vetted = check((raw) => {
      raw.positions[1]!.clearanceRequired = true; // nobody is cleared: under the default rule the holder is vetted
    });
    expect(vetted.awaitingVetting).toBe(1);
    expect(ofCode(vetted.findings, 'awaitingVetting')).toEqual([
      {
        code: 'awaitingVetting',
        severity: 'info',
        subject: 'position',
        subjectId: 'pos-02',
        params: { positionId: 'pos-02', personId: 'p002', months: 3 },
      },
    ]);
    expect(ofCode(vetted.findings, 'positionUnfilled')).toEqual([]);
    expect(check().awaitingVetting).toBe(0);
  });

  it('flags competences with a single holder among the placed people', () => {
    // Placed: p001 (leadership 4), p002 (network 4), p003 (endpoint 3): one holder at level ≥ 3 each.
    const single = ofCode(check().findings, 'singleHolder')
      .map((f) => f.subjectId)
      .sort();
    expect(single).toEqual(['endpoint', 'leadership', 'network']);
    // With the CEO also at network level 3 there are two network holders.
    const two = check((raw) => {
      raw.people[0]!.competences = { ...raw.people[0]!.competences, network: 3 };
    });
    expect(
      ofCode(two.findings, 'singleHolder')
        .map((f) => f.subjectId)
        .sort(),
    ).toEqual(['endpoint', 'leadership']);
  });
});
