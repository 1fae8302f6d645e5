import { useTranslation } from 'react-i18next';
import type { DatasetSummary } from '../../engine/datasetSummary';
import type { Language } from '../../i18n/createTranslator';
import { formatNumber } from '../format';

const figures = ['employees', 'itStaff', 'pcs', 'servers', 'networkDevices', 'serverRooms'] as const;

export function MunicipalityTable({ summary, language }: { summary: DatasetSummary; language: Language }) {
  const { t } = useTranslation();
  const n = (value: number | null) => (value === null ? '–' : formatNumber(value, language));
  return (
    <section aria-labelledby="municipalities-heading">
      <h2 id="municipalities-heading">{t('app.municipalities')}</h2>
      <div className="table-scroll">
        <table aria-labelledby="municipalities-heading">
          <thead>
            <tr>
              <th scope="col">{t('app.municipality')}</th>
              <th scope="col">{t('app.member')}</th>
              <th scope="col" className="num">
                {t('app.population')}
              </th>
              {figures.map((f) => (
                <th key={f} scope="col" className="num">
                  {t(`app.${f}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('app.peopleInData')}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.municipalities.map((m) => (
              <tr key={m.id} data-municipality={m.id}>
                <th scope="row">{m.name}</th>
                <td>{m.member ? t('app.memberYes') : t('app.memberNo')}</td>
                <td className="num">{n(m.population)}</td>
                {figures.map((f) => (
                  <td key={f} className="num">
                    {n(m[f])}
                  </td>
                ))}
                <td className="num">{n(m.people)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('app.total')}</th>
              <td />
              <td className="num">
                {n(summary.municipalities.filter((m) => m.member).reduce((s, m) => s + m.population, 0))}
              </td>
              {figures.map((f) => (
                <td key={f} className="num" data-total={f}>
                  {n(summary.memberTotals[f])}
                </td>
              ))}
              <td className="num">{n(summary.people.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="note">{t('app.totalNote')}</p>
    </section>
  );
}
