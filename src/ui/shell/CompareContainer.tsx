import { lazy } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { Dataset } from '../../schema/dataset';
import { currentEvaluations } from '../../state/currentEvaluations';
import { useAppStore } from '../StoreContext';

const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));

/** Compare: every scenario of the list with its current evaluation (the store evaluates them all while open). */
export function CompareContainer({ dataset, baseline }: { dataset: Dataset; baseline: ScenarioEvaluation | null }) {
  const scenarios = useAppStore((s) => s.scenarios);
  const evaluations = useAppStore(useShallow(currentEvaluations));
  const language = useAppStore((s) => s.language);
  return (
    <CompareView
      dataset={dataset}
      scenarios={scenarios}
      evaluations={evaluations}
      baseline={baseline}
      language={language}
    />
  );
}
