import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { engineErrorData } from '../../engine/engineError';
import type { HubPlacementParamsInput, HubPlacementResult } from '../../engine/optimiser/hubPlacementTypes';
import { engineErrorMessage } from '../../i18n/engineErrors';

export interface SuggestHubsControl {
  /** Fraction of the work done, 0–1. */
  onProgress: (fractionDone: number) => void;
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

  const start = async (params: Partial<HubPlacementParamsInput>) => {
    setResult(null);
    setFailure(null);
    setProgress(0);
    try {
      const answer = await run(params, { onProgress: (f) => setProgress(f) });
      setAskedHubs(params.hubs ?? null);
      setResult(answer);
    } catch (error) {
      setFailure(engineErrorMessage(t, engineErrorData(error)));
    } finally {
      setProgress(null);
    }
  };
  return { progress, running: progress !== null, result, failure, askedHubs, start };
}
