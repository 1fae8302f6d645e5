import { lazy } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../schema/dataset';
import { currentBaselines, currentEvaluations } from '../../state/currentEvaluations';
import { useAppStore } from '../StoreContext';

const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));

/**
 * Compare: every scenario of the list with its current evaluation and its baseline (the store
 * evaluates them all while open).
 */
export function CompareContainer({ dataset }: { dataset: Dataset }) {
  const scenarios = useAppStore((s) => s.scenarios);
  const evaluations = useAppStore(useShallow(currentEvaluations));
  const baselines = useAppStore(useShallow(currentBaselines));
  const language = useAppStore((s) => s.language);
  return (
    <CompareView
      dataset={dataset}
      scenarios={scenarios}
      evaluations={evaluations}
      baselines={baselines}
      language={language}
    />
  );
}
