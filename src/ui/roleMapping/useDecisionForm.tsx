import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleDecision } from '../../engine/roleMapping/roleDecisions';
import type { RoleDecisionResult } from '../../state/roleDecisionsSlice';

/** Makes a decision with the reason typed (the store's `decideRole`). */
export type DecideFn = (decision: RoleDecision, reason: string) => RoleDecisionResult;

/**
 * The reason field of a group of decisions and the outcome of the last one: a decision is
 * refused (with a message) while the reason is empty; once made, the reason is cleared.
 */
export function useDecisionForm(onDecide: DecideFn) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const reasonId = useId();
  const hintId = useId();
  const run = (decision: RoleDecision, what: string) => {
    const result = onDecide(decision, reason);
    if (result === 'ok') {
      setReason('');
      setMessage({ kind: 'done', text: t('roleMapping.done', { what }) });
    } else {
      setMessage({ kind: 'error', text: t(`roleMapping.error.${result}`) });
      if (result === 'reason-required') document.getElementById(reasonId)?.focus();
    }
  };
  const field = (
    <div className="rm-reason">
      <label htmlFor={reasonId}>{t('roleMapping.reason.label')}</label>
      <textarea
        id={reasonId}
        rows={2}
        required
        aria-describedby={hintId}
        aria-invalid={message?.kind === 'error' && !reason.trim() ? true : undefined}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <p id={hintId} className="note">
        {t('roleMapping.reason.hint')}
      </p>
    </div>
  );
  const feedback = (
    <>
      <p role="alert" className="rm-error">
        {message?.kind === 'error' ? message.text : ''}
      </p>
      <p role="status" className="rm-done">
        {message?.kind === 'done' ? message.text : ''}
      </p>
    </>
  );
  return { run, field, feedback };
}
