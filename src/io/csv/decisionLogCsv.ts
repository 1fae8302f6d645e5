import type { DecisionLogEntry } from '../../schema/decisionLogEntry';
import type { Localised } from '../templates/columnDefinition';
import { rowsCsv, type ExportColumn } from './rowsCsv';

const roleLabels: Record<DecisionLogEntry['role'], Localised> = {
  hr: { sv: 'HR', en: 'HR' },
  manager: { sv: 'chef', en: 'manager' },
  union: { sv: 'facklig företrädare', en: 'union representative' },
};

const actionLabels: Record<DecisionLogEntry['action'], Localised> = {
  lock: { sv: 'låst', en: 'lock' },
  unlock: { sv: 'upplåst', en: 'unlock' },
  exclude: { sv: 'utesluten', en: 'exclude' },
  include: { sv: 'återtagen', en: 'include' },
  vacancy: { sv: 'vakant', en: 'vacancy' },
  unvacancy: { sv: 'inte vakant', en: 'not vacant' },
  'recruit-externally': { sv: 'extern rekrytering', en: 'recruit externally' },
  'recruit-internally': { sv: 'bemannas inifrån', en: 'staff from within' },
  stage: { sv: 'urvalssteg', en: 'stage' },
  'site-role': { sv: 'arbetsplatsens roll', en: 'site role' },
  'las-exemption': { sv: 'undantag från turordning', en: 'LAS exemption' },
  'agreed-deviation': { sv: 'avvikelse från turordningen (avtalsturlista)', en: 'deviation from the order (agreed list)' },
  parameter: { sv: 'parameter', en: 'parameter' },
};

/** Labels of the log's people, positions and sites (names or titles); ids are written otherwise. */
export interface DecisionLogLabels {
  person?: (id: string) => string;
  position?: (id: string) => string;
  site?: (id: string) => string;
}

/** The decision log as CSV: time, role, action, person, position, site, detail, reason. */
export function decisionLogCsv(entries: readonly DecisionLogEntry[], lang: 'en' | 'sv', labels: DecisionLogLabels = {}): string {
  const label = (id: string | undefined, of?: (id: string) => string) => (id === undefined ? null : (of?.(id) ?? id));
  const columns: ExportColumn<DecisionLogEntry>[] = [
    { header: { sv: 'tid', en: 'time' }, value: (e) => e.at },
    { header: { sv: 'roll', en: 'role' }, value: (e) => roleLabels[e.role][lang] },
    { header: { sv: 'åtgärd', en: 'action' }, value: (e) => actionLabels[e.action][lang] },
    { header: { sv: 'person', en: 'person' }, value: (e) => label(e.personId, labels.person) },
    { header: { sv: 'befattning', en: 'position' }, value: (e) => label(e.positionId, labels.position) },
    { header: { sv: 'arbetsplats', en: 'site' }, value: (e) => label(e.siteId, labels.site) },
    { header: { sv: 'detalj', en: 'detail' }, value: (e) => e.detail ?? null },
    { header: { sv: 'motivering', en: 'reason' }, value: (e) => e.reason },
  ];
  return rowsCsv(entries, columns, lang);
}
