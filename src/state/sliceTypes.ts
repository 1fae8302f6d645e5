import type { StateCreator, StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { AppState } from './store';

/**
 * What undo/redo tracks: the user's scenarios (zundo's `partialize`), and which was active at
 * the time, so undoing a new scenario makes the one before active again. Choosing another
 * active scenario alone is no step.
 */
export interface UndoableState {
  scenarios: AppState['scenarios'];
  activeScenarioId: AppState['activeScenarioId'];
}

/** The middleware the combined store carries: persist outside, undo history inside. */
export type AppMutators = [['zustand/persist', unknown], ['temporal', unknown]];

/** The undo history of a slice's store api (zundo types it as unknown inside the middleware stack). */
export const undoHistoryOf = (api: { temporal: unknown }) => api.temporal as StoreApi<TemporalState<UndoableState>>;

/** A slice of the app's store, seeing the whole state (zustand's slices pattern). */
export type AppSlice<T> = StateCreator<AppState, AppMutators, [], T>;
