import type { DecisionLogEntry } from '../../schema/decisionLogEntry';
import type { Localised } from '../templates/columnDefinition';
import { decisionDetail, type DecisionDetailLabels } from './decisionDetail';
import { rowsCsv, type ExportColumn } from './rowsCsv';
import type { Language } from '../../schema/language';

const roleLabels: Record<DecisionLogEntry['role'], Localised> = {
  hr: { sv: 'HR', en: 'HR' },
  manager: { sv: 'chef', en: 'manager' },
  union: { sv: 'facklig företrädare', en: 'union representative' },
};

/** What a logged decision did, in words (the log's table and its CSV). */
export const actionLabels: Record<DecisionLogEntry['action'], Localised> = {
  lock: { sv: 'låst till befattning', en: 'locked to a position' },
  unlock: { sv: 'låsning borttagen', en: 'lock removed' },
  exclude: { sv: 'utesluten', en: 'excluded' },
  include: { sv: 'återtagen', en: 'included again' },
  vacancy: { sv: 'hålls vakant', en: 'kept vacant' },
  unvacancy: { sv: 'öppnad igen', en: 'reopened' },
  'recruit-externally': { sv: 'rekryteras externt', en: 'to be recruited externally' },
  'recruit-internally': { sv: 'bemannas inifrån', en: 'staffed from within' },
  stage: { sv: 'urvalssteg ändrat', en: 'stage changed' },
  'site-role': { sv: 'arbetsplatsens roll ändrad', en: 'site role changed' },
  'las-exemption': { sv: 'undantag från turordning', en: 'exemption from the order of selection' },
  'agreed-deviation': {
    sv: 'avvikelse från turordningen (avtalsturlista)',
    en: 'deviation from the order (agreed list)',
  },
  parameter: { sv: 'parameter ändrad', en: 'parameter changed' },
};

/** Labels of the log's people, positions and sites (names or titles); ids are written otherwise. */
export interface DecisionLogLabels extends DecisionDetailLabels {
  person?: (id: string) => string;
  position?: (id: string) => string;
  site?: (id: string) => string;
}

/** The decision log as CSV: time, role, action, person, position, site, detail, reason. */
export function decisionLogCsv(
  entries: readonly DecisionLogEntry[],
  lang: Language,
  labels: DecisionLogLabels = {},
): string {
  const label = (id: string | undefined, of?: (id: string) => string) => (id === undefined ? null : (of?.(id) ?? id));
  const columns: ExportColumn<DecisionLogEntry>[] = [
    { header: { sv: 'tid', en: 'time' }, value: (e) => e.at },
    { header: { sv: 'roll', en: 'role' }, value: (e) => roleLabels[e.role][lang] },
    { header: { sv: 'åtgärd', en: 'action' }, value: (e) => actionLabels[e.action][lang] },
    { header: { sv: 'person', en: 'person' }, value: (e) => label(e.personId, labels.person) },
    { header: { sv: 'befattning', en: 'position' }, value: (e) => label(e.positionId, labels.position) },
    { header: { sv: 'arbetsplats', en: 'site' }, value: (e) => label(e.siteId, labels.site) },
    { header: { sv: 'detalj', en: 'detail' }, value: (e) => decisionDetail(e, lang, labels) },
    { header: { sv: 'motivering', en: 'reason' }, value: (e) => e.reason },
  ];
  return rowsCsv(entries, columns, lang);
}
