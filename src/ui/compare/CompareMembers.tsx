import { useTranslation } from 'react-i18next';
import { scenarioMembers } from '../../engine/scenario/scenarioMembers';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';

/** Each compared scenario's member municipalities (docs/membership.md), and a note when they differ. */
export function CompareMembers({ dataset, scenarios }: { dataset: Dataset; scenarios: readonly Scenario[] }) {
  const { t } = useTranslation();
  const rows = scenarios.map((s) => {
    const members = scenarioMembers(dataset, s);
    const names = dataset.municipalities.filter((m) => members.has(m.id)).map((m) => m.name);
    return { id: s.id, name: s.name, members: names.join(', ') };
  });
  const differ = new Set(rows.map((r) => r.members)).size > 1;
  return (
    <>
      <table className="compare-members" data-testid="compare-members">
        <caption>{t('membership.compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('membership.compareScenario')}</th>
            <th scope="col">{t('membership.compareMembers')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.members}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {differ && <p className="note">{t('membership.compareDiffer')}</p>}
    </>
  );
}
