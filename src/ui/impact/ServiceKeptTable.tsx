import { useTranslation } from 'react-i18next';
import type { LocalService } from '../../engine/scenario/serviceKept';
import type { Language } from '../../i18n/createTranslator';
import { formatNumber } from '../format';
import type { DatasetNames } from '../overview/datasetNames';

export interface ServiceKeptTableProps {
  localService: LocalService;
  names: DatasetNames;
  language: Language;
}

/** Local service kept per member municipality (PCs, employees) and the on-site FTE per 1 000 PCs within reach. */
export function ServiceKeptTable({ localService, names, language }: ServiceKeptTableProps) {
  const { t } = useTranslation();
  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const percent = (share: number) => t('views.percent', { value: n(share * 100, 1) });
  const { serviceKept, onSiteFtePer1000Pcs } = localService;
  return (
    <>
      <p className="note">{t('views.impact.serviceKeptNote')}</p>
      <div className="table-scroll">
        <table>
          <caption>{t('views.impact.serviceKeptCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.impact.col.municipality')}</th>
              <th scope="col" className="num">
                {t('views.impact.col.keptPcs')}
              </th>
              <th scope="col" className="num">
                {t('views.impact.col.keptEmployees')}
              </th>
              <th scope="col" className="num">
                {t('views.impact.col.ftePer1000Pcs')}
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(serviceKept.byMunicipality).map(([id, kept]) => (
              <tr key={id}>
                <th scope="row">{names.municipality(id)}</th>
                <td className="num">{percent(kept.pcs)}</td>
                <td className="num">{percent(kept.employees)}</td>
                <td className="num">{n(onSiteFtePer1000Pcs[id] ?? 0, 2)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('views.impact.overall')}</th>
              <td className="num">{percent(serviceKept.overall.pcs)}</td>
              <td className="num">{percent(serviceKept.overall.employees)}</td>
              <td className="num" />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
