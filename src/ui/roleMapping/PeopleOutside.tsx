import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paginated } from '../pager/Paginated';

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
  const outside = [
    ...declined.map((id) => ({ id, why: t('roleMapping.outside.declined') })),
    ...leaving.map((id) => ({ id, why: t('roleMapping.outside.leaving') })),
  ];
  const personButton = (id: string) => (
    <button
      type="button"
      id={`rm-person-${id}`}
      className="rm-link"
      aria-label={t('roleMapping.bench.select', { person: personLabel(id) })}
      onClick={() => onSelect(id)}
    >
      {personLabel(id)}
    </button>
  );
  return (
    <div className="rm-outside">
      <PeopleTable
        headingId="rm-bench-heading"
        heading={t('roleMapping.bench.heading')}
        none={t('roleMapping.bench.none')}
        caption={t('roleMapping.bench.caption')}
        rows={bench.map((b) => ({
          id: b.personId,
          why: b.notSelected ? t('roleMapping.bench.notSelected') : t('roleMapping.bench.beyond'),
        }))}
        personButton={personButton}
      />
      <PeopleTable
        headingId="rm-outside-heading"
        heading={t('roleMapping.outside.heading')}
        none={t('roleMapping.outside.none')}
        caption={t('roleMapping.outside.caption')}
        rows={outside}
        personButton={personButton}
      />
    </div>
  );
}

/** People with why they stand where they are (the bench, or outside the new company). */
function PeopleTable({
  headingId,
  heading,
  none,
  caption,
  rows,
  personButton,
}: {
  headingId: string;
  heading: string;
  none: string;
  caption: string;
  rows: Array<{ id: string; why: string }>;
  personButton: (id: string) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {rows.length === 0 ? (
        <p>{none}</p>
      ) : (
        <Paginated rows={rows} what={caption}>
          {(pageRows) => (
            <table className="rm-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('roleMapping.col.person')}</th>
                  <th scope="col">{t('roleMapping.bench.why')}</th>
                </tr>
              </thead>
              <tbody>
                {pageRows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{personButton(row.id)}</th>
                    <td>{row.why}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Paginated>
      )}
    </section>
  );
}
