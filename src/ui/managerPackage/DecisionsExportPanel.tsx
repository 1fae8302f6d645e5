import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { managerDecisionsOf } from '../../io/managerDecisionsFile';
import type { Scenario } from '../../schema/scenario';
import { JSON_TYPE } from '../data/downloadText';
import { checkedDownload } from './privateDataCheck';

/** Manager mode: the manager's decisions as a file for HR, checked for private fields before download. */
export function DecisionsExportPanel({
  scenarios,
  fingerprint,
}: {
  scenarios: readonly Scenario[];
  fingerprint: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [leak, setLeak] = useState<string[]>([]);
  const exportDecisions = () => {
    const file = managerDecisionsOf(scenarios, fingerprint, new Date().toISOString(), name);
    setLeak(checkedDownload(JSON.stringify(file, null, 2), t('managerPackage.file.decisions'), JSON_TYPE));
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="manager-decisions-export">
      <h2 id={`${id}-heading`}>{t('managerPackage.decisions.title')}</h2>
      <p className="note">{t('managerPackage.decisions.hint')}</p>
      <label htmlFor={`${id}-name`}>{t('managerPackage.decisions.name')}</label>{' '}
      <input
        id={`${id}-name`}
        type="text"
        value={name}
        maxLength={100}
        onChange={(e) => setName(e.currentTarget.value)}
      />{' '}
      <button type="button" onClick={exportDecisions}>
        {t('managerPackage.decisions.download')}
      </button>
      {leak.length > 0 && (
        <p role="alert" className="problems">
          {t('managerPackage.decisions.leak', { paths: leak.slice(0, 5).join(', ') })}
        </p>
      )}
    </section>
  );
}
