import { useState } from 'react';

/** Rows shown at once in a long table: no view renders thousands of rows (see docs/performance.md). */
export const PAGE_SIZE = 100;

export interface Paged<T> {
  /** The rows of the current page. */
  rows: readonly T[];
  /** Index of the first row shown. */
  start: number;
  total: number;
  pageSize: number;
  setStart: (start: number) => void;
}

/**
 * A page of `rows`: the first `pageSize` until the user pages on. A page start beyond the
 * rows (the list got shorter) falls back to the last page.
 */
export function usePaged<T>(rows: readonly T[], pageSize: number = PAGE_SIZE): Paged<T> {
  const [wanted, setStart] = useState(0);
  const lastStart = rows.length === 0 ? 0 : Math.floor((rows.length - 1) / pageSize) * pageSize;
  const start = Math.min(wanted, lastStart);
  return {
    rows: rows.length <= pageSize ? rows : rows.slice(start, start + pageSize),
    start,
    total: rows.length,
    pageSize,
    setStart,
  };
}
