import { localised } from '../../schema/localisedText';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import type { Position } from '../../schema/position';
import { formatNumber } from '../format';
import { Paginated } from '../pager/Paginated';

/** The positions of the target organisation, grouped by unit. */
export function PositionTable({ dataset, language }: { dataset: Dataset; language: Language }) {
  const { t } = useTranslation();
  const municipalityName = new Map(dataset.municipalities.map((m) => [m.id, m.name]));
  const competenceName = new Map(dataset.competences.map((c) => [c.id, localised(c.name, language)]));
  const positionTitle = new Map(dataset.positions.map((p) => [p.id, localised(p.title, language)]));
  const location = (p: Position) =>
    p.location.rule === 'local'
      ? t('app.location.local', { municipality: municipalityName.get(p.location.municipalityId) })
      : t(`app.location.${p.location.rule}`);
  return (
    <section aria-labelledby="positions-heading">
      <h2 id="positions-heading">
        {t('app.positions')} ({dataset.positions.length})
      </h2>
      {dataset.units.map((unit) => {
        const positions = dataset.positions.filter((p) => p.unitId === unit.id);
        return (
          <Paginated key={unit.id} rows={positions} what={localised(unit.name, language)}>
            {(pagePositions) => (
              <div className="table-scroll">
                <table data-testid={`positions-${unit.id}`}>
                  <caption>
                    {localised(unit.name, language)} ({positions.length})
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('app.position')}</th>
                      <th scope="col">{t('app.reportsTo')}</th>
                      <th scope="col">{t('app.location')}</th>
                      <th scope="col" className="num">
                        {t('app.onSiteDays')}
                      </th>
                      <th scope="col">{t('app.clearance')}</th>
                      <th scope="col">{t('app.requirements')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {pagePositions.map((p) => (
                      <tr key={p.id}>
                        <th scope="row">
                          {localised(p.title, language)}
                          {p.manager && <span className="badge">{t('app.manager')}</span>}
                        </th>
                        <td>{p.reportsTo ? positionTitle.get(p.reportsTo) : '–'}</td>
                        <td>{location(p)}</td>
                        <td className="num">{formatNumber(p.onSiteDays, language, 1)}</td>
                        <td>{p.clearanceRequired ? t('app.yes') : t('app.no')}</td>
                        <td>
                          {p.requirements
                            .map((r) => `${competenceName.get(r.competenceId)} ≥ ${r.minLevel}`)
                            .join(', ')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Paginated>
        );
      })}
    </section>
  );
}
