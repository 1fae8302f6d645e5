import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/createTranslator';
import type { Dataset } from '../../schema/dataset';
import { localised, type LocalisedText } from '../../schema/localisedText';
import type { MemberRetention, RetainedPosition } from '../../schema/retainedPositions';
import type { Scenario } from '../../schema/scenario';
import { securityTakeovers } from '../../engine/scenario/scenarioDataset';

export interface RetainedSectionProps {
  scenario: Scenario;
  /** The dataset as the scenario sees it: its members, and their sites. */
  dataset: Dataset;
  language: Language;
  onChange: (recipe: (scenario: Scenario) => Scenario) => void;
}

/** The ordering function a member typically keeps: the form's starting point (docs/retained-positions.md). */
const ORDERING_REQUIREMENTS = 'finance-procurement:2, architecture:1, lifecycle-licences:1';

interface Draft {
  /** The id of the position being edited; null when adding. */
  editing: string | null;
  title: string;
  functionId: string;
  siteId: string;
  requirements: string;
  onSiteDays: string;
  clearanceRequired: boolean;
}

/**
 * Per member: the positions it keeps (add, edit, remove) and whether its security-sensitive
 * operations stay in the municipality. Invalid input is refused naming the field.
 */
export function RetainedSection({ scenario, dataset, language, onChange }: RetainedSectionProps) {
  const { t } = useTranslation();
  const members = dataset.municipalities.filter((m) => m.member);
  const flagged = dataset.positions.filter((p) => p.securitySensitive === true);
  const flaggedTitles = [...new Set(flagged.map((p) => localised(p.title, language)))];
  const takeovers = securityTakeovers(dataset, scenario);
  const positionTitle = new Map(dataset.positions.map((p) => [p.id, localised(p.title, language)]));
  const municipalityName = new Map(dataset.municipalities.map((m) => [m.id, m.name]));
  /** What a member's security-sensitive operations take over, and who shares that work. */
  const takeoverOf = (municipalityId: string): SecurityTakeoverText | null => {
    const own = takeovers.find((k) => k.municipalityId === municipalityId);
    if (!own) return null;
    return {
      position: `${positionTitle.get(own.companyPositionId) ?? own.companyPositionId} (${own.companyPositionId})`,
      sharedWith: takeovers
        .filter((k) => k.companyPositionId === own.companyPositionId && k.municipalityId !== municipalityId)
        .map((k) => municipalityName.get(k.municipalityId) ?? k.municipalityId),
    };
  };
  const setMember = (municipalityId: string, recipe: (kept: MemberRetention) => MemberRetention) =>
    onChange((s) => {
      const kept = recipe(s.retained[municipalityId] ?? { positions: [], securitySensitive: false });
      const retained = { ...s.retained };
      if (kept.positions.length === 0 && !kept.securitySensitive) delete retained[municipalityId];
      else retained[municipalityId] = kept;
      return { ...s, retained };
    });
  return (
    <section aria-labelledby="editor-retained" id="editor-retained-section">
      <h3 id="editor-retained">{t('workspace.retained.heading')}</h3>
      <p className="help">{t('workspace.retained.help')}</p>
      {members.map((m) => (
        <MemberRetained
          key={m.id}
          municipalityId={m.id}
          municipalityName={m.name}
          kept={scenario.retained[m.id] ?? { positions: [], securitySensitive: false }}
          scenario={scenario}
          dataset={dataset}
          language={language}
          securityTitles={flaggedTitles.join(', ')}
          takeover={takeoverOf(m.id)}
          canKeepSecurity={flagged.length > 0}
          onChange={(recipe) => setMember(m.id, recipe)}
        />
      ))}
    </section>
  );
}

interface SecurityTakeoverText {
  position: string;
  /** Other members that take over the same position (more of them than flagged positions). */
  sharedWith: string[];
}

