import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioEvaluation } from '../../engine/evaluateScenario';
import type { ResultView } from './useScenarioResult';

/**
 * Renders a view of the current result. While a newer version is computed, the earlier figures
 * stay in sight but dimmed, inert and labelled as belonging to an earlier version.
 */
export function ResultGate({
  result,
  render,
}: {
  result: ResultView;
  render: (evaluation: ScenarioEvaluation) => ReactNode;
}) {
  const { t } = useTranslation();
  if (result.current) return <>{render(result.current)}</>;
  // The status bar above announces progress and errors; here only what the view can show.
  if (result.state === 'recalculating' && result.latest) {
    return (
      <>
        <p className="note stale-note">{t('workspace.status.recalculating')}</p>
        <div className="stale-result" inert aria-hidden="true">
          {render(result.latest)}
        </div>
      </>
    );
  }
  return result.state === 'error' ? null : <p className="note">{t('workspace.waitingForResult')}</p>;
}
