import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { engineErrorData } from '../../engine/engineError';
import type { HubPlacementParamsInput, HubPlacementResult } from '../../engine/optimiser/hubPlacementTypes';
import { engineErrorMessage } from '../../i18n/engineErrors';

export interface SuggestHubsControl {
  /** Fraction of the work done, 0–1. */
  onProgress: (fractionDone: number) => void;
  /** Aborted when the user cancels the run. */
  signal?: AbortSignal;
}

/** Runs `optimiseHubs` (in the engine worker in the app); a rejected promise is shown as an error. */
export type RunHubPlacement = (
  params: Partial<HubPlacementParamsInput>,
  control: SuggestHubsControl,
) => Promise<HubPlacementResult>;

/**
 * One run of the hub placement at a time: its progress while it runs, then its answer (or the
 * engine's failure, worded), and the p it was asked for (the form may change after).
 */
export function useHubPlacementRun(run: RunHubPlacement) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<HubPlacementResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [askedHubs, setAskedHubs] = useState<number | null>(null);
  /** The running suggestion's cancel switch; whether the last run was cancelled. */
  const controller = useRef<AbortController | null>(null);
  const [cancelled, setCancelled] = useState(false);

  const start = async (params: Partial<HubPlacementParamsInput>) => {
    setResult(null);
    setFailure(null);
    setCancelled(false);
    setProgress(0);
    const abort = new AbortController();
    controller.current = abort;
    try {
      const answer = await run(params, { onProgress: (f) => setProgress(f), signal: abort.signal });
      setAskedHubs(params.hubs ?? null);
      setResult(answer);
    } catch (error) {
      // A cancelled run is no failure: the engine stopped because the user asked.
      if (abort.signal.aborted) setCancelled(true);
      else setFailure(engineErrorMessage(t, engineErrorData(error)));
    } finally {
      if (controller.current === abort) controller.current = null;
      setProgress(null);
    }
  };
  const cancel = () => controller.current?.abort();
  return { progress, running: progress !== null, result, failure, askedHubs, cancelled, start, cancel };
}
