import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import { economicsParametersSchema, type EconomicsParameters } from '../../schema/economicsParameters';
import { NumberField } from '../editor/NumberField';
import { parseNumberText, validateField } from '../editor/validateField';
import { formatNumber } from '../format';
import { economicsFields, type EconomicsField } from './economicsFields';

const defaults = economicsParametersSchema.parse({});

export interface EconomicsAssumptionsProps {
  parameters: EconomicsParameters;
  language: Language;
  /** Applies the whole, validated set. */
  onChange: (parameters: EconomicsParameters) => void;
}

/** Every economic assumption with its unit, default, reasoning and source; invalid values are refused with the bound. */
export function EconomicsAssumptions({ parameters, language, onChange }: EconomicsAssumptionsProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="economics-assumptions-heading" className="economics-assumptions">
      <h3 id="economics-assumptions-heading">{t('economics.assumptions.heading')}</h3>
      <p className="note">{t('economics.assumptions.intro')}</p>
      <div className="economics-fields">
        {economicsFields.map((field) => (
          <Assumption key={field.key} field={field} parameters={parameters} language={language} onChange={onChange} />
        ))}
      </div>
    </section>
  );
}

function Assumption({ field, parameters, language, onChange }: { field: EconomicsField } & EconomicsAssumptionsProps) {
  const { t } = useTranslation();
  const id = useId();
  const label = t(`economics.param.${field.key}`);
  const help = `${t('economics.assumptionMark')}: ${t(`economics.help.${field.key}`)}`;
  const source = (
    <p className="help source">{t('economics.assumptions.source', { source: t(`economics.source.${field.key}`) })}</p>
  );
  const apply = (value: unknown) => {
    const check = validateField(economicsParametersSchema, parameters, field.key, value);
    if (check.ok) onChange(check.value);
  };
  const value = parameters[field.key];
  if (field.kind === 'choice') {
    return (
      <div className="field" id={`economics-${field.key}`}>
        <label htmlFor={id}>{label}</label>
        <div className="field-row">
          <select id={id} value={String(value)} aria-describedby={`${id}-help`} onChange={(e) => apply(e.target.value)}>
            {field.options.map((option) => (
              <option key={option} value={option}>
                {t(`economics.${field.optionPrefix}.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <p id={`${id}-help`} className="help">
          {help}{' '}
          {t('workspace.editor.default', {
            value: t(`economics.${field.optionPrefix}.${String(defaults[field.key])}`),
          })}
        </p>
        {source}
      </div>
    );
  }
  if (field.nullable)
    return (
      <NullableNumber
        field={field}
        label={label}
        help={help}
        value={value as number | null}
        language={language}
        apply={apply}
        source={source}
      />
    );
  return (
    <div className="economics-number" id={`economics-${field.key}`}>
      <NumberField
        label={label}
        unit={t(`economics.unit.${field.unit}`)}
        help={help}
        value={value as number}
        defaultValue={defaults[field.key] as number}
        language={language}
        check={(next) => {
          const check = validateField(economicsParametersSchema, parameters, field.key, next);
          return check.ok ? null : check.problem;
        }}
        onCommit={apply}
      />
      {source}
    </div>
  );
}

/** A number that may be left empty (the engine's estimate applies). */
function NullableNumber({
  field,
  label,
  help,
  value,
  language,
  apply,
  source,
}: {
  field: EconomicsField & { kind: 'number' };
  label: string;
  help: string;
  value: number | null;
  language: Language;
  apply: (v: unknown) => void;
  source: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null ? '' : formatNumber(value, language, 6));
  const parsed = shown.trim() === '' ? null : parseNumberText(shown);
  const check = validateField(economicsParametersSchema, { ...defaults }, field.key, parsed);
  const commit = () => {
    if (draft === null || !check.ok) return;
    setDraft(null);
    apply(parsed);
  };
  return (
    <div className={check.ok ? 'field' : 'field invalid'} id={`economics-${field.key}`}>
      <label htmlFor={id}>
        {label} <span className="unit">({t(`economics.unit.${field.unit}`)})</span>
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={shown}
        placeholder={t('economics.assumptions.recruitMedian')}
        aria-invalid={check.ok ? undefined : true}
        aria-describedby={`${id}-help`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      <p id={`${id}-help`} className="help">
        {help} {t('workspace.editor.default', { value: t('economics.assumptions.recruitMedian') })}
      </p>
      {!check.ok && (
        <p className="field-error" role="alert">
          {t('workspace.editor.invalid', {
            label,
            reason: t(`workspace.reason.${check.problem.reason}`, { limit: check.problem.limit ?? '' }),
          })}
        </p>
      )}
      {source}
    </div>
  );
}
