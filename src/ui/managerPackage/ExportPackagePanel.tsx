import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../schema/scenario';
import { JSON_TYPE } from '../data/downloadText';
import { useAppStoreApi } from '../StoreContext';
import { checkedDownload } from './privateDataCheck';
import './managerPackage.css';

/**
 * HR's export of a manager package (docs/roles-and-packages.md): the chosen target scenarios,
 * made by the engine (it holds the travel model), checked for private fields before download.
 */
export function ExportPackagePanel({ scenarios }: { scenarios: readonly Scenario[] }) {
  const { t } = useTranslation();
  const id = useId();
  const store = useAppStoreApi();
  const targets = scenarios.filter((s) => s.kind === 'target');
  const [chosen, setChosen] = useState<string[]>(() => targets.map((s) => s.id));
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'failed'; detail: string }>({
    kind: 'idle',
  });
  const selected = chosen.filter((c) => targets.some((s) => s.id === c));

  const exportPackage = async () => {
    setState({ kind: 'working' });
    try {
      const pkg = await store.getState().exportManagerPackage(selected, new Date().toISOString());
      const leaks = checkedDownload(JSON.stringify(pkg), t('managerPackage.file.package'), JSON_TYPE);
      setState(
        leaks.length > 0
          ? { kind: 'failed', detail: t('managerPackage.decisions.leak', { paths: leaks.slice(0, 5).join(', ') }) }
          : { kind: 'idle' },
      );
    } catch (error) {
      setState({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="manager-package-export">
      <h2 id={`${id}-heading`}>{t('managerPackage.export.title')}</h2>
      <p className="note">{t('managerPackage.export.hint')}</p>
      <fieldset>
        <legend>{t('managerPackage.export.scenarios')}</legend>
        {targets.map((s) => (
          <label key={s.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(s.id)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                setChosen((list) => (on ? [...list, s.id] : list.filter((x) => x !== s.id)));
              }}
            />{' '}
            {s.name}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        disabled={selected.length === 0 || state.kind === 'working'}
        onClick={() => void exportPackage()}
      >
        {t('managerPackage.export.download')}
      </button>
      {selected.length === 0 && <p className="note">{t('managerPackage.export.none')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="problems">
          {state.detail}
        </p>
      )}
    </section>
  );
}
