import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionFilters } from './positionRows';

export interface FilterOption {
  id: string;
  label: string;
}

export interface RoleMappingFiltersProps {
  filters: PositionFilters;
  units: readonly FilterOption[];
  functions: readonly FilterOption[];
  municipalities: readonly FilterOption[];
  shown: number;
  total: number;
  onChange: (filters: PositionFilters) => void;
}

/** Filters of the positions: unit, function, the holder's municipality, locked, conflicts, text. */
export function RoleMappingFilters({
  filters,
  units,
  functions,
  municipalities,
  shown,
  total,
  onChange,
}: RoleMappingFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const select = (key: 'unitId' | 'functionId' | 'municipalityId', label: string, options: readonly FilterOption[]) => (
    <span className="rm-inline">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filters[key]}
        onChange={(e) => onChange({ ...filters, [key]: e.target.value })}
      >
        <option value="">{t('roleMapping.filter.all')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
  const check = (key: 'onlyLocked' | 'onlyConflicts', label: string) => (
    <span className="rm-inline">
      <input
        id={`${id}-${key}`}
        type="checkbox"
        checked={filters[key]}
        onChange={(e) => onChange({ ...filters, [key]: e.target.checked })}
      />
      <label htmlFor={`${id}-${key}`}>{label}</label>
    </span>
  );
  return (
    <fieldset className="rm-filters">
      <legend>{t('roleMapping.filter.legend')}</legend>
      {select('unitId', t('roleMapping.filter.unit'), units)}
      {select('functionId', t('roleMapping.filter.function'), functions)}
      {select('municipalityId', t('roleMapping.filter.municipality'), municipalities)}
      {check('onlyLocked', t('roleMapping.filter.locked'))}
      {check('onlyConflicts', t('roleMapping.filter.conflicts'))}
      <span className="rm-inline">
        <label htmlFor={`${id}-text`}>{t('roleMapping.filter.search')}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filters.text}
          onChange={(e) => onChange({ ...filters, text: e.target.value })}
        />
      </span>
      <p role="status" className="note">
        {t('roleMapping.filter.count', { shown, total })}
      </p>
    </fieldset>
  );
}
