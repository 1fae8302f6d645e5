import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionStage } from '../../schema/selectionStage';
import { PersonActions } from './PersonActions';
import { useDecisionForm, type DecideFn } from './useDecisionForm';

export interface PersonPanelProps {
  personId: string;
  personLabel: string;
  /** What the person's place is now, said in words. */
  statusText: string;
  positionId: string | null;
  locked: boolean;
  stage: SelectionStage;
  lasExempted: boolean;
  excludedEverywhere: boolean;
  onDecide: DecideFn;
  onClose: () => void;
  onCard: (personId: string) => void;
}

/** Decisions on one person without a position (bench, declined, leaving), each with a reason. */
export function PersonPanel(props: PersonPanelProps) {
  const { t } = useTranslation();
  const { run, field, feedback } = useDecisionForm(props.onDecide);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [props.personId]);
  return (
    <section className="rm-panel" aria-labelledby={headingId}>
      <div className="rm-panel-head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('roleMapping.person.heading', { person: props.personLabel })}
        </h3>
        <button type="button" onClick={props.onClose}>
          {t('roleMapping.position.close')}
        </button>
      </div>
      <p>{props.statusText}</p>
      {field}
      {feedback}
      <PersonActions
        key={`${props.personId}:${props.stage}`}
        personId={props.personId}
        personLabel={props.personLabel}
        positionId={props.positionId}
        locked={props.locked}
        stage={props.stage}
        lasExempted={props.lasExempted}
        excludedEverywhere={props.excludedEverywhere}
        run={run}
        onCard={props.onCard}
      />
    </section>
  );
}
