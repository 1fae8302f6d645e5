import { useTranslation } from 'react-i18next';

export interface SiteRow {
  id: string;
  name: string;
  municipality: string;
  roles: string;
}

/** The map's text alternative: every site and its roles in the scenario. */
export function SitesTable({ id, rows }: { id: string; rows: readonly SiteRow[] }) {
  const { t } = useTranslation();
  return (
    <table id={id} className="map-sites-table">
      <caption>{t('map.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('map.table.site')}</th>
          <th scope="col">{t('map.table.municipality')}</th>
          <th scope="col">{t('map.table.roles')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td>{row.municipality}</td>
            <td>{row.roles}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
