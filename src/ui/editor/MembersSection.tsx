import { useTranslation } from 'react-i18next';
import { inactiveDecisions } from '../../engine/scenario/inactiveDecisions';
import { scenarioMembers } from '../../engine/scenario/scenarioMembers';
import type { Dataset } from '../../schema/dataset';
import { canBeMember } from '../../schema/membership';
import { localised } from '../../schema/localisedText';
import type { Language } from '../../schema/language';
import type { Scenario } from '../../schema/scenario';

export interface MembersSectionProps {
  scenario: Scenario;
  /** The whole dataset: every municipality that may be a member. */
  dataset: Dataset;
  onChange: (recipe: (scenario: Scenario) => Scenario) => void;
}

/**
 * The scenario's members as checkboxes (docs/membership.md). A municipality without the
 * pre-study's figures is not offered; the last member cannot be unticked. Turning a member off
 * removes its service points and keeps every decision on its people, listed as not applying.
 */
export function MembersSection({ scenario, dataset, onChange }: MembersSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const members = scenarioMembers(dataset, scenario);
  const offered = dataset.municipalities.filter(canBeMember);
  const notOffered = dataset.municipalities.filter((m) => !offered.includes(m));
  const inactive = inactiveDecisions(dataset, scenario);
  const personName = new Map(dataset.people.map((p) => [p.id, p.name ?? p.id]));
  const positionTitle = new Map(dataset.positions.map((p) => [p.id, `${localised(p.title, language)} (${p.id})`]));
  const municipalityName = new Map(dataset.municipalities.map((m) => [m.id, m.name]));
  const assumed = offered.filter((m) => !m.member && members.has(m.id));

  const toggle = (municipalityId: string, on: boolean) =>
    onChange((s) => {
      const current = scenarioMembers(dataset, s);
      const next = dataset.municipalities
        .map((m) => m.id)
        .filter((id) => (id === municipalityId ? on : current.has(id)));
      if (next.length === 0) return s;
      const servicePoints = on
        ? s.servicePoints.some((sp) => sp.municipalityId === municipalityId)
          ? s.servicePoints
          : [...s.servicePoints, ...defaultServicePoint(dataset, municipalityId)]
        : s.servicePoints.filter((sp) => sp.municipalityId !== municipalityId);
      return { ...s, members: next, servicePoints };
    });

  return (
    <section aria-labelledby="editor-members" id="editor-members-section">
      <h3 id="editor-members">{t('membership.heading')}</h3>
      <p className="help">{t('membership.help')}</p>
      <fieldset className="editor-members">
        <legend>{t('membership.legend')}</legend>
        {offered.map((m) => {
          const checked = members.has(m.id);
          const last = checked && members.size === 1;
          return (
            <label key={m.id}>
              <input
                type="checkbox"
                checked={checked}
                disabled={last}
                aria-describedby={last ? 'editor-members-last' : undefined}
                onChange={(e) => toggle(m.id, e.target.checked)}
              />{' '}
              {m.name}
            </label>
          );
        })}
      </fieldset>
      {members.size === 1 && (
        <p className="note" id="editor-members-last">
          {t('membership.lastMember')}
        </p>
      )}
      {notOffered.length > 0 && (
        <p className="note">{t('membership.noFigures', { names: notOffered.map((m) => m.name).join(', ') })}</p>
      )}
      {assumed.map((m) => (
        <p className="note" key={m.id}>
          {t('membership.assumed', { name: m.name })}
        </p>
      ))}
      {inactive.length > 0 && (
        <div role="alert" className="editor-members-inactive">
          <h4>{t('membership.inactiveHeading')}</h4>
          <p>{t('membership.inactiveHelp')}</p>
          <ul>
            {inactive.map((d, i) => (
              <li key={i}>
                {t(`membership.inactive.${d.kind}`, {
                  person: d.personId === null ? '' : (personName.get(d.personId) ?? d.personId),
                  position: d.positionId === null ? '' : (positionTitle.get(d.positionId) ?? d.positionId),
                  municipality: municipalityName.get(d.municipalityId) ?? d.municipalityId,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** A joining member's service point: its IT office, else its town hall, else its first site. */
function defaultServicePoint(dataset: Dataset, municipalityId: string): Scenario['servicePoints'] {
  const own = dataset.sites.filter((s) => s.municipalityId === municipalityId);
  const site = own.find((s) => s.kind === 'it-office') ?? own.find((s) => s.kind === 'town-hall') ?? own[0];
  return site ? [{ siteId: site.id, municipalityId }] : [];
}
