import type { DecisionLogEntry } from '../../schema/decisionLogEntry';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { SelectionStage } from '../../schema/selectionStage';
import { MAX_EXEMPTIONS_PER_EMPLOYER } from '../../schema/validateDataset';
import { scenarioMembers } from '../scenario/scenarioMembers';

/** A manual decision on the role mapping, as the user makes it in the view. */
export type RoleDecision =
  /** This person takes this position (a lock); their earlier lock, and the position's, give way. */
  | { kind: 'assign'; personId: string; positionId: string }
  /** Two placed people trade positions (two locks). */
  | { kind: 'swap'; first: { personId: string; positionId: string }; second: { personId: string; positionId: string } }
  | { kind: 'lock'; personId: string; positionId: string }
  | { kind: 'unlock'; personId: string; positionId: string }
  /** Not this position, or (no position) not placed at all. */
  | { kind: 'exclude'; personId: string; positionId?: string }
  | { kind: 'include'; personId: string; positionId?: string }
  | { kind: 'vacancy'; positionId: string }
  | { kind: 'reopen'; positionId: string }
  /** Fill the position from outside (`external`), or again from today's staff. */
  | { kind: 'recruit'; positionId: string; external: boolean }
  /** `positionId`: the position the person holds now (slated and confirmed lock them to it). */
  | { kind: 'stage'; personId: string; stage: SelectionStage; positionId: string | null }
  | { kind: 'las-exemption'; personId: string; exempt: boolean }
  /** A conflict with the order of selection recorded for the agreed list (with the reason typed), or taken off it. */
  | { kind: 'agreed-deviation'; benchPersonId: string; placedPersonId: string; positionId: string; agreed: boolean };

export type RoleDecisionError = 'reason-required' | 'las-limit' | 'stage-needs-position' | 'swap-same';

/** Who decides, when and why: every decision carries them into the log. */
export interface DecisionContext {
  /** ISO date-time with offset. */
  at: string;
  role: DecisionLogEntry['role'];
  reason: string;
  /**
   * Who a person's exemption counts against (LAS 22 §: three per employer): the company after
   * the transfer, their municipality before it; null for someone of a municipality that is not
   * a member (the exemption is kept but has no effect). Without it, every exemption counts
   * against one.
   */
  employerOf?: (personId: string) => string | null;
}

export type DecisionOutcome = { ok: true; scenario: Scenario } | { ok: false; error: RoleDecisionError };

type Lock = Scenario['decisions']['locks'][number];

const withoutLocks = (locks: readonly Lock[], drop: (lock: Lock) => boolean) => locks.filter((l) => !drop(l));
const lockedStage = (stage: SelectionStage | undefined) => stage === 'slated' || stage === 'confirmed';

/**
 * Who each person's LAS exemption counts against in this scenario: their municipality when the
 * order of selection is made before the transfer, the company after it (see
 * docs/selection-order.md); nobody (null) for a person whose municipality is not a member of
 * the scenario: their exemption is kept, inactive, and takes none of the three (docs/membership.md).
 */
export function lasEmployerOf(
  dataset: Pick<Dataset, 'people' | 'municipalities'>,
  scenario: Scenario,
): (personId: string) => string | null {
  const members = scenarioMembers(dataset, scenario);
  const municipalityOf = new Map(dataset.people.map((p) => [p.id, p.municipalityId]));
  const beforeTransfer = scenario.parameters.selectionOrder.basis === 'before-transfer';
  return (personId) => {
    const municipalityId = municipalityOf.get(personId);
    if (municipalityId !== undefined && !members.has(municipalityId)) return null;
    return beforeTransfer ? (municipalityId ?? personId) : 'company';
  };
}

/**
 * The scenario after a manual decision, with its log entries (time, role, action, person,
 * position, detail, reason): a new object, the input untouched. Refused without a reason, beyond
 * three LAS exemptions, and for slated/confirmed without a position held.
 */
