import { useTranslation } from 'react-i18next';

export interface PeopleOutsideProps {
  /** People of the new company without a position, and whether they were kept out by decision. */
  bench: ReadonlyArray<{ personId: string; notSelected: boolean }>;
  declined: readonly string[];
  leaving: readonly string[];
  personLabel: (id: string) => string;
  onSelect: (personId: string) => void;
}

/** The bench (in the new company without a position) and the people outside it (declined, leaving). */
export function PeopleOutside({ bench, declined, leaving, personLabel, onSelect }: PeopleOutsideProps) {
  const { t } = useTranslation();
  const outside = [...declined.map((id) => ({ id, why: t('roleMapping.outside.declined') })), ...leaving.map((id) => ({ id, why: t('roleMapping.outside.leaving') }))];
  const personButton = (id: string) => (
    <button type="button" id={`rm-person-${id}`} className="rm-link" aria-label={t('roleMapping.bench.select', { person: personLabel(id) })} onClick={() => onSelect(id)}>
      {personLabel(id)}
    </button>
  );
  return (
    <div className="rm-outside">
      <section aria-labelledby="rm-bench-heading">
        <h3 id="rm-bench-heading">{t('roleMapping.bench.heading')}</h3>
        {bench.length === 0 ? (
          <p>{t('roleMapping.bench.none')}</p>
        ) : (
          <table className="rm-table">
            <caption className="visually-hidden">{t('roleMapping.bench.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roleMapping.col.person')}</th>
                <th scope="col">{t('roleMapping.bench.why')}</th>
              </tr>
            </thead>
            <tbody>
              {bench.map((b) => (
                <tr key={b.personId}>
                  <th scope="row">{personButton(b.personId)}</th>
                  <td>{b.notSelected ? t('roleMapping.bench.notSelected') : t('roleMapping.bench.beyond')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="rm-outside-heading">
        <h3 id="rm-outside-heading">{t('roleMapping.outside.heading')}</h3>
        {outside.length === 0 ? (
          <p>{t('roleMapping.outside.none')}</p>
        ) : (
          <table className="rm-table">
            <caption className="visually-hidden">{t('roleMapping.outside.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roleMapping.col.person')}</th>
                <th scope="col">{t('roleMapping.bench.why')}</th>
              </tr>
            </thead>
            <tbody>
              {outside.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{personButton(o.id)}</th>
                  <td>{o.why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
