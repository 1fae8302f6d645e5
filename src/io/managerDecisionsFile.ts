import type { Dataset } from '../schema/dataset';
import {
  MANAGER_DECISIONS_FORMAT,
  MANAGER_DECISIONS_VERSION,
  managerDecisionsSchema,
  type ManagerDecisions,
  type ScenarioDecisions,
} from '../schema/managerDecisions';
import type { Scenario } from '../schema/scenario';
import { datasetFingerprint } from '../schema/datasetFingerprint';
import { parseJsonText, schemaProblems, type PackageProblem } from './managerPackageFile';

/** A manager's decisions for the scenarios of their package, as a file for HR. */
export function managerDecisionsOf(
  scenarios: readonly Scenario[],
  fingerprint: string,
  createdAt: string,
  proposedBy?: string,
): ManagerDecisions {
  const name = proposedBy?.trim() || undefined;
  return {
    format: MANAGER_DECISIONS_FORMAT,
    version: MANAGER_DECISIONS_VERSION,
    datasetFingerprint: fingerprint,
    createdAt,
    ...(name ? { proposedBy: name } : {}),
    scenarios: scenarios
      .filter((s) => s.kind === 'target')
      .map((s) => ({
        scenarioId: s.id,
        decisions: s.decisions,
        stages: s.stages,
        log: s.log.map((entry) =>
          name && entry.role === 'manager' && !entry.proposedBy ? { ...entry, proposedBy: name } : entry,
        ),
      })),
  };
}

export type DecisionsImportResult =
  { ok: true; scenarios: Scenario[]; changed: string[] } | { ok: false; problems: PackageProblem[] };

/**
 * Reads a decisions file and applies it to HR's scenarios (docs/roles-and-packages.md): it must
 * come from a package of this dataset, name scenarios HR has, and refer only to people and
 * positions of the dataset; otherwise it is refused with every reason and nothing changes.
 * Each scenario takes the manager's decisions and stages; log entries HR does not have yet are
 * added, marked with who proposed them.
 */
export function importManagerDecisions(
  file: string,
  text: string,
  dataset: Dataset,
  scenarios: readonly Scenario[],
): DecisionsImportResult {
  const json = parseJsonText(file, text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const value = json.value as { format?: unknown; version?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.format !== MANAGER_DECISIONS_FORMAT) {
    return { ok: false, problems: [{ code: 'not-decisions', params: { file } }] };
  }
  if (typeof value.version === 'number' && value.version > MANAGER_DECISIONS_VERSION) {
    return {
      ok: false,
      problems: [
        { code: 'newer-version', params: { file, version: value.version, supported: MANAGER_DECISIONS_VERSION } },
      ],
    };
  }
  const parsed = managerDecisionsSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(file, parsed.error) };
  const decisions = parsed.data;
  if (decisions.datasetFingerprint !== datasetFingerprint(dataset))
    return { ok: false, problems: [{ code: 'other-dataset', params: { file } }] };

  const problems: PackageProblem[] = [];
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  decisions.scenarios.forEach((entry, k) => {
    if (!byId.has(entry.scenarioId))
      problems.push({
        code: 'unknown-scenario',
        params: { file, id: entry.scenarioId, field: `scenarios[${k}].scenarioId` },
      });
    problems.push(...unknownReferences(file, `scenarios[${k}]`, entry, dataset));
  });
  if (problems.length > 0) return { ok: false, problems };

  const incoming = new Map(decisions.scenarios.map((e) => [e.scenarioId, e]));
  const changed: string[] = [];
  const next = scenarios.map((scenario) => {
    const entry = incoming.get(scenario.id);
    if (!entry) return scenario;
    changed.push(scenario.id);
    const known = new Set(scenario.log.map(logKey));
    const added = entry.log
      .filter((e) => !known.has(logKey(e)))
      .map((e) =>
        decisions.proposedBy && e.role === 'manager' && !e.proposedBy ? { ...e, proposedBy: decisions.proposedBy } : e,
      );
    return { ...scenario, decisions: entry.decisions, stages: entry.stages, log: [...scenario.log, ...added] };
  });
  return { ok: true, scenarios: next, changed };
}

const logKey = (e: ScenarioDecisions['log'][number]) =>
  [e.at, e.role, e.action, e.personId ?? '', e.positionId ?? '', e.siteId ?? '', e.detail ?? ''].join('|');

/** Every person, position and site id the decisions name that the dataset lacks. */
function unknownReferences(file: string, at: string, entry: ScenarioDecisions, dataset: Dataset): PackageProblem[] {
  const people = new Set(dataset.people.map((p) => p.id));
  const positions = new Set(dataset.positions.map((p) => p.id));
  const sites = new Set(dataset.sites.map((s) => s.id));
  const problems: PackageProblem[] = [];
  const check = (known: Set<string>, entity: 'person' | 'position' | 'site', id: string | undefined, field: string) => {
    if (id !== undefined && !known.has(id))
      problems.push({ code: 'unknown-reference', params: { file, entity, id, field: `${at}.${field}` } });
  };
  const d = entry.decisions;
  d.locks.forEach((l, i) => {
    check(people, 'person', l.personId, `decisions.locks[${i}].personId`);
    check(positions, 'position', l.positionId, `decisions.locks[${i}].positionId`);
  });
  d.exclusions.forEach((x, i) => {
    check(people, 'person', x.personId, `decisions.exclusions[${i}].personId`);
    check(positions, 'position', x.positionId, `decisions.exclusions[${i}].positionId`);
  });
  d.vacancies.forEach((id, i) => check(positions, 'position', id, `decisions.vacancies[${i}]`));
  d.lasExemptions.forEach((id, i) => check(people, 'person', id, `decisions.lasExemptions[${i}]`));
  Object.keys(entry.stages).forEach((id) => check(people, 'person', id, `stages.${id}`));
  entry.log.forEach((e, i) => {
    check(people, 'person', e.personId, `log[${i}].personId`);
    check(positions, 'position', e.positionId, `log[${i}].positionId`);
    check(sites, 'site', e.siteId, `log[${i}].siteId`);
  });
  return problems;
}
