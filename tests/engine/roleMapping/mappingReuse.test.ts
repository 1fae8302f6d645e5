import { describe, expect, it } from 'vitest';
import { memo, MappingReuse } from '../../../src/engine/roleMapping/mappingReuse';

describe('MappingReuse.memo', () => {
  it('gives back what it built while every dependency is the same object or value, and builds again otherwise', () => {
    const reuse = new MappingReuse();
    const dataset = {};
    let builds = 0;
    const build = () => ({ build: ++builds });
    const first = reuse.memo('problem', [dataset, 'key'], build);
    expect(reuse.memo('problem', [dataset, 'key'], build)).toBe(first);
    // Another name keeps its own value.
    expect(reuse.memo('groups', [dataset, 'key'], build)).toEqual({ build: 2 });
    // An equal but other object, or another key, is a change.
    expect(reuse.memo('problem', [{}, 'key'], build)).toEqual({ build: 3 });
    expect(reuse.memo('problem', [dataset, 'other'], build)).toEqual({ build: 4 });
    expect(reuse.memo('problem', [dataset, 'other'], build)).toEqual({ build: 4 });
  });

  it('builds every time without a reuse', () => {
    let builds = 0;
    memo(undefined, 'problem', [], () => ++builds);
    expect(memo(undefined, 'problem', [], () => ++builds)).toBe(2);
  });
});
