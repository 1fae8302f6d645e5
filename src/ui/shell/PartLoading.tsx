import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A part of a view loaded on demand: only the part waits for its code, not the view around it. */
export function PartLoading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p role="status">{t('workspace.loadingView')}</p>}>{children}</Suspense>;
}
