import { useTranslation } from 'react-i18next';
import type { PersonChange, PersonState } from '../../engine/compare/changesReport';
import type { DatasetNames } from '../overview/datasetNames';
import { Paginated } from '../pager/Paginated';

export interface ChangesReportTableProps {
  changes: readonly PersonChange[];
  fromName: string;
  toName: string;
  names: DatasetNames;
}

/** The people whose position or site differs between two scenarios, from and to. */
export function ChangesReportTable({ changes: all, fromName, toName, names }: ChangesReportTableProps) {
  const { t } = useTranslation();
  // A move to another position of the same title at the same site is no change for the person.
  const alike = (c: PersonChange) =>
    !c.siteChanged &&
    c.from.positionId !== null &&
    c.to.positionId !== null &&
    names.position(c.from.positionId) === names.position(c.to.positionId);
  const changes = all.filter((c) => !alike(c));
  const hidden = all.length - changes.length;
  const position = (s: PersonState) =>
    s.positionId !== null
      ? names.position(s.positionId)
      : t(`views.status.${s.status === 'placed' ? 'bench' : s.status}`);
  const site = (s: PersonState) => (s.siteId !== null ? names.site(s.siteId) : t('views.none'));
  return (
    <>
      <p role="status">
        {changes.length === 0 ? t('views.changes.none') : t('views.changes.count', { count: changes.length })}
        {hidden > 0 && ` ${t('screens.changes.alike', { count: hidden })}`}
      </p>
      {changes.length > 0 && (
        <Paginated rows={changes} what={t('views.changes.caption', { from: fromName, to: toName })}>
          {(pageChanges) => (
            // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
            <div
              className="table-scroll tall"
              tabIndex={0}
              role="region"
              aria-label={t('views.changes.caption', { from: fromName, to: toName })}
            >
              <table className="changes-table">
                <caption>{t('views.changes.caption', { from: fromName, to: toName })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('views.changes.col.person')}</th>
                    <th scope="col">{t('views.changes.col.fromPosition')}</th>
                    <th scope="col">{t('views.changes.col.fromSite')}</th>
                    <th scope="col">{t('views.changes.col.toPosition')}</th>
                    <th scope="col">{t('views.changes.col.toSite')}</th>
                    <th scope="col">{t('views.changes.col.what')}</th>
                  </tr>
                </thead>
                <tbody>
                  {pageChanges.map((c) => (
                    <tr key={c.personId}>
                      <th scope="row">{names.person(c.personId)}</th>
                      <td>{position(c.from)}</td>
                      <td>{site(c.from)}</td>
                      <td>{position(c.to)}</td>
                      <td>{site(c.to)}</td>
                      <td>
                        {[
                          c.positionChanged ? t('views.changes.position') : null,
                          c.siteChanged ? t('views.changes.site') : null,
                        ]
                          .filter((s) => s !== null)
                          .join(', ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Paginated>
      )}
    </>
  );
}
