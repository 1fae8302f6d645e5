import type { Dataset } from '../../schema/dataset';
import type { DatasetIssue } from '../../schema/datasetIssue';
import type { ReadFile } from './entityRow';
import type { ImportEntity, ImportProblem } from './importProblem';

/** The collection an entity name of a dataset issue belongs to, where it is importable. */
const collectionOfEntity: Record<string, ImportEntity | undefined> = {
  person: 'people',
  position: 'positions',
  site: 'sites',
  competence: 'competences',
};

const KM_PER_DEGREE_LAT = 111.2;

export interface ImportedCollection {
  entity: ImportEntity;
  read: ReadFile;
  /** Ids of rows that failed their own checks: references to them are not reported again. */
  failedIds: Set<string>;
  /** Row of each id (first occurrence). */
  rowOfId: Map<string, { row: number; columnOf: (field: string) => string | null }>;
}

/**
 * Maps the issues `validateDataset` finds in the combined dataset back to the imported files:
 * an issue of an imported entity goes to its row and column; a reference from data that was not
 * imported (a scenario's lock, a position's requirement) to something the import removed goes to
 * the file that removed it. Issues the rows' own checks already explain are left out.
 */
export function datasetProblems(
  issues: readonly DatasetIssue[],
  imported: readonly ImportedCollection[],
  current: Dataset,
): ImportProblem[] {
  const byEntity = new Map(imported.map((c) => [c.entity, c]));
  const anyRowFailed = imported.some((c) => c.read.problems.some((p) => p.severity === 'error' && p.row !== null));
  const problems: ImportProblem[] = [];
  const fallbackFile = imported[0]?.read.file ?? '';
  // References lost, one problem per missing target and referring kind: "person p001, p002 … (+9)".
  const lost = new Map<string, { file: string; entity: string; target: string; value: string; ids: string[] }>();

  for (const issue of issues) {
    const collection = collectionOfEntity[issue.entity];
    const own = collection ? byEntity.get(collection) : undefined;
    if (issue.code === 'unknown-reference') {
      const target = collectionOfEntity[String(issue.params.target)];
      const targetCollection = target ? byEntity.get(target) : undefined;
      if (targetCollection?.failedIds.has(String(issue.params.value))) continue;
      if (!own && targetCollection) {
        const key = `${targetCollection.read.file}\u0000${issue.entity}\u0000${String(issue.params.value)}`;
        const group = lost.get(key) ?? {
          file: targetCollection.read.file,
          entity: issue.entity,
          target: String(issue.params.target),
          value: String(issue.params.value),
          ids: [],
        };
        if (issue.id !== null && !group.ids.includes(issue.id)) group.ids.push(issue.id);
        lost.set(key, group);
        continue;
      }
    }
    if (own) {
      if (issue.code === 'duplicate-id') continue; // reported per row while reading
      const at = issue.id !== null ? own.rowOfId.get(issue.id) : undefined;
      let column = at ? at.columnOf(issue.field) : null;
      if (issue.code === 'outside-region' && at) column = regionColumn(issue, current, at.columnOf) ?? column;
      problems.push({
        file: own.read.file,
        row: at?.row ?? null,
        column,
        code: issue.code as ImportProblem['code'],
        params: issue.params,
        severity: issue.severity,
      });
      continue;
    }
    // Declared figures: about the collection that was imported; misleading when rows were dropped.
    if (issue.code === 'positions-differ' || issue.code === 'managers-differ' || issue.code === 'it-staff-differ') {
      const about = byEntity.get(issue.code === 'it-staff-differ' ? 'people' : 'positions');
      if (!about || anyRowFailed) continue;
      // The municipality by its name, not its id: the message is for people.
      const name = current.municipalities.find((m) => m.id === issue.id)?.name ?? issue.id ?? '';
      problems.push({
        file: about.read.file,
        row: null,
        column: null,
        code: issue.code,
        params: { ...issue.params, id: name },
        severity: issue.severity,
      });
      continue;
    }
    if (issue.severity === 'warning') continue; // a warning of data that was not imported is not the import's
    problems.push({
      file: fallbackFile,
      row: null,
      column: null,
      code: 'dataset-issue',
      params: { entity: issue.entity, id: issue.id ?? '', field: issue.field, code: issue.code },
      severity: 'error',
    });
  }
  for (const group of lost.values()) {
    const ids =
      group.ids.slice(0, LISTED_IDS).join(', ') +
      (group.ids.length > LISTED_IDS ? ` (+${group.ids.length - LISTED_IDS})` : '');
    problems.push({
      file: group.file,
      row: null,
      column: null,
      code: 'reference-lost',
      params: { target: group.target, value: group.value, entity: group.entity, ids, count: group.ids.length },
      severity: 'error',
    });
  }
  return problems;
}

const LISTED_IDS = 5;

/** The latitude or the longitude column, whichever lies outside the region's box and margin. */
function regionColumn(
  issue: DatasetIssue,
  current: Dataset,
  columnOf: (field: string) => string | null,
): string | null {
  const { bbox, marginKm } = current.region;
  const lat = Number(issue.params.lat);
  const margin = marginKm / KM_PER_DEGREE_LAT;
  const latOutside = lat < bbox.minLat - margin || lat > bbox.maxLat + margin;
  const prefix = issue.field === 'home' ? 'home.' : '';
  return columnOf(`${prefix}${latOutside ? 'lat' : 'lon'}`);
}
