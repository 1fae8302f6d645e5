/**
 * Where an imported dataset is kept between visits: a tiny key–value store of structured-clone
 * values. The browser's is IndexedDB (a dataset of 10 000 people is far beyond localStorage's
 * few megabytes); tests inject the memory one. Values are validated by the caller on load.
 */
export interface DatasetStorage {
  read: (key: DatasetStorageKey) => Promise<unknown>;
  write: (key: DatasetStorageKey, value: unknown) => Promise<void>;
  remove: (key: DatasetStorageKey) => Promise<void>;
}

/** `current`: the imported dataset in use; `previous`: the one it replaced; `set-aside`: a stored dataset that failed validation. */
export type DatasetStorageKey = 'current' | 'previous' | 'set-aside';

export function createMemoryDatasetStorage(
  initial: Partial<Record<DatasetStorageKey, unknown>> = {},
): DatasetStorage & { items: Map<DatasetStorageKey, unknown> } {
  const items = new Map(Object.entries(initial) as [DatasetStorageKey, unknown][]);
  return {
    items,
    read: async (key) => (items.has(key) ? structuredClone(items.get(key)) : null),
    write: async (key, value) => void items.set(key, structuredClone(value)),
    remove: async (key) => void items.delete(key),
  };
}

const DB_NAME = 'ggvv-datasets';
/** The database of a manager's package: apart from HR's datasets. */
export const MANAGER_PACKAGE_DB = 'ggvv-manager-package';
const STORE_NAME = 'datasets';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

/**
 * IndexedDB (one database, one object store); null when the browser has none. Opened on first use.
 * `dbName`: another database keeps other data apart (a manager's package: `MANAGER_PACKAGE_DB`).
 */
export function createIndexedDbDatasetStorage(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  dbName = DB_NAME,
): DatasetStorage | null {
  if (!factory) return null;
  let opened: Promise<IDBDatabase> | null = null;
  const open = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(dbName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
      request.onblocked = () => reject(new Error('IndexedDB blocked'));
    });
    return opened;
  };
  const withStore = async <T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await open();
    const transaction = db.transaction(STORE_NAME, mode);
    // A write counts once its transaction has committed, not when its request succeeded.
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
    });
    const result = await done(run(transaction.objectStore(STORE_NAME)));
    await committed;
    return result;
  };
  return {
    read: async (key) => (await withStore('readonly', (s) => s.get(key))) ?? null,
    write: async (key, value) => void (await withStore('readwrite', (s) => s.put(value, key))),
    remove: async (key) => void (await withStore('readwrite', (s) => s.delete(key))),
  };
}
