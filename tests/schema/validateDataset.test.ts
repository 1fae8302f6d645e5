import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/createTranslator';
import { formatDatasetIssue } from '../../src/i18n/formatIssue';
import { validateDataset, validateDatasetWithScenario } from '../../src/schema/validateDataset';
import { smallDataset } from '../fixtures/smallDataset';
import type { DatasetIssue } from '../../src/schema/datasetIssue';

const en = createTranslator('en');
const sv = createTranslator('sv');

function errorsOf(raw: unknown, strict = false): DatasetIssue[] {
  const result = validateDataset(raw, { strict });
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.errors;
}

describe('validateDataset', () => {
  it('accepts the small hand-made dataset strictly, with defaults filled in', () => {
    const result = validateDataset(smallDataset(), { strict: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const central = result.dataset.scenarios.find((s) => s.id === 'central')!;
    expect(central.parameters.commute.addedMinutesThreshold).toBe(20);
    expect(central.parameters.coverage.responseMinutes).toBe(30);
    expect(central.parameters.attrition.t50Minutes).toBe(55);
    expect(central.decisions.locks).toEqual([]);
  });

  it('rejects a person whose municipality is unknown, naming entity, id, field and reason', () => {
    const raw = smallDataset();
    raw.people[1]!.municipalityId = 'atlantis';
    const [issue, ...rest] = errorsOf(raw);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ entity: 'person', id: 'p002', field: 'municipalityId', code: 'unknown-reference' });
    expect(formatDatasetIssue(issue!, en)).toBe(
      'person p002, field municipalityId: names an unknown municipality "atlantis"',
    );
    expect(formatDatasetIssue(issue!, sv)).toBe('person p002, fält municipalityId: anger en okänd kommun ”atlantis”');
  });

  it('rejects a duplicate id', () => {
    const raw = smallDataset();
    raw.sites[2]!.id = 'east-hall';
    const issues = errorsOf(raw);
    expect(issues).toContainEqual(
      expect.objectContaining({ entity: 'site', id: 'east-hall', field: 'id', code: 'duplicate-id' }),
    );
    expect(
      formatDatasetIssue(
        issues.find((i) => i.code === 'duplicate-id')!,
        en,
      ),
    ).toBe('site east-hall, field id: the id is used more than once');
  });

  it('rejects latitude 200', () => {
    const raw = smallDataset();
    raw.people[0]!.home.lat = 200;
    const [issue] = errorsOf(raw);
    expect(issue).toMatchObject({ entity: 'person', id: 'p001', field: 'home.lat', code: 'too-big' });
    expect(formatDatasetIssue(issue!, en)).toBe('person p001, field home.lat: must be at most 90 (got 200)');
  });

  it('rejects a home outside the region', () => {
    const raw = smallDataset();
    raw.people[0]!.home = { lat: 59.33, lon: 18.07 };
    const [issue] = errorsOf(raw);
    expect(issue).toMatchObject({ entity: 'person', id: 'p001', field: 'home', code: 'outside-region' });
  });

  it('rejects a requirement naming an unknown competence', () => {
    const raw = smallDataset();
    raw.positions[1]!.requirements[0]!.competenceId = 'alchemy';
    const [issue] = errorsOf(raw);
    expect(issue).toMatchObject({
      entity: 'position',
      id: 'pos-02',
      field: 'requirements.0.competenceId',
      code: 'unknown-reference',
    });
    expect(formatDatasetIssue(issue!, en)).toBe(
      'position pos-02, field requirements.0.competenceId: names an unknown competence "alchemy"',
    );
  });

  it('rejects a reportsTo loop, naming every position in it', () => {
    const raw = smallDataset();
    raw.positions[0]!.reportsTo = 'pos-02';
    const issues = errorsOf(raw).filter((i) => i.code === 'reports-to-loop');
    expect(issues.map((i) => i.id)).toEqual(['pos-01', 'pos-02']);
    expect(formatDatasetIssue(issues[0]!, en)).toBe(
      'position pos-01, field reportsTo: the reporting chain runs in a loop',
    );
  });

  it('warns when there are more positions than declared, and rejects it in strict mode', () => {
    const raw = smallDataset();
    raw.positions.push({ ...raw.positions[1]!, id: 'pos-04' });
    const lenient = validateDataset(raw);
    expect(lenient.ok).toBe(true);
    expect(lenient.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'positions-differ', params: { declared: 3, actual: 4 } }),
    ]);
    const [issue] = errorsOf(raw, true);
    expect(issue).toMatchObject({ severity: 'error', entity: 'dataset', field: 'targetOrganisation.positions' });
    expect(formatDatasetIssue(issue!, en)).toBe(
      'dataset, field targetOrganisation.positions: 3 positions declared, but 4 in the data',
    );
  });

  it("warns when a member municipality's IT staff differs from its people", () => {
    const raw = smallDataset();
    raw.people.pop();
    const result = validateDataset(raw);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ entity: 'municipality', id: 'west', field: 'itStaff', code: 'it-staff-differ' }),
    );
  });

  it('rejects a missing field', () => {
    const raw = smallDataset();
    delete (raw.people[2] as Partial<(typeof raw.people)[number]>).title;
    const [issue] = errorsOf(raw);
    expect(issue).toMatchObject({ entity: 'person', id: 'p003', field: 'title', code: 'required' });
    expect(formatDatasetIssue(issue!, en)).toBe('person p003, field title: is missing');
    expect(formatDatasetIssue(issue!, sv)).toBe('person p003, fält title: saknas');
  });

  it('rejects a wrong type', () => {
    const raw = smallDataset();
    (raw.municipalities[0] as Record<string, unknown>).pcs = 'many';
    const [issue] = errorsOf(raw);
    expect(issue).toMatchObject({ entity: 'municipality', id: 'east', field: 'pcs', code: 'invalid-type' });
    expect(formatDatasetIssue(issue!, en)).toBe('municipality east, field pcs: must be number, not string');
  });

  it("rejects localities' shares that do not sum to 1", () => {
    const raw = smallDataset();
    raw.localities[1]!.employeeShare = 0.3;
    const [issue] = errorsOf(raw);
    expect(issue).toMatchObject({ entity: 'municipality', id: 'east', code: 'shares-not-one', params: { sum: 1.1 } });
  });

  it('rejects a member municipality without the pre-study figures, and an id that is not a slug', () => {
    const raw = smallDataset();
    raw.municipalities[1]!.servers = null;
    raw.competences[0]!.id = 'Nätverk';
    const issues = errorsOf(raw);
    expect(issues).toContainEqual(
      expect.objectContaining({ entity: 'competence', id: 'Nätverk', field: 'id', code: 'invalid-format' }),
    );
    expect(formatDatasetIssue(issues[0]!, en)).toBe(
      'competence Nätverk, field id: is not a valid id (lowercase letters, digits and hyphens) ("Nätverk")',
    );
  });

  it('rejects employment periods that overlap, end before they start or start after the reference date, naming person and field', () => {
    const raw = smallDataset();
    raw.people[0] = {
      ...raw.people[0]!,
      employmentStart: undefined,
      employmentPeriods: [{ start: '2000-01-01', end: '2004-12-31' }, { start: '2004-06-01' }],
    };
    raw.people[1] = {
      ...raw.people[1]!,
      employmentStart: undefined,
      employmentPeriods: [{ start: '2012-01-01', end: '2011-01-01' }, { start: '2015-01-01' }],
    };
    raw.people[2] = { ...raw.people[2]!, employmentStart: undefined, employmentPeriods: [{ start: '2028-01-01' }] };
    raw.people[3] = { ...raw.people[3]!, birthDate: '1979-03-01' };
    expect(errorsOf(raw).map((i) => [i.id, i.field, i.code])).toEqual([
      ['p001', 'employmentPeriods.1.start', 'periods-overlap'],
      ['p002', 'employmentPeriods.0.end', 'period-end-before-start'],
      ['p003', 'employmentPeriods.0.start', 'date-after-reference'],
      ['p004', 'birthDate', 'birth-year-differs'],
    ]);
    expect(formatDatasetIssue(errorsOf(raw)[1]!, en)).toBe(
      'person p002, field employmentPeriods.0.end: the period ends (2011-01-01) before it starts',
    );
  });

  it('reads an old employmentStart as one open period, and needs one or the other', () => {
    const raw = smallDataset();
    const result = validateDataset(raw);
    expect(result.ok && result.dataset.people[0]!.employmentPeriods).toEqual([{ start: '2005-03-01' }]);
    raw.people[0] = { ...raw.people[0]!, employmentStart: undefined };
    expect(errorsOf(raw)).toContainEqual(
      expect.objectContaining({ entity: 'person', id: 'p001', field: 'employmentPeriods', code: 'required' }),
    );
  });

  it('rejects a scenario that names an unknown site and more than three LAS exemptions', () => {
    const raw = smallDataset();
    raw.scenarios![1]!.functionSites = { infrastructure: 'moon-base' };
    const issues = errorsOf(raw);
    expect(issues).toContainEqual(
      expect.objectContaining({
        entity: 'scenario',
        id: 'central',
        field: 'functionSites.infrastructure',
        code: 'unknown-reference',
      }),
    );
    const raw2 = smallDataset();
    raw2.scenarios![1]!.decisions = { lasExemptions: ['p001', 'p002', 'p003', 'p004'] };
    expect(errorsOf(raw2)).toContainEqual(
      expect.objectContaining({
        entity: 'scenario',
        id: 'central',
        field: 'decisions.lasExemptions',
        code: 'too-many-exemptions',
        params: { employer: 'company', count: 4, maximum: 3 },
      }),
    );
  });
});

