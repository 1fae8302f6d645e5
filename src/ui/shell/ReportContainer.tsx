import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../schema/dataset';
import { currentEvaluations, scenarioResultStatuses } from '../../state/currentEvaluations';
import { useAppStore } from '../StoreContext';
import { PartLoading } from './PartLoading';

const ReportExportPanel = lazy(() =>
  import('../report/ReportExportPanel').then((m) => ({ default: m.ReportExportPanel })),
);

/** Report, for HR: every scenario of the list once evaluated (the store evaluates them all while open). */
export function ReportContainer({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const scenarios = useAppStore((s) => s.scenarios);
  const evaluations = useAppStore(useShallow(currentEvaluations));
  const statuses = useAppStore(useShallow(scenarioResultStatuses));
  const language = useAppStore((s) => s.language);
  const failed = scenarios.filter((_, i) => statuses[i] === 'error').map((s) => s.name);
  const pending = statuses.filter((status) => status === 'pending').length;
  // The panel chooses among the scenarios it is given when it opens: it opens once all are in,
  // and anew when they change (a report built from earlier figures is not offered).
  const panelKey = evaluations.map((e) => e.scenarioId).join('|');
  return (
    <>
      {pending > 0 ? (
        <>
          <h2>{t('workspace.report.heading')}</h2>
          <p role="status">
            {t('workspace.report.waiting', { done: scenarios.length - pending, total: scenarios.length })}
          </p>
        </>
      ) : (
        <PartLoading>
          <ReportExportPanel
            key={panelKey}
            dataset={dataset}
            scenarios={scenarios}
            evaluations={evaluations}
            language={language}
          />
        </PartLoading>
      )}
      {failed.length > 0 && <p className="note">{t('workspace.report.failed', { names: failed.join(', ') })}</p>}
    </>
  );
}

/** The report view for a manager: the report is HR's to build. */
export function ReportManagerNote() {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('workspace.report.heading')}</h2>
      <p className="note">{t('workspace.report.managerNote')}</p>
    </>
  );
}
