import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { activeScenario } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../StoreContext';
import { LanguageSwitch } from './LanguageSwitch';

/** Title, the active scenario (always visible, with a selector), undo/redo, role and language. */
export function AppHeader({ glossaryOpen = false, onGlossary }: { glossaryOpen?: boolean; onGlossary?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const store = useAppStoreApi();
  const scenarios = useAppStore((s) => s.scenarios);
  const active = useAppStore(activeScenario);
  const language = useAppStore((s) => s.language);
  const role = useAppStore((s) => s.role);
  const packaged = useAppStore((s) => s.openPackage !== null);
  const canUndo = useStore(store.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (h) => h.futureStates.length > 0);
  const actions = store.getState();
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.appTitle')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="header-controls">
        <div className="control">
          <label htmlFor={`${id}-active`}>{t('workspace.activeScenario')}</label>
          {scenarios.length > 0 ? (
            <select
              id={`${id}-active`}
              value={active?.id ?? ''}
              onChange={(e) => actions.setActiveScenario(e.target.value)}
            >
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          ) : (
            <output id={`${id}-active`}>{t('workspace.noScenarios')}</output>
          )}
        </div>
        <div className="control undo-redo">
          <button
            type="button"
            disabled={!canUndo}
            title={t('workspace.undoHint')}
            aria-keyshortcuts="Control+Z"
            onClick={() => store.temporal.getState().undo()}
          >
            {t('workspace.undo')}
          </button>
          <button
            type="button"
            disabled={!canRedo}
            title={t('workspace.redoHint')}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            onClick={() => store.temporal.getState().redo()}
          >
            {t('workspace.redo')}
          </button>
        </div>
        {/* In a manager's package there is no role to switch: the data it lacks is not in this browser. */}
        {!packaged && (
          <div className="control">
            <label htmlFor={`${id}-role`}>{t('workspace.role')}</label>
            <select
              id={`${id}-role`}
              value={role}
              aria-describedby={role === 'manager' ? `${id}-preview` : undefined}
              onChange={(e) => actions.setRole(e.target.value === 'manager' ? 'manager' : 'hr')}
            >
              <option value="hr">{t('workspace.role.hr')}</option>
              <option value="manager">{t('managerPackage.preview.label')}</option>
            </select>
            {role === 'manager' && (
              <p id={`${id}-preview`} className="note preview-note">
                {t('managerPackage.preview.note')}
              </p>
            )}
          </div>
        )}
        {onGlossary && (
          <button
            type="button"
            className="glossary-button"
            aria-expanded={glossaryOpen}
            aria-controls="glossary-panel"
            onClick={onGlossary}
          >
            {t('screens.glossary.open')}
          </button>
        )}
        <LanguageSwitch language={language} onChange={actions.setLanguage} />
      </div>
    </header>
  );
}