describe('validateDatasetWithScenario (a scenario file against a valid dataset)', () => {
  const valid = validateDataset(smallDataset());
  if (!valid.ok) throw new Error('the small dataset is valid');
  const dataset = valid.dataset;
  const central = smallDataset().scenarios!.find((s) => s.id === 'central')!;
  // What `validateDataset` says of the dataset with the raw scenario put last in place of any of its id.
  const whole = (raw: Record<string, unknown>) =>
    validateDataset({ ...dataset, scenarios: [...dataset.scenarios.filter((s) => s.id !== raw.id), raw] });

  it.each([
    ['valid, replacing the preset of its id', { ...central }, true],
    ['valid, a new id', { ...central, id: 'own' }, true],
    [
      'a wrong shape',
      { ...central, id: 'own', kind: 'sideways', parameters: { assignment: { fitWeight: 'high' } } },
      false,
    ],
    ['no id', { ...central, id: undefined }, false],
    ['an unknown site', { ...central, id: 'own', functionSites: { 'service-desk': 'nowhere' } }, false],
  ])('%s: the same problems and dataset as validating the whole', (_, raw, ok) => {
    const fast = validateDatasetWithScenario(dataset, raw);
    expect(fast.ok).toBe(ok);
    expect(fast).toEqual(whole(raw));
  });
});
