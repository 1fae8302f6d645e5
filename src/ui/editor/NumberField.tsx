import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import { formatNumber } from '../format';
import { parseNumberText, type FieldProblem } from './validateField';

export interface NumberFieldProps {
  label: string;
  unit: string;
  help: string;
  value: number;
  defaultValue: number;
  language: Language;
  /** Null when the value may be applied, else why not. */
  check: (value: number) => FieldProblem | null;
  onCommit: (value: number) => void;
  anchorId?: string;
}

const plain = (value: number, language: Language) => formatNumber(value, language, 6).replace(/[\u00a0\u202f]/g, ' ');

/**
 * A number the user types in either language's notation. Checked as typed; applied on Enter or
 * leaving the field, and only when valid: an invalid value stays in the field with its reason
 * and never reaches the scenario. Escape restores the scenario's value.
 */
export function NumberField({
  label,
  unit,
  help,
  value,
  defaultValue,
  language,
  check,
  onCommit,
  anchorId,
}: NumberFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft === null ? value : parseNumberText(draft);
  const problem = draft === null ? null : check(typed);
  const commit = () => {
    if (draft === null || problem) return;
    setDraft(null);
    if (typed !== value) onCommit(typed);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };
  const reason = problem
    ? t(`workspace.reason.${problem.reason}`, {
        limit: problem.limit === undefined ? '' : formatNumber(problem.limit, language, 6),
      })
    : '';
  return (
    <div className={problem ? 'field invalid' : 'field'} id={anchorId}>
      <label htmlFor={id}>
        {label} <span className="unit">({unit})</span>
      </label>
      <div className="field-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={draft ?? plain(value, language)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-help${problem ? ` ${id}-error` : ''}`}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="reset"
          disabled={value === defaultValue && draft === null}
          aria-label={t('workspace.editor.resetLabel', { label })}
          onClick={() => {
            setDraft(null);
            if (value !== defaultValue) onCommit(defaultValue);
          }}
        >
          {t('workspace.editor.reset')}
        </button>
      </div>
      <p id={`${id}-help`} className="help">
        {help} {t('workspace.editor.default', { value: `${plain(defaultValue, language)} ${unit}` })}
      </p>
      {problem && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('workspace.editor.invalid', { label, reason })}
        </p>
      )}
    </div>
  );
}
