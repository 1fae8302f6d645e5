/**
 * A selection group's name for people: its sites and its agreement area, in Swedish and
 * English (the report carries both; the workspace shows one). Agreement areas are dataset
 * ids; the two of the Swedish municipal agreements are named, any other is shown as it is.
 */
import type { SelectionGroup } from './selectionOrder';

const agreementAreaNames: Record<string, { sv: string; en: string }> = {
  tjansteman: { sv: 'tjänstemän', en: 'salaried employees' },
  arbetare: { sv: 'arbetare', en: 'manual workers' },
};

export function selectionGroupName(
  group: Pick<SelectionGroup, 'sites' | 'agreementArea'>,
  siteName: (siteId: string) => string,
): { sv: string; en: string } {
  const sites = group.sites.map(siteName).join(' + ');
  const area = agreementAreaNames[group.agreementArea] ?? { sv: group.agreementArea, en: group.agreementArea };
  return { sv: `${sites} · ${area.sv}`, en: `${sites} · ${area.en}` };
}
