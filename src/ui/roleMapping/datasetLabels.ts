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
  const en = language === 'en';
  const site = lookup(dataset.sites, (s) => s.name);
  return {
    person: lookup(dataset.people, (p) => (p.name ? `${p.name} (${p.id})` : p.id)),
    position: lookup(dataset.positions, (p) => (en ? (p.titleEn ?? p.title) : p.title)),
    unit: lookup(dataset.units, (u) => (en ? u.nameEn : u.name)),
    workFunction: lookup(dataset.functions, (f) => (en ? f.nameEn : f.name)),
    site: (id) => (id === null ? '–' : site(id)),
    municipality: lookup(dataset.municipalities, (m) => m.name),
    competence: lookup(dataset.competences, (c) => (en ? c.nameEn : c.name)),
  };
}
