import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import { engineErrorMessage } from '../../i18n/engineErrors';
import { formatNumber } from '../format';
import type { ResultView } from './useScenarioResult';

/** Where the active scenario's calculation stands: progress, recalculating, done (with its time) or failed. */
export function ResultStatus({ result, language }: { result: ResultView; language: Language }) {
  const { t } = useTranslation();
  const percent = Math.round(result.progress * 100);
  switch (result.state) {
    case 'none':
      return (
        <p className="result-status" role="status">
          {t('workspace.status.idle')}
        </p>
      );
    case 'error':
      return (
        <p className="result-status error" role="alert">
          {t('workspace.status.error', { message: result.error ? engineErrorMessage(t, result.error) : '' })}
        </p>
      );
    case 'current':
      return (
        <p
          className="result-status done"
          role="status"
          data-testid="result-status"
          data-elapsed-ms={result.elapsedMs ?? undefined}
        >
          {result.elapsedMs
            ? t('workspace.status.done', { ms: formatNumber(result.elapsedMs, language) })
            : t('workspace.status.cached')}
        </p>
      );
    default:
      return (
        <div className="result-status running" role="status" data-testid="result-status" aria-busy="true">
          <span>
            {result.state === 'recalculating'
              ? t('workspace.status.recalculating')
              : t('workspace.status.running', { percent })}
          </span>{' '}
          <progress max={100} value={percent} aria-label={t('workspace.progressLabel')}>
            {percent} %
          </progress>
        </div>
      );
  }
}
