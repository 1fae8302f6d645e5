import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/schema/scenario';
import { notSelectedPeople } from '../../../src/ui/roleMapping/roleMappingLookups';
import { smallDataset } from '../../fixtures/smallDataset';

const central = () => scenarioSchema.parse(smallDataset().scenarios!.find((s) => s.id === 'central'));

describe('notSelectedPeople', () => {
  it('holds the people not selected and those excluded from every position, not those excluded from one', () => {
    const scenario = central();
    const s = {
      ...scenario,
      stages: { p001: 'not-selected' as const, p002: 'slated' as const },
      decisions: {
        ...scenario.decisions,
        exclusions: [{ personId: 'p003' }, { personId: 'p004', positionId: 'pos-01' }],
      },
    };
    expect([...notSelectedPeople(s)].sort()).toEqual(['p001', 'p003']);
  });
});
