import type { ReactNode } from 'react';
import { Pager } from './Pager';
import { usePaged } from './usePaged';

/** Renders a page of `rows` through `children`, followed by the pager (when there is more than one page). */
export function Paginated<T>({
  rows,
  what,
  children,
}: {
  rows: readonly T[];
  what: string;
  children: (rows: readonly T[]) => ReactNode;
}) {
  const paged = usePaged(rows);
  return (
    <>
      {children(paged.rows)}
      <Pager paged={paged} what={what} />
    </>
  );
}