interface MemberRetainedProps {
  municipalityId: string;
  municipalityName: string;
  kept: MemberRetention;
  scenario: Scenario;
  dataset: Dataset;
  language: Language;
  securityTitles: string;
  /** The security-sensitive position this member takes over, when it keeps its operations. */
  takeover: SecurityTakeoverText | null;
  canKeepSecurity: boolean;
  onChange: (recipe: (kept: MemberRetention) => MemberRetention) => void;
}

function MemberRetained(props: MemberRetainedProps) {
  const { municipalityId, municipalityName, kept, scenario, dataset, language, onChange } = props;
  const { t } = useTranslation();
  const id = useId();
  const ownSites = dataset.sites.filter((s) => s.municipalityId === municipalityId);
  const homeSite = (ownSites.find((s) => s.kind === 'town-hall') ?? ownSites[0])?.id ?? dataset.sites[0]?.id ?? '';
  const orderingFunction = dataset.functions.find((f) => f.siting === 'municipality') ?? dataset.functions[0];
  const empty = (): Draft => ({
    editing: null,
    title: t('workspace.retained.defaultTitle'),
    functionId: orderingFunction?.id ?? '',
    siteId: homeSite,
    requirements: ORDERING_REQUIREMENTS,
    onSiteDays: '3',
    clearanceRequired: false,
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const siteName = new Map(dataset.sites.map((s) => [s.id, s.name]));
  const functionName = new Map(dataset.functions.map((f) => [f.id, localised(f.name, language)]));
  const competences = new Set(dataset.competences.map((c) => c.id));

  const save = (d: Draft) => {
    const fail = (field: string, reason: string) => setError(t('workspace.retained.error', { field, reason }));
    if (d.title.trim() === '') return fail(t('workspace.retained.title'), t('workspace.retained.reason.title'));
    const requirements: RetainedPosition['requirements'] = [];
    for (const part of d.requirements
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '')) {
      const [competenceId, level] = part.split(':').map((x) => x.trim());
      const minLevel = Number(level);
      if (
        !competenceId ||
        !competences.has(competenceId) ||
        !Number.isInteger(minLevel) ||
        minLevel < 1 ||
        minLevel > 4
      )
        return fail(t('workspace.retained.requirements'), t('workspace.retained.reason.requirements'));
      requirements.push({ competenceId, minLevel, weight: 1 });
    }
    const days = Number(d.onSiteDays.replace(',', '.'));
    if (d.onSiteDays.trim() === '' || !Number.isFinite(days) || days < 0 || days > 7)
      return fail(t('workspace.retained.onSiteDays'), t('workspace.retained.reason.onSiteDays'));
    const taken = new Set([
      ...dataset.positions.map((p) => p.id),
      ...Object.values(scenario.retained).flatMap((k) => k.positions.map((p) => p.id)),
    ]);
    let n = 1;
    while (taken.has(`${municipalityId}-egen-${n}`)) n++;
    const original = kept.positions.find((p) => p.id === d.editing);
    // A title left as it was keeps its languages; the user's own words apply in both.
    const titleRecord = (title: string, before: LocalisedText | undefined): LocalisedText => {
      if (before && localised(before, language) === title) return before;
      if (!before && title === t('workspace.retained.defaultTitle'))
        return {
          sv: t('workspace.retained.defaultTitle', { lng: 'sv' }),
          en: t('workspace.retained.defaultTitle', { lng: 'en' }),
        };
      return { sv: title, en: title };
    };
    const position: RetainedPosition = {
      id: d.editing ?? `${municipalityId}-egen-${n}`,
      functionId: d.functionId,
      title: titleRecord(d.title.trim(), original?.title),
      requirements,
      onSiteDays: days,
      clearanceRequired: d.clearanceRequired,
      siteId: d.siteId,
    };
    onChange((k) => ({
      ...k,
      positions: d.editing ? k.positions.map((p) => (p.id === d.editing ? position : p)) : [...k.positions, position],
    }));
    setDraft(null);
    setError(null);
  };

  return (
    <fieldset className="retained-member" data-testid={`retained-${municipalityId}`}>
      <legend>{t('workspace.retained.member', { municipality: municipalityName })}</legend>
      {props.canKeepSecurity && (
        <div className="field-row">
          <input
            type="checkbox"
            id={`${id}-security`}
            checked={kept.securitySensitive}
            onChange={(e) => onChange((k) => ({ ...k, securitySensitive: e.target.checked }))}
          />
          <label htmlFor={`${id}-security`}>{t('workspace.retained.security')}</label>
          <span className="help"> {t('workspace.retained.securityHelp', { positions: props.securityTitles })}</span>
          {props.takeover && (
            <p className="note">
              {t('workspace.retained.takesOver', { position: props.takeover.position })}
              {props.takeover.sharedWith.length > 0 &&
                ` ${t('workspace.retained.shared', { others: props.takeover.sharedWith.join(', ') })}`}
            </p>
          )}
        </div>
      )}
      {kept.positions.length === 0 ? (
        <p className="note">{t('workspace.retained.none')}</p>
      ) : (
        <ul className="retained-positions">
          {kept.positions.map((p) => (
            <li key={p.id}>
              {localised(p.title, language)} – {functionName.get(p.functionId) ?? p.functionId},{' '}
              {siteName.get(p.siteId) ?? p.siteId}{' '}
              <button
                type="button"
                aria-label={t('workspace.retained.editLabel', {
                  title: localised(p.title, language),
                  municipality: municipalityName,
                })}
                onClick={() => {
                  setError(null);
                  setDraft({
                    editing: p.id,
                    title: localised(p.title, language),
                    functionId: p.functionId,
                    siteId: p.siteId,
                    requirements: p.requirements.map((r) => `${r.competenceId}:${r.minLevel}`).join(', '),
                    onSiteDays: String(p.onSiteDays),
                    clearanceRequired: p.clearanceRequired,
                  });
                }}
              >
                {t('workspace.retained.edit')}
              </button>{' '}
              <button
                type="button"
                aria-label={t('workspace.retained.removeLabel', {
                  title: localised(p.title, language),
                  municipality: municipalityName,
                })}
                onClick={() => onChange((k) => ({ ...k, positions: k.positions.filter((q) => q.id !== p.id) }))}
              >
                {t('workspace.retained.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {draft === null ? (
        <button
          type="button"
          onClick={() => {
            setError(null);
            setDraft(empty());
          }}
        >
          {t('workspace.retained.add', { municipality: municipalityName })}
        </button>
      ) : (
        <div className="retained-form">
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('workspace.retained.title')}</label>
            <input
              id={`${id}-title`}
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-function`}>{t('workspace.retained.function')}</label>
            <select
              id={`${id}-function`}
              value={draft.functionId}
              onChange={(e) => setDraft({ ...draft, functionId: e.target.value })}
            >
              {dataset.functions.map((f) => (
                <option key={f.id} value={f.id}>
                  {functionName.get(f.id)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-site`}>{t('workspace.retained.site')}</label>
            <select
              id={`${id}-site`}
              value={draft.siteId}
              onChange={(e) => setDraft({ ...draft, siteId: e.target.value })}
            >
              {dataset.sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-requirements`}>{t('workspace.retained.requirements')}</label>
            <input
              id={`${id}-requirements`}
              value={draft.requirements}
              onChange={(e) => setDraft({ ...draft, requirements: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-days`}>{t('workspace.retained.onSiteDays')}</label>
            <input
              id={`${id}-days`}
              inputMode="decimal"
              value={draft.onSiteDays}
              onChange={(e) => setDraft({ ...draft, onSiteDays: e.target.value })}
            />
          </div>
          <div className="field-row">
            <input
              type="checkbox"
              id={`${id}-clearance`}
              checked={draft.clearanceRequired}
              onChange={(e) => setDraft({ ...draft, clearanceRequired: e.target.checked })}
            />
            <label htmlFor={`${id}-clearance`}>{t('workspace.retained.clearance')}</label>
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="button" onClick={() => save(draft)}>
            {t('workspace.retained.save')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setDraft(null);
              setError(null);
            }}
          >
            {t('workspace.retained.cancel')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
