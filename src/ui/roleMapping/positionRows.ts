import type { LocalisedText } from '../../schema/localisedText';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Placement } from '../../engine/roleMapping/mapRoles';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { SelectionStage } from '../../schema/selectionStage';

/** One position of the role mapping as the view lists it. */
export interface PositionRow {
  positionId: string;
  unitId: string;
  functionId: string;
  title: LocalisedText;
  status: 'placed' | 'vacant' | 'recruited' | 'unfilled';
  placement: Placement | null;
  holderStage: SelectionStage | null;
  /** The holder's employer today (their municipality). */
  holderMunicipalityId: string | null;
  las: { groupId: string; rank: number } | null;
  lasExempted: boolean;
  /** The holder has a more protected person of their group on the bench (for this position). */
  conflict: boolean;
}

/** The positions of the dataset in its order, each with its holder in the evaluation. */
export function positionRows(dataset: Dataset, scenario: Scenario, evaluation: ScenarioEvaluation): PositionRow[] {
  const assignment = evaluation.assignment;
  const placementOf = new Map(assignment?.placements.map((p) => [p.positionId, p]) ?? []);
  const vacant = new Set(assignment?.vacant ?? []);
  const recruited = new Set(assignment?.recruited ?? []);
  const conflicted = new Set(assignment?.selectionOrder.conflicts.map((c) => c.positionId) ?? []);
  const personById = new Map(dataset.people.map((p) => [p.id, p]));
  const exempted = new Set(scenario.decisions.lasExemptions);
  return dataset.positions.map((position): PositionRow => {
    const placement = placementOf.get(position.id) ?? null;
    const holderId = placement?.personId ?? null;
    return {
      positionId: position.id,
      unitId: position.unitId,
      functionId: position.functionId,
      title: position.title,
      status: placement
        ? 'placed'
        : vacant.has(position.id)
          ? 'vacant'
          : recruited.has(position.id)
            ? 'recruited'
            : 'unfilled',
      placement,
      holderStage: holderId ? (scenario.stages[holderId] ?? 'proposed') : null,
      holderMunicipalityId: holderId ? (personById.get(holderId)?.municipalityId ?? null) : null,
      las: holderId ? (assignment?.selectionOrder.rankOf[holderId] ?? null) : null,
      lasExempted: holderId !== null && exempted.has(holderId),
      conflict: conflicted.has(position.id),
    };
  });
}

export interface PositionFilters {
  unitId: string;
  functionId: string;
  municipalityId: string;
  onlyLocked: boolean;
  onlyConflicts: boolean;
  text: string;
}

export const noFilters: PositionFilters = {
  unitId: '',
  functionId: '',
  municipalityId: '',
  onlyLocked: false,
  onlyConflicts: false,
  text: '',
};

/** The rows that pass the filters; the text matches position id and titles, and the holder's id, name and title. */
export function filterRows(rows: readonly PositionRow[], filters: PositionFilters, dataset: Dataset): PositionRow[] {
  const personById = new Map(dataset.people.map((p) => [p.id, p]));
  const text = filters.text.trim().toLocaleLowerCase();
  return rows.filter((row) => {
    if (filters.unitId && row.unitId !== filters.unitId) return false;
    if (filters.functionId && row.functionId !== filters.functionId) return false;
    if (filters.municipalityId && row.holderMunicipalityId !== filters.municipalityId) return false;
    if (filters.onlyLocked && !row.placement?.locked) return false;
    if (filters.onlyConflicts && !row.conflict) return false;
    if (!text) return true;
    const holder = row.placement ? personById.get(row.placement.personId) : undefined;
    return [row.positionId, ...Object.values(row.title), holder?.id, holder?.name, holder?.title].some((value) =>
      value?.toLocaleLowerCase().includes(text),
    );
  });
}
