import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectionStageSchema, type SelectionStage } from '../../schema/selectionStage';
import type { RoleDecision } from '../../engine/roleMapping/roleDecisions';

export interface PersonActionsProps {
  personId: string;
  personLabel: string;
  /** The position the person holds, or null. */
  positionId: string | null;
  locked: boolean;
  stage: SelectionStage;
  lasExempted: boolean;
  /** Excluded from every position by decision. */
  excludedEverywhere: boolean;
  run: (decision: RoleDecision, what: string) => void;
  onCard: (personId: string) => void;
}

/** Decisions on one person: lock, exclusion, selection stage, LAS exemption, and their card. */
export function PersonActions(props: PersonActionsProps) {
  const { t } = useTranslation();
  const { personId, personLabel: person, positionId, locked, stage, lasExempted, excludedEverywhere, run } = props;
  const [nextStage, setNextStage] = useState<SelectionStage>(stage);
  const stageId = useId();
  return (
    <div className="rm-actions">
      {positionId !== null &&
        (locked ? (
          <button
            type="button"
            onClick={() => run({ kind: 'unlock', personId, positionId }, t('roleMapping.what.unlock', { person }))}
          >
            {t('roleMapping.action.unlock', { person })}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => run({ kind: 'lock', personId, positionId }, t('roleMapping.what.lock', { person }))}
          >
            {t('roleMapping.action.lock', { person })}
          </button>
        ))}
      {positionId !== null && (
        <button
          type="button"
          onClick={() => run({ kind: 'exclude', personId, positionId }, t('roleMapping.what.exclude', { person }))}
        >
          {t('roleMapping.action.excludeHere', { person })}
        </button>
      )}
      {excludedEverywhere ? (
        <button
          type="button"
          onClick={() => run({ kind: 'include', personId }, t('roleMapping.what.include', { person }))}
        >
          {t('roleMapping.action.includeAll', { person })}
        </button>
      ) : (
        <button
          type="button"
          onClick={() => run({ kind: 'exclude', personId }, t('roleMapping.what.exclude', { person }))}
        >
          {t('roleMapping.action.excludeAll', { person })}
        </button>
      )}
      <span className="rm-inline">
        <label htmlFor={stageId}>{t('roleMapping.action.stage', { person })}</label>
        <select id={stageId} value={nextStage} onChange={(e) => setNextStage(e.target.value as SelectionStage)}>
          {selectionStageSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`roleMapping.stage.${s}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() =>
            run(
              { kind: 'stage', personId, stage: nextStage, positionId },
              t('roleMapping.what.stage', { person, stage: t(`roleMapping.stage.${nextStage}`) }),
            )
          }
        >
          {t('roleMapping.action.setStage')}
        </button>
      </span>
      <button
        type="button"
        aria-pressed={lasExempted}
        onClick={() =>
          run(
            { kind: 'las-exemption', personId, exempt: !lasExempted },
            t('roleMapping.what.las-exemption', { person }),
          )
        }
      >
        {t(lasExempted ? 'roleMapping.action.lasUnexempt' : 'roleMapping.action.lasExempt', { person })}
      </button>
      <button type="button" onClick={() => props.onCard(personId)}>
        {t('roleMapping.action.card', { person })}
      </button>
    </div>
  );
}
