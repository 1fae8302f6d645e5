import type { TFunction } from 'i18next';
import type { SelectionGroup } from '../../engine/selectionOrder/selectionOrder';

/**
 * A selection group's name for people: its sites and its agreement area, in the UI's language.
 * Agreement areas are dataset ids; those of the Swedish municipal agreements are worded by the
 * catalogue, any other is shown as it is.
 */
export function selectionGroupLabel(
  t: TFunction,
  group: Pick<SelectionGroup, 'sites' | 'agreementArea'>,
  siteName: (siteId: string) => string,
): string {
  const sites = group.sites.map(siteName).join(' + ');
  const area = t(`selectionOrder.agreementArea.${group.agreementArea}`, { defaultValue: group.agreementArea });
  return t('selectionOrder.groupName', { sites, area });
}
