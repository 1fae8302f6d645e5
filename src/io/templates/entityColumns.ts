import type { ImportEntity } from '../csv/importProblem';
import type { EntityColumns } from './columnDefinition';
import { competenceColumns } from './competenceColumns';
import { personColumns } from './personColumns';
import { positionColumns } from './positionColumns';
import { siteColumns } from './siteColumns';

/** The column table of each importable collection. */
export const entityColumns: Record<ImportEntity, EntityColumns> = {
  competences: competenceColumns,
  sites: siteColumns,
  people: personColumns,
  positions: positionColumns,
};
