import { localised } from '../../schema/localisedText';
import type { Language } from '../../schema/language';
import { useTranslation } from 'react-i18next';
import { personFactsOf } from '../../engine/personFacts/personFacts';
import type { Dataset } from '../../schema/dataset';
import { Paginated } from '../pager/Paginated';

/** Today's IT staff, without home coordinates or salaries (shown to HR in the Impact view). */
export function PeopleTable({ dataset }: { dataset: Dataset }) {
  const { t, i18n } = useTranslation();
  const municipalityName = new Map(dataset.municipalities.map((m) => [m.id, m.name]));
  const functionName = new Map(dataset.functions.map((f) => [f.id, localised(f.name, i18n.language as Language)]));
  const siteName = new Map(dataset.sites.map((s) => [s.id, s.name]));
  // Age bands through the engine's one seam to the private fields (a package carries them precomputed).
  const facts = personFactsOf(dataset);
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">
        {t('app.people')} ({dataset.people.length})
      </h2>
      <Paginated rows={dataset.people} what={t('app.people')}>
        {(pagePeople) => (
          <div className="table-scroll tall" tabIndex={0} role="region" aria-labelledby="people-heading">
            <table data-testid="people-table">
              <thead>
                <tr>
                  {/* The column shows names when the data has them (an import), ids otherwise. */}
                  <th scope="col">
                    {dataset.people.some((p) => p.name !== undefined) ? t('screens.people.name') : t('app.personId')}
                  </th>
                  <th scope="col">{t('app.employer')}</th>
                  <th scope="col">{t('app.jobTitle')}</th>
                  <th scope="col">{t('app.function')}</th>
                  <th scope="col">{t('app.site')}</th>
                  <th scope="col">{t('app.ageBand')}</th>
                  <th scope="col">{t('app.clearance')}</th>
                </tr>
              </thead>
              <tbody>
                {pagePeople.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.name ?? p.id}</th>
                    <td>{municipalityName.get(p.municipalityId)}</td>
                    <td>{p.title}</td>
                    <td>{functionName.get(p.functionId)}</td>
                    <td>{siteName.get(p.siteId)}</td>
                    <td>{facts.get(p.id)?.ageBand}</td>
                    <td>{p.securityClearance ? t('app.yes') : t('app.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Paginated>
    </section>
  );
}
