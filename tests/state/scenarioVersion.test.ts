import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/schema/scenario';
import { evaluationKey, stableStringify } from '../../src/state/scenarioVersion';

const scenario = scenarioSchema.parse({
  id: 'central',
  name: 'Central',
  kind: 'target',
  functionSites: { 'head-office': 'east-hall' },
});

describe('scenario versions', () => {
  it('writes objects the same whatever the order of their keys', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(stableStringify(reversed)).toBe(stableStringify(record));
        expect(JSON.parse(stableStringify(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
    );
  });

  it('changes with what the engine reads and with the dataset, not with the name or description', () => {
    const key = evaluationKey(1, scenario);
    expect(evaluationKey(1, { ...scenario, name: 'Other', description: 'text' })).toBe(key);
    expect(evaluationKey(2, scenario)).not.toBe(key);
    expect(evaluationKey(1, { ...scenario, functionSites: { 'head-office': 'west-hall' } })).not.toBe(key);
    const parameters = { ...scenario.parameters, coverage: { ...scenario.parameters.coverage, responseMinutes: 31 } };
    expect(evaluationKey(1, { ...scenario, parameters })).not.toBe(key);
  });
});
