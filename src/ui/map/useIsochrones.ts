import { useEffect, useRef, useState } from 'react';
import type { IsochroneGrid } from '../../engine/map/isochrones';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { isCancelled, type EngineClient } from '../../worker/engineClient';
import { createLazyWorkerEngine } from '../../worker/lazyWorkerEngine';

export type IsochroneEngine = Pick<EngineClient, 'isochrones'>;

export interface IsochroneState {
  state: 'loading' | 'ready' | 'unavailable' | 'error';
  grid: IsochroneGrid | null;
}

/**
 * The coverage area of the staffed sites, from the engine (the travel model lives in the worker,
 * never on the main thread). The app gives the store's engine, so one worker serves the map and
 * the evaluations. Without a given engine the map starts a lazy worker engine of its own,
 * stopped when the view closes; where Web Workers do not exist the area is unavailable.
 * Answers are cached per inputs for the view's lifetime, so undo shows the earlier area at once.
 */
export function useIsochrones(
  given: IsochroneEngine | null | undefined,
  dataset: Dataset,
  scenario: Scenario,
  siteIds: readonly string[],
  minutes: number,
): IsochroneState {
  const [known, setKnown] = useState<{
    dataset: Dataset;
    grids: ReadonlyMap<string, IsochroneGrid>;
    failed: string | null;
  }>(() => ({
    dataset,
    grids: new Map(),
    failed: null,
  }));
  const own = useRef<EngineClient | null>(null);
  const travel = scenario.parameters.travel;
  const key = JSON.stringify([travel, [...siteIds].sort(), minutes]);
  const canRun = Boolean(given?.isochrones) || typeof Worker !== 'undefined';
  const current = known.dataset === dataset ? known : null;
  const ready = current?.grids.get(key) ?? null;

  useEffect(
    () => () => {
      own.current?.dispose();
      own.current = null;
    },
    [],
  );

  useEffect(() => {
    if (!canRun || ready) return;
    let engine: IsochroneEngine | null = given ?? null;
    if (!engine?.isochrones) engine = own.current ??= createLazyWorkerEngine();
    const controller = new AbortController();
    engine
      .isochrones?.({ dataset, scenario, siteIds, minutes, signal: controller.signal })
      .then((grid) =>
        setKnown((previous) => ({
          dataset,
          grids: new Map(previous.dataset === dataset ? previous.grids : []).set(key, grid),
          failed: null,
        })),
      )
      .catch((error: unknown) => {
        if (!isCancelled(error)) setKnown((previous) => ({ ...previous, failed: key }));
      });
    return () => controller.abort();
    // The key stands for the scenario's travel parameters, the sites and T.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, dataset, given, canRun, ready]);

  if (!canRun) return { state: 'unavailable', grid: null };
  if (ready) return { state: 'ready', grid: ready };
  if (current?.failed === key) return { state: 'error', grid: null };
  return { state: 'loading', grid: null };
}