export function applyRoleDecision(
  scenario: Scenario,
  decision: RoleDecision,
  context: DecisionContext,
): DecisionOutcome {
  const reason = context.reason.trim();
  if (!reason) return { ok: false, error: 'reason-required' };
  const entry = (fields: Omit<DecisionLogEntry, 'at' | 'role' | 'reason'>): DecisionLogEntry => ({
    at: context.at,
    role: context.role,
    ...fields,
    reason,
  });
  const { decisions } = scenario;
  const next = (
    change: Partial<Scenario['decisions']>,
    entries: DecisionLogEntry[],
    stages = scenario.stages,
  ): DecisionOutcome => {
    const merged = { ...decisions, ...change };
    // Slated and confirmed stand on a lock: a person whose lock went is proposed again.
    const unlocked = Object.entries(stages).filter(
      ([personId, stage]) => lockedStage(stage) && !merged.locks.some((l) => l.personId === personId),
    );
    const kept = unlocked.reduce((rest, [personId]) => withoutStage(rest, personId), stages);
    return { ok: true, scenario: { ...scenario, decisions: merged, stages: kept, log: [...scenario.log, ...entries] } };
  };

  switch (decision.kind) {
    case 'assign': {
      const { personId, positionId } = decision;
      return next(
        {
          locks: [
            ...withoutLocks(decisions.locks, (l) => l.personId === personId || l.positionId === positionId),
            { personId, positionId },
          ],
          // Assigning by hand overrides an earlier exclusion of the pair, or of the person altogether.
          exclusions: decisions.exclusions.filter(
            (e) => !(e.personId === personId && (e.positionId === undefined || e.positionId === positionId)),
          ),
          vacancies: decisions.vacancies.filter((id) => id !== positionId),
        },
        [entry({ action: 'lock', personId, positionId, detail: 'assign' })],
      );
    }
    case 'swap': {
      const { first, second } = decision;
      if (first.personId === second.personId || first.positionId === second.positionId)
        return { ok: false, error: 'swap-same' };
      const involved = (l: Lock) =>
        [first.personId, second.personId].includes(l.personId) ||
        [first.positionId, second.positionId].includes(l.positionId);
      return next(
        {
          locks: [
            ...withoutLocks(decisions.locks, involved),
            { personId: first.personId, positionId: second.positionId },
            { personId: second.personId, positionId: first.positionId },
          ],
        },
        [
          entry({
            action: 'lock',
            personId: first.personId,
            positionId: second.positionId,
            detail: `swap:${second.personId}`,
          }),
          entry({
            action: 'lock',
            personId: second.personId,
            positionId: first.positionId,
            detail: `swap:${first.personId}`,
          }),
        ],
      );
    }
    case 'lock': {
      const { personId, positionId } = decision;
      return next(
        {
          locks: [
            ...withoutLocks(decisions.locks, (l) => l.personId === personId || l.positionId === positionId),
            { personId, positionId },
          ],
        },
        [entry({ action: 'lock', personId, positionId })],
      );
    }
    case 'unlock': {
      const { personId, positionId } = decision;
      const stages = lockedStage(scenario.stages[personId]) ? withoutStage(scenario.stages, personId) : scenario.stages;
      return next(
        { locks: withoutLocks(decisions.locks, (l) => l.personId === personId && l.positionId === positionId) },
        [
          entry({
            action: 'unlock',
            personId,
            positionId,
            ...(stages !== scenario.stages ? { detail: 'proposed' } : {}),
          }),
        ],
        stages,
      );
    }
    case 'exclude': {
      const { personId, positionId } = decision;
      const exclusion = positionId === undefined ? { personId } : { personId, positionId };
      return next(
        {
          exclusions: [
            ...decisions.exclusions.filter((e) => !(e.personId === personId && e.positionId === positionId)),
            exclusion,
          ],
          locks: withoutLocks(
            decisions.locks,
            (l) => l.personId === personId && (positionId === undefined || l.positionId === positionId),
          ),
        },
        [entry({ action: 'exclude', personId, ...(positionId === undefined ? { detail: 'all' } : { positionId }) })],
      );
    }
    case 'include': {
      const { personId, positionId } = decision;
      return next(
        { exclusions: decisions.exclusions.filter((e) => !(e.personId === personId && e.positionId === positionId)) },
        [entry({ action: 'include', personId, ...(positionId === undefined ? { detail: 'all' } : { positionId }) })],
      );
    }
    case 'vacancy': {
      const { positionId } = decision;
      return next(
        {
          vacancies: decisions.vacancies.includes(positionId)
            ? decisions.vacancies
            : [...decisions.vacancies, positionId],
          locks: withoutLocks(decisions.locks, (l) => l.positionId === positionId),
        },
        [entry({ action: 'vacancy', positionId })],
      );
    }
    case 'reopen':
      return next({ vacancies: decisions.vacancies.filter((id) => id !== decision.positionId) }, [
        entry({ action: 'unvacancy', positionId: decision.positionId }),
      ]);
    case 'recruit': {
      const { positionId, external } = decision;
      const others = decisions.externalRecruitment.filter((id) => id !== positionId);
      return next(
        {
          externalRecruitment: external ? [...others, positionId] : others,
          ...(external ? { locks: withoutLocks(decisions.locks, (l) => l.positionId === positionId) } : {}),
        },
        [entry({ action: external ? 'recruit-externally' : 'recruit-internally', positionId })],
      );
    }
    case 'stage': {
      const { personId, stage, positionId } = decision;
      if (lockedStage(stage) && positionId === null) return { ok: false, error: 'stage-needs-position' };
      const stages =
        stage === 'proposed' ? withoutStage(scenario.stages, personId) : { ...scenario.stages, [personId]: stage };
      let locks = decisions.locks;
      if (lockedStage(stage) && positionId !== null) {
        locks = [
          ...withoutLocks(locks, (l) => l.personId === personId || l.positionId === positionId),
          { personId, positionId },
        ];
      } else if (stage !== 'proposed') {
        // Not selected, declined or leaving: no position to hold.
        locks = withoutLocks(locks, (l) => l.personId === personId);
      }
      return next(
        { locks },
        [entry({ action: 'stage', personId, ...(positionId !== null ? { positionId } : {}), detail: stage })],
        stages,
      );
    }
    case 'agreed-deviation': {
      const { benchPersonId, placedPersonId, positionId, agreed } = decision;
      const same = (d: Scenario['decisions']['agreedDeviations'][number]) =>
        d.benchPersonId === benchPersonId && d.placedPersonId === placedPersonId && d.positionId === positionId;
      const rest = decisions.agreedDeviations.filter((d) => !same(d));
      return next(
        { agreedDeviations: agreed ? [...rest, { benchPersonId, placedPersonId, positionId, reason }] : rest },
        [
          entry({
            action: 'agreed-deviation',
            personId: benchPersonId,
            positionId,
            detail: `${agreed ? 'agreed' : 'withdrawn'}: ${placedPersonId}`,
          }),
        ],
      );
    }
    case 'las-exemption': {
      const { personId, exempt } = decision;
      const current = decisions.lasExemptions.filter((id) => id !== personId);
      const employer = context.employerOf ?? (() => 'company');
      const counted = employer(personId);
      const sameEmployer = current.filter((id) => counted !== null && employer(id) === counted);
      if (exempt && sameEmployer.length >= MAX_EXEMPTIONS_PER_EMPLOYER) return { ok: false, error: 'las-limit' };
      return next({ lasExemptions: exempt ? [...current, personId] : current }, [
        entry({ action: 'las-exemption', personId, detail: exempt ? 'exempt' : 'not-exempt' }),
      ]);
    }
  }
}

function withoutStage(stages: Scenario['stages'], personId: string): Scenario['stages'] {
  const rest = { ...stages };
  delete rest[personId];
  return rest;
}
