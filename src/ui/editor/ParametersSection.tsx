import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import { defaultScenarioParameters, type ScenarioParameters } from '../../schema/scenarioParameters';
import { NumberField } from './NumberField';
import {
  parameterFields,
  parameterSectionSchemas,
  parameterSections,
  type ParameterField,
  type ParameterSection,
} from './parameterFields';
import { validateField } from './validateField';

const defaults = defaultScenarioParameters();

export interface ParametersSectionProps {
  parameters: ScenarioParameters;
  dataset: Dataset;
  language: Language;
  /** Applies a whole, already validated section. */
  onChange: <S extends ParameterSection>(section: S, value: ScenarioParameters[S]) => void;
}

/** Every parameter of the scenario, by section, each with unit, default, reset and explanation. */
export function ParametersSection({ parameters, dataset, language, onChange }: ParametersSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="editor-parameters" id="editor-parameters-section">
      <h3 id="editor-parameters">{t('workspace.editor.parameters')}</h3>
      <p className="help">{t('workspace.editor.parametersHelp')}</p>
      {parameterSections.map((section) => (
        <fieldset
          key={section}
          className="parameter-group"
          id={`editor-${section.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`}
        >
          <legend>{t(`workspace.section.${section}`)}</legend>
          {parameterFields
            .filter((f) => f.section === section)
            .map((field) => (
              <Parameter
                key={field.key}
                field={field}
                parameters={parameters}
                dataset={dataset}
                language={language}
                onChange={onChange}
              />
            ))}
        </fieldset>
      ))}
    </section>
  );
}

function Parameter({
  field,
  parameters,
  dataset,
  language,
  onChange,
}: { field: ParameterField } & Omit<ParametersSectionProps, never>) {
  const { t } = useTranslation();
  const id = useId();
  const { section, key, input } = field;
  const current = parameters[section] as Record<string, unknown>;
  const value = current[key];
  const defaultValue = (defaults[section] as Record<string, unknown>)[key];
  const label = t(`workspace.param.${section}.${key}`);
  const help = t(`workspace.help.${section}.${key}`);
  const schema = parameterSectionSchemas[section];
  const apply = (next: unknown) => {
    const check = validateField(schema as never, current, key, next);
    if (check.ok) onChange(section, check.value as never);
  };
  const anchorId = `param-${section}-${key}`;

  if (input.kind === 'number') {
    const unit = t(`workspace.unit.${input.unit}`);
    return (
      <NumberField
        anchorId={anchorId}
        label={label}
        unit={unit}
        help={help}
        value={value as number}
        defaultValue={defaultValue as number}
        language={language}
        check={(next) => {
          const check = validateField(schema as never, current, key, next);
          return check.ok ? null : check.problem;
        }}
        onCommit={apply}
      />
    );
  }
  const resetButton = (
    <button
      type="button"
      className="reset"
      disabled={JSON.stringify(value) === JSON.stringify(defaultValue)}
      aria-label={t('workspace.editor.resetLabel', { label })}
      onClick={() => apply(structuredClone(defaultValue))}
    >
      {t('workspace.editor.reset')}
    </button>
  );
  if (input.kind === 'boolean') {
    return (
      <div className="field" id={anchorId}>
        <div className="field-row">
          <input
            id={id}
            type="checkbox"
            checked={value as boolean}
            aria-describedby={`${id}-help`}
            onChange={(e) => apply(e.target.checked)}
          />
          <label htmlFor={id}>{label}</label>
          {resetButton}
        </div>
        <p id={`${id}-help`} className="help">
          {help}{' '}
          {t('workspace.editor.default', { value: t(defaultValue ? 'workspace.editor.yes' : 'workspace.editor.no') })}
        </p>
      </div>
    );
  }
  if (input.kind === 'choice') {
    return (
      <div className="field" id={anchorId}>
        <label htmlFor={id}>{label}</label>
        <div className="field-row">
          <select
            id={id}
            value={value as string}
            aria-describedby={`${id}-help`}
            onChange={(e) => apply(e.target.value)}
          >
            {input.options.map((option) => (
              <option key={option} value={option}>
                {t(`workspace.${input.optionPrefix}.${option}`)}
              </option>
            ))}
          </select>
          {resetButton}
        </div>
        <p id={`${id}-help`} className="help">
          {help}{' '}
          {t('workspace.editor.default', { value: t(`workspace.${input.optionPrefix}.${String(defaultValue)}`) })}
        </p>
      </div>
    );
  }
  const chosen = new Set(value as string[]);
  return (
    <fieldset className="field site-choices" id={anchorId} aria-describedby={`${id}-help`}>
      <legend>{label}</legend>
      <div className="choices">
        {dataset.sites.map((site) => (
          <label key={site.id} className="choice">
            <input
              type="checkbox"
              checked={chosen.has(site.id)}
              onChange={(e) =>
                apply(e.target.checked ? [...chosen, site.id] : [...chosen].filter((s) => s !== site.id))
              }
            />{' '}
            {site.name}
          </label>
        ))}
      </div>
      <div className="field-row">{resetButton}</div>
      <p id={`${id}-help`} className="help">
        {help} {t('workspace.editor.default', { value: t('workspace.editor.sitesNoneSelected') })}
      </p>
    </fieldset>
  );
}
