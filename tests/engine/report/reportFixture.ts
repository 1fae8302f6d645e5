import { readFileSync } from 'node:fs';
import { evaluateScenario } from '../../../src/engine/evaluateScenario';
import { buildAnonymisedReport, type BuildReportOptions } from '../../../src/engine/report';
import { fixedAreasSchema, type FixedAreas } from '../../../src/schema/fixedAreas';
import type { ReportScenario } from '../../../src/engine/report';
import type { Dataset } from '../../../src/schema/dataset';
import { defaultDataset, defaultTravelModel } from '../../helpers/defaultData';

let cached: Promise<{ dataset: Dataset; scenarios: ReportScenario[] }> | null = null;

/** The default data with every preset scenario evaluated (once per test file). */
export function evaluatedDefaultData(): Promise<{ dataset: Dataset; scenarios: ReportScenario[] }> {
  cached ??= (async () => {
    const dataset = await defaultDataset();
    const travelModel = defaultTravelModel();
    const scenarios = dataset.scenarios
      .filter((s) => s.members === undefined)
      .map((scenario) => ({
        scenario,
        evaluation: evaluateScenario(dataset, scenario, { travelModel }),
      }));
    return { dataset, scenarios };
  })();
  return cached;
}

/** Every string and number of a JSON value, keys included. */
export function jsonAtoms(value: unknown): { strings: string[]; numbers: number[] } {
  const strings: string[] = [];
  const numbers: number[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (typeof v === 'number') numbers.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      for (const [key, item] of Object.entries(v)) {
        strings.push(key);
        walk(item);
      }
    }
  };
  walk(value);
  return { strings, numbers };
}

/** The public fixed geography of the default data (municipal boundaries). */
export function defaultAreas(): FixedAreas {
  return fixedAreasSchema.parse(JSON.parse(readFileSync('data/municipalities.geojson', 'utf8')));
}

/** A report of the default data that must build (throws with the reason otherwise). */
export function builtReport(
  dataset: Dataset,
  scenarios: readonly ReportScenario[],
  options: Partial<BuildReportOptions> = {},
) {
  const built = buildAnonymisedReport(dataset, scenarios, { areas: defaultAreas(), ...options });
  if (!built.ok) throw new Error(`report refused: ${built.reason}`);
  return built;
}
