import { localeOf } from '../../schema/language';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import { formatNumber } from '../format';
import type { ImpactRow } from './impactRows';

type FlagFilter = 'all' | 'any' | 'added' | 'long' | 'none';

/** Rows per page: the table takes the page, not a scroll box; long staff lists are paged. */
const PAGE_SIZES = [50, 100, 250] as const;
const DEFAULT_PAGE_SIZE = 100;
type Direction = 'ascending' | 'descending';

interface Column {
  key: string;
  label: string;
  numeric: boolean;
  sortValue: (row: ImpactRow) => number | string;
  render: (row: ImpactRow) => ReactNode;
}

export interface PersonImpactTableProps {
  rows: readonly ImpactRow[];
  /** HR sees salary and home columns; managers do not. */
  role: 'hr' | 'manager';
  language: Language;
  addedMinutesThreshold: number;
  longCommuteMinutes: number;
}

/** The per-person impact table: sortable by any column (aria-sort), filterable by employer, flag and text. */
export function PersonImpactTable({
  rows,
  role,
  language,
  addedMinutesThreshold,
  longCommuteMinutes,
}: PersonImpactTableProps) {
  const { t } = useTranslation();
  const [municipality, setMunicipality] = useState('all');
  const [flag, setFlag] = useState<FlagFilter>('all');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: string; direction: Direction }>({
    key: 'deltaMinutes',
    direction: 'descending',
  });
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState<number>(DEFAULT_PAGE_SIZE);

  const n = (value: number, digits = 0) => formatNumber(value, language, digits);
  const minutesX = n(addedMinutesThreshold, 1);
  const minutesY = n(longCommuteMinutes, 1);
  const columns = useMemo((): Column[] => {
    const n = (value: number, digits = 0) => formatNumber(value, language, digits);
    const text = (key: keyof ImpactRow, label: string): Column => ({
      key,
      label,
      numeric: false,
      sortValue: (r) => String(r[key] ?? ''),
      render: (r) => String(r[key] ?? ''),
    });
    const num = (key: string, label: string, value: (r: ImpactRow) => number, digits = 0): Column => ({
      key,
      label,
      numeric: true,
      sortValue: value,
      render: (r) => n(value(r), digits),
    });
    // A commute from a home placed at a postcode or locality is marked as approximate.
    const approximate = (r: ImpactRow, text: string): ReactNode =>
      r.homePlacedBy === null ? (
        text
      ) : (
        <span
          title={t('screens.impact.approximateTitle', { placedBy: t(`screens.impact.placedBy.${r.homePlacedBy}`) })}
        >
          {t('screens.impact.approximate')} {text}
        </span>
      );
    const all: Array<Column & { hrOnly?: boolean }> = [
      { ...text('person', t('views.impact.col.person')), render: (r) => r.person },
      text('employer', t('views.impact.col.employer')),
      text('todaySite', t('views.impact.col.todaySite')),
      text('scenarioSite', t('views.impact.col.scenarioSite')),
      { ...text('position', t('views.impact.col.position')), render: (r) => r.position ?? t('views.impact.bench') },
      {
        ...num('todayMinutes', t('views.impact.col.todayMinutes'), (r) => r.todayMinutes),
        render: (r) => approximate(r, n(r.todayMinutes)),
      },
      {
        ...num('scenarioMinutes', t('views.impact.col.scenarioMinutes'), (r) => r.scenarioMinutes),
        render: (r) => approximate(r, n(r.scenarioMinutes)),
      },
      {
        ...num('deltaMinutes', t('views.impact.col.deltaMinutes'), (r) => r.deltaMinutes),
        render: (r) =>
          (Math.round(r.deltaMinutes) > 0 ? '+' : Math.round(r.deltaMinutes) < 0 ? '−' : '') +
          n(Math.abs(r.deltaMinutes)),
      },
      num('scenarioKm', t('views.impact.col.scenarioKm'), (r) => r.scenarioKm),
      num('weeklyKm', t('views.impact.col.weeklyKm'), (r) => r.weeklyKm),
      num('weeklyCostSek', t('views.impact.col.weeklyCost'), (r) => r.weeklyCostSek),
      {
        key: 'flags',
        label: t('views.impact.col.flags'),
        numeric: false,
        sortValue: (r) => Number(r.addedOverThreshold) * 2 + Number(r.longCommute),
        render: (r) => (
          <>
            {r.addedOverThreshold && (
              <span className="flag flag-added">{t('views.impact.flagAddedShort', { minutes: minutesX })}</span>
            )}
            {r.longCommute && (
              <span className="flag flag-long">{t('views.impact.flagLongShort', { minutes: minutesY })}</span>
            )}
          </>
        ),
      },
      {
        key: 'leaveProbability',
        label: t('views.impact.col.leaveProbability'),
        numeric: true,
        sortValue: (r) => r.leaveProbability ?? -1,
        render: (r) =>
          r.leaveProbability === null ? t('views.none') : t('views.percent', { value: n(r.leaveProbability * 100) }),
      },
      {
        key: 'salary',
        label: t('views.impact.col.salary'),
        numeric: true,
        hrOnly: true,
        sortValue: (r) => r.salary ?? -1,
        render: (r) => (r.salary === null ? t('views.none') : n(r.salary)),
      },
      {
        key: 'home',
        label: t('views.impact.col.home'),
        numeric: false,
        hrOnly: true,
        sortValue: (r) => (r.home ? r.home.lat : -1),
        // Latitude above longitude: one narrow column rather than a wide one.
        render: (r) =>
          r.home ? (
            <span className="home">
              {n(r.home.lat, 4)},<br />
              {n(r.home.lon, 4)}
            </span>
          ) : (
            t('views.none')
          ),
      },
    ];
    return all.filter((c) => role === 'hr' || !c.hrOnly);
  }, [t, role, language, minutesX, minutesY]);

  const municipalities = useMemo(
    () =>
      [...new Map(rows.map((r) => [r.municipalityId, r.employer])).entries()].sort((a, b) => a[1].localeCompare(b[1])),
    [rows],
  );
  const visible = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase(language);
    const collator = new Intl.Collator(localeOf(language), { numeric: true });
    const column = columns.find((c) => c.key === sort.key) ?? columns[0]!;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return rows
      .filter((r) => municipality === 'all' || r.municipalityId === municipality)
      .filter((r) => {
        if (flag === 'all') return true;
        if (flag === 'any') return r.addedOverThreshold || r.longCommute;
        if (flag === 'added') return r.addedOverThreshold;
        if (flag === 'long') return r.longCommute;
        return !r.addedOverThreshold && !r.longCommute;
      })
      .filter(
        (r) =>
          needle === '' ||
          [r.person, r.personId, r.title, r.todaySite, r.scenarioSite, r.position ?? '', r.employer].some((s) =>
            s.toLocaleLowerCase(language).includes(needle),
          ),
      )
      .slice()
      .sort((a, b) => {
        const x = column.sortValue(a);
        const y = column.sortValue(b);
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
        return sign * order || collator.compare(a.person, b.person);
      });
  }, [rows, municipality, flag, search, sort, columns, language]);

  const shownColumns = columns.filter((c, k) => k === 0 || !hidden.has(c.key));
  const pageCount = Math.max(1, Math.ceil(visible.length / pageSize));
  const currentPage = Math.min(page, pageCount - 1);
  const pageRows = visible.slice(currentPage * pageSize, (currentPage + 1) * pageSize);
  const approximateCount = rows.filter((r) => r.homePlacedBy !== null).length;
  const toggleColumn = (key: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const filterChanged =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(0);
    };

  const toggleSort = (key: string) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: columns.find((c) => c.key === key)?.numeric ? 'descending' : 'ascending' },
    );

  return (
    <>
      <p className="note">{role === 'hr' ? t('views.impact.hrNote') : t('views.impact.managerNote')}</p>
      <fieldset className="impact-filters">
        <legend>{t('views.impact.filters')}</legend>
        <label>
          {t('views.impact.filterMunicipality')}
          <select value={municipality} onChange={(e) => filterChanged(setMunicipality)(e.target.value)}>
            <option value="all">{t('views.impact.all')}</option>
            {municipalities.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('views.impact.filterFlag')}
          <select value={flag} onChange={(e) => filterChanged(setFlag)(e.target.value as FlagFilter)}>
            <option value="all">{t('views.impact.all')}</option>
            <option value="any">{t('views.impact.flagAny')}</option>
            <option value="added">{t('views.impact.flagAdded', { minutes: minutesX })}</option>
            <option value="long">{t('views.impact.flagLong', { minutes: minutesY })}</option>
            <option value="none">{t('views.impact.flagNone')}</option>
          </select>
        </label>
        <label>
          {t('views.impact.filterSearch')}
          <input type="search" value={search} onChange={(e) => filterChanged(setSearch)(e.target.value)} />
        </label>
        <details className="column-chooser">
          <summary>{t('screens.impact.columns', { shown: shownColumns.length, total: columns.length })}</summary>
          <p className="note">{t('screens.impact.columnsHint')}</p>
          <ul>
            {columns.slice(1).map((c) => (
              <li key={c.key}>
                <label>
                  <input type="checkbox" checked={!hidden.has(c.key)} onChange={() => toggleColumn(c.key)} /> {c.label}
                </label>
              </li>
            ))}
          </ul>
        </details>
      </fieldset>
      <p role="status" className="note">
        {t('views.impact.shown', { shown: n(visible.length), total: n(rows.length) })}
      </p>
      {approximateCount > 0 && (
        <p className="note">{t('screens.impact.approximateNote', { count: n(approximateCount) })}</p>
      )}
      <div className="impact-table-wrap">
        <table className="impact-table">
          <caption>{t('views.impact.peopleCaption')}</caption>
          <thead>
            <tr>
              {shownColumns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={sort.key === c.key ? sort.direction : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => toggleSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pageRows.map((r) => (
              <tr key={r.personId}>
                {shownColumns.map((c, k) =>
                  k === 0 ? (
                    <th key={c.key} scope="row">
                      {c.render(r)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {c.render(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length === 0 && <p>{t('views.impact.noRows')}</p>}
      {visible.length > PAGE_SIZES[0] && (
        <nav className="table-pages" aria-label={t('screens.impact.pages')}>
          <button type="button" disabled={currentPage === 0} onClick={() => setPage(currentPage - 1)}>
            {t('screens.impact.previous')}
          </button>
          <span>
            {t('screens.impact.page', {
              from: n(currentPage * pageSize + 1),
              to: n(Math.min(visible.length, (currentPage + 1) * pageSize)),
              total: n(visible.length),
            })}
          </span>
          <button type="button" disabled={currentPage >= pageCount - 1} onClick={() => setPage(currentPage + 1)}>
            {t('screens.impact.next')}
          </button>
          <label>
            {t('screens.impact.pageSize')}{' '}
            <select value={pageSize} onChange={(e) => filterChanged(setPageSize)(Number(e.target.value))}>
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
        </nav>
      )}
    </>
  );
}
