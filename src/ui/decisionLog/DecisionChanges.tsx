import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changesReport } from '../../engine/compare/changesReport';
import { hasManualDecisions } from '../../engine/scenario/optimiserProposal';
import type { Language } from '../../i18n/createTranslator';
import { engineErrorMessage } from '../../i18n/engineErrors';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { PROPOSAL_RESULT_PREFIX } from '../../state/selectors';
import { ChangesReportTable } from '../compare/ChangesReportTable';
import { datasetNames } from '../overview/datasetNames';
import { useScenarioResult } from '../shell/useScenarioResult';

/**
 * The decisions as a changes report: who holds another position or works at
 * another site than in the optimiser's proposal for the same scenario without them.
 */
export function DecisionChanges({
  dataset,
  scenario,
  language,
}: {
  dataset: Dataset;
  scenario: Scenario;
  language: Language;
}) {
  const { t } = useTranslation();
  const names = useMemo(() => datasetNames(dataset, language), [dataset, language]);
  const decided = useScenarioResult(scenario.id);
  const proposal = useScenarioResult(PROPOSAL_RESULT_PREFIX + scenario.id);
  const withDecisions = hasManualDecisions(scenario);

  let body;
  if (!withDecisions) body = <p>{t('roleMapping.log.changesNone')}</p>;
  else if (decided.current && proposal.current) {
    body = (
      <ChangesReportTable
        changes={changesReport(proposal.current, decided.current)}
        fromName={t('roleMapping.log.proposalName')}
        toName={scenario.name}
        names={names}
      />
    );
  } else if (decided.state === 'error' || proposal.state === 'error') {
    const error = decided.error ?? proposal.error;
    body = (
      <p role="alert">{t('roleMapping.log.changesError', { message: error ? engineErrorMessage(t, error) : '' })}</p>
    );
  } else body = <p role="status">{t('roleMapping.log.changesRunning')}</p>;

  return (
    <section className="decision-changes" aria-labelledby="dl-changes-heading">
      <h3 id="dl-changes-heading">{t('roleMapping.log.changesHeading')}</h3>
      <p className="note">{t('roleMapping.log.changesIntro')}</p>
      {body}
    </section>
  );
}
