import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubPlacementParamsInput } from '../../engine/optimiser/hubPlacementTypes';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { activeScenario } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../StoreContext';
import { PartLoading } from './PartLoading';

const SuggestHubsPanel = lazy(() =>
  import('../optimiser/SuggestHubsPanel').then((m) => ({ default: m.SuggestHubsPanel })),
);

/**
 * "Suggest sites" in the Scenarios view: hub placement from the active scenario, in the engine.
 * A kept suggestion becomes a new, active scenario (one undo step); the panel stays with the
 * scenario it started from, so its results and the other alternatives stay in sight.
 */
export function SuggestHubsContainer({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const active = useAppStore(activeScenario);
  const scenarios = useAppStore((s) => s.scenarios);
  const language = useAppStore((s) => s.language);
  const isochroneEngine = useAppStore((s) => s.isochroneEngine);
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const [session, setSession] = useState<{ baseId: string; kept: readonly string[] } | null>(null);
  const inSession = session !== null && active !== null && session.kept.includes(active.id);
  const base: Scenario | null = (inSession ? scenarios.find((s) => s.id === session.baseId) : null) ?? active;

  // Runs still going when the view closes are cancelled (the worker is stopped).
  const controllers = useRef(new Set<AbortController>());
  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running) controller.abort();
    };
  }, []);
  const run = useCallback(
    (
      params: Partial<HubPlacementParamsInput>,
      { onProgress, signal }: { onProgress: (fractionDone: number) => void; signal?: AbortSignal },
    ) => {
      if (!base) return Promise.reject(new Error('no scenario'));
      const controller = new AbortController();
      controllers.current.add(controller);
      // The panel's Cancel stops the optimiser's worker.
      signal?.addEventListener('abort', () => controller.abort(), { once: true });
      return store
        .getState()
        .suggestHubs(base, params, { onProgress, signal: controller.signal })
        .finally(() => controllers.current.delete(controller));
    },
    [store, base],
  );
  const keep = (suggested: Scenario) => {
    if (!base) return;
    const id = store.getState().addScenario(suggested);
    if (id === null) return;
    setSession((previous) => ({ baseId: base.id, kept: [...(previous?.baseId === base.id ? previous.kept : []), id] }));
  };

  // A disclosure: the optimiser's form opens on demand below the (long) editor; once opened it
  // stays mounted while hidden, so a run and its results survive closing and reopening.
  return (
    <section className="workspace-hubs" aria-labelledby="workspace-hubs-heading">
      <h2 id="workspace-hubs-heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls="workspace-hubs-body"
          onClick={() => {
            setOpen(!open);
            setOpened(true);
          }}
        >
          {t('workspace.hubs.heading')}
        </button>
      </h2>
      <div id="workspace-hubs-body" hidden={!open}>
        {!opened ? null : base ? (
          <>
            <p className="note">{t('workspace.hubs.intro')}</p>
            <PartLoading>
              <SuggestHubsPanel
                key={base.id}
                dataset={dataset}
                baseScenario={base}
                language={language}
                run={run}
                onKeep={keep}
                isochroneEngine={isochroneEngine}
              />
            </PartLoading>
          </>
        ) : (
          <p>{t('workspace.hubs.none')}</p>
        )}
      </div>
    </section>
  );
}
