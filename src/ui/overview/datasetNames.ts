import { localised } from '../../schema/localisedText';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';

/** Display names of a dataset's entities in the chosen language; unknown ids show as themselves. */
export interface DatasetNames {
  person: (id: string) => string;
  position: (id: string) => string;
  site: (id: string) => string;
  municipality: (id: string) => string;
  competence: (id: string) => string;
}

export function datasetNames(dataset: Dataset, language: Language): DatasetNames {
  const lookup = (entries: Array<[string, string]>) => {
    const map = new Map(entries);
    return (id: string) => map.get(id) ?? id;
  };
  return {
    person: lookup(dataset.people.map((p) => [p.id, p.name ?? p.id])),
    position: lookup(dataset.positions.map((p) => [p.id, localised(p.title, language)])),
    site: lookup(dataset.sites.map((s) => [s.id, s.name])),
    municipality: lookup(dataset.municipalities.map((m) => [m.id, m.name])),
    competence: lookup(dataset.competences.map((c) => [c.id, localised(c.name, language)])),
  };
}
