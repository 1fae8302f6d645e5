import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { checkSavedState, savedEnvelopeSchema, type SavedState } from '../schema/savedState';

/** Why saved work could not be used or kept; shown to the user until dismissed. */
export interface SavedStateNotice {
  code: 'corrupt-json' | 'invalid-state' | 'unknown-version' | 'save-failed';
  /** Where the unusable saved state was put aside (null when nothing was set aside). */
  setAsideKey: string | null;
  detail: string;
}

/** A storage in memory (tests, or a browser that refuses localStorage). */
export function createMemoryStorage(
  initial: Record<string, string> = {},
): StateStorage<void> & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
}

/**
 * zustand persist's storage for the workspace: JSON in a string storage, validated by the
 * saved-state schema on load. Saved text that is not JSON, fails its schema, or has an unknown
 * version is moved to `<name>:set-aside[-n]` (never silently dropped) and reported. A write
 * that changes nothing is skipped.
 */
export function createSavedStateStorage(
  storage: StateStorage,
  report: (notice: SavedStateNotice) => void,
): PersistStorage<SavedState> {
  let lastWritten: SavedState | null = null;

  const setAside = (name: string, text: string): string | null => {
    try {
      let key = `${name}:set-aside`;
      for (let n = 2; storage.getItem(key) !== null; n++) key = `${name}:set-aside-${n}`;
      storage.setItem(key, text);
      storage.removeItem(name);
      return key;
    } catch {
      return null;
    }
  };

  return {
    getItem: (name) => {
      let text: string | null;
      try {
        text = storage.getItem(name) as string | null;
      } catch {
        return null;
      }
      if (text === null) return null;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        report({
          code: 'corrupt-json',
          setAsideKey: setAside(name, text),
          detail: error instanceof Error ? error.message : '',
        });
        return null;
      }
      const envelope = savedEnvelopeSchema.safeParse(json);
      if (!envelope.success) {
        report({ code: 'invalid-state', setAsideKey: setAside(name, text), detail: 'version' });
        return null;
      }
      const check = checkSavedState(envelope.data.state, envelope.data.version);
      if (!check.ok) {
        report({ code: check.reason, setAsideKey: setAside(name, text), detail: check.detail });
        return null;
      }
      lastWritten = check.migratedFrom === null ? check.state : null;
      // An older version goes to persist's `migrate` as saved; the current one as validated.
      return {
        state: check.migratedFrom === null ? check.state : (envelope.data.state as SavedState),
        version: envelope.data.version,
      };
    },
    setItem: (name, value: StorageValue<SavedState>) => {
      const state = value.state;
      if (lastWritten && (Object.keys(state) as (keyof SavedState)[]).every((k) => state[k] === lastWritten![k]))
        return;
      // Marked written before trying: a failed write is reported once, not retried by the report itself.
      lastWritten = state;
      try {
        storage.setItem(name, JSON.stringify(value));
      } catch (error) {
        report({ code: 'save-failed', setAsideKey: null, detail: error instanceof Error ? error.message : '' });
      }
    },
    removeItem: (name) => {
      lastWritten = null;
      storage.removeItem(name);
    },
  };
}
