import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../schema/scenario';
import { activeScenario, readyDataset } from '../../state/selectors';
import { scenarioInLanguage } from '../../state/scenarioTexts';
import { useAppStore, useAppStoreApi } from '../StoreContext';
import './scenarios.css';

type Editing = { scenarioId: string; field: 'name' | 'description' } | null;

/** The user's scenarios: activate, rename, describe, duplicate, delete (all undoable), and create from a preset. */
export function ScenarioList() {
  const { t } = useTranslation();
  const scenarios = useAppStore((s) => s.scenarios);
  const active = useAppStore(activeScenario);
  const dataset = useAppStore(readyDataset);
  const language = useAppStore((s) => s.language);
  const store = useAppStoreApi();
  const actions = store.getState();
  const [editing, setEditing] = useState<Editing>(null);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section aria-labelledby="scenario-list-heading" className="scenario-list">
      <h2 id="scenario-list-heading">{t('workspace.list.heading')}</h2>
      <p role="status" className="announcement">
        {announcement}
      </p>
      {scenarios.length === 0 ? (
        <p>{t('workspace.list.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('workspace.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workspace.list.active')}</th>
                <th scope="col">{t('workspace.list.name')}</th>
                <th scope="col">{t('workspace.list.kind')}</th>
                <th scope="col">{t('workspace.list.description')}</th>
                <th scope="col">{t('workspace.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {scenarios.map((scenario) => (
                <ScenarioRow
                  key={scenario.id}
                  scenario={scenario}
                  isActive={scenario.id === active?.id}
                  editing={editing?.scenarioId === scenario.id ? editing.field : null}
                  onEdit={(field) => setEditing(field ? { scenarioId: scenario.id, field } : null)}
                  onActivate={() => actions.setActiveScenario(scenario.id)}
                  onRename={(name) => actions.renameScenario(scenario.id, name)}
                  onDescribe={(text) => actions.describeScenario(scenario.id, text)}
                  onDuplicate={() =>
                    actions.duplicateScenario(scenario.id, t('workspace.list.duplicateName', { name: scenario.name }))
                  }
                  onDelete={() => {
                    actions.deleteScenario(scenario.id);
                    setAnnouncement(t('workspace.list.deleted', { name: scenario.name }));
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dataset && dataset.scenarios.length > 0 && (
        <CreateFromPreset
          presets={dataset.scenarios.map((p) => scenarioInLanguage(p, language))}
          onCreate={(presetId, name) => {
            const id = actions.createScenarioFromPreset(presetId, name);
            const created = store.getState().scenarios.find((s) => s.id === id);
            if (created) setAnnouncement(t('workspace.create.created', { name: created.name }));
          }}
        />
      )}
    </section>
  );
}

interface ScenarioRowProps {
  scenario: Scenario;
  isActive: boolean;
  editing: 'name' | 'description' | null;
  onEdit: (field: 'name' | 'description' | null) => void;
  onActivate: () => void;
  onRename: (name: string) => void;
  onDescribe: (description: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

function ScenarioRow({
  scenario,
  isActive,
  editing,
  onEdit,
  onActivate,
  onRename,
  onDescribe,
  onDuplicate,
  onDelete,
}: ScenarioRowProps) {
  const { t } = useTranslation();
  const name = scenario.name;
  // The baseline is what every figure is compared with: deleting it asks first.
  const [confirming, setConfirming] = useState(false);
  return (
    <tr className={isActive ? 'active' : undefined} aria-current={isActive ? 'true' : undefined}>
      <td>
        {isActive ? (
          <span className="active-mark">{t('workspace.list.isActive')}</span>
        ) : (
          <button type="button" onClick={onActivate} aria-label={t('workspace.list.activate', { name })}>
            {t('workspace.list.makeActive')}
          </button>
        )}
      </td>
      <th scope="row">
        {editing === 'name' ? (
          <InlineEdit
            label={t('workspace.list.renameLabel', { name })}
            initial={name}
            required
            onSave={(value) => {
              onRename(value);
              onEdit(null);
            }}
            onCancel={() => onEdit(null)}
          />
        ) : (
          name
        )}
      </th>
      <td>{t(`workspace.kind.${scenario.kind}`)}</td>
      <td className="description">
        {editing === 'description' ? (
          <InlineEdit
            label={t('workspace.list.describeLabel', { name })}
            initial={scenario.description}
            multiline
            onSave={(value) => {
              onDescribe(value);
              onEdit(null);
            }}
            onCancel={() => onEdit(null)}
          />
        ) : (
          scenario.description
        )}
      </td>
      <td className="actions">
        <button
          type="button"
          onClick={() => onEdit('name')}
          aria-label={t('workspace.list.renameButtonLabel', { name })}
        >
          {t('workspace.list.rename')}
        </button>
        <button
          type="button"
          onClick={() => onEdit('description')}
          aria-label={t('workspace.list.describeButtonLabel', { name })}
        >
          {t('workspace.list.describe')}
        </button>
        <button type="button" onClick={onDuplicate} aria-label={t('workspace.list.duplicateLabel', { name })}>
          {t('workspace.list.duplicate')}
        </button>
        {confirming ? (
          <span role="group" aria-label={t('screens.scenarios.confirmLabel', { name })} className="confirm-delete">
            <span>{t('screens.scenarios.confirmBaseline')}</span>{' '}
            <button type="button" className="danger" onClick={onDelete}>
              {t('screens.scenarios.confirmDelete')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('screens.scenarios.keep')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="danger"
            onClick={scenario.kind === 'baseline' ? () => setConfirming(true) : onDelete}
            aria-label={t('workspace.list.deleteLabel', { name })}
          >
            {t('workspace.list.delete')}
          </button>
        )}
      </td>
    </tr>
  );
}

function InlineEdit({
  label,
  initial,
  multiline,
  required,
  onSave,
  onCancel,
}: {
  label: string;
  initial: string;
  multiline?: boolean;
  required?: boolean;
  onSave: (value: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(initial);
  const empty = required === true && value.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!empty) onSave(value);
  };
  return (
    <form className="inline-edit" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      {multiline ? (
        <textarea id={id} value={value} rows={3} autoFocus onChange={(e) => setValue(e.target.value)} />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          autoFocus
          aria-invalid={empty || undefined}
          aria-describedby={empty ? `${id}-error` : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
      )}
      {empty && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {t('workspace.list.nameRequired')}
        </span>
      )}
      <button type="submit" disabled={empty}>
        {t('workspace.list.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('workspace.list.cancel')}
      </button>
    </form>
  );
}

function CreateFromPreset({
  presets,
  onCreate,
}: {
  presets: Scenario[];
  onCreate: (presetId: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [presetId, setPresetId] = useState(presets[0]!.id);
  const [name, setName] = useState('');
  return (
    <form
      className="create-scenario"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        onCreate(presetId, name);
        setName('');
      }}
    >
      <h3 id={`${id}-heading`}>{t('workspace.create.heading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-preset`}>{t('workspace.create.preset')}</label>
        <select id={`${id}-preset`} value={presetId} onChange={(e) => setPresetId(e.target.value)}>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('workspace.create.name')}</label>
        <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit">{t('workspace.create.submit')}</button>
    </form>
  );
}
