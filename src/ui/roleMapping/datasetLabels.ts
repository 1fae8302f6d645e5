import { localised } from '../../schema/localisedText';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';

/** Names of a dataset's entities in the chosen language; an unknown id is shown as it is. */
export interface DatasetLabels {
  person: (id: string) => string;
  position: (id: string) => string;
  unit: (id: string) => string;
  workFunction: (id: string) => string;
  site: (id: string | null) => string;
  municipality: (id: string) => string;
  competence: (id: string) => string;
}

export function datasetLabels(dataset: Dataset, language: Language): DatasetLabels {
  const lookup = <T extends { id: string }>(items: readonly T[], name: (item: T) => string) => {
    const names = new Map(items.map((item) => [item.id, name(item)]));
    return (id: string) => names.get(id) ?? id;
  };
  const site = lookup(dataset.sites, (s) => s.name);
  return {
    person: lookup(dataset.people, (p) => (p.name ? `${p.name} (${p.id})` : p.id)),
    position: lookup(dataset.positions, (p) => localised(p.title, language)),
    unit: lookup(dataset.units, (u) => localised(u.name, language)),
    workFunction: lookup(dataset.functions, (f) => localised(f.name, language)),
    site: (id) => (id === null ? '–' : site(id)),
    municipality: lookup(dataset.municipalities, (m) => m.name),
    competence: lookup(dataset.competences, (c) => localised(c.name, language)),
  };
}
