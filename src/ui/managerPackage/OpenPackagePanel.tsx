import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../StoreContext';
import { PackageProblems } from './PackageProblems';
import './managerPackage.css';

/**
 * Opens a manager's package (file picker or drop): a valid one is kept apart from HR's data
 * and the app restarts in manager mode; a refused one is explained and changes nothing.
 */
export function OpenPackagePanel() {
  const { t } = useTranslation();
  const id = useId();
  const store = useAppStoreApi();
  const problems = useAppStore((s) => s.packageProblems);
  const [reading, setReading] = useState(false);
  const [over, setOver] = useState(false);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    try {
      await store.getState().openManagerPackage(file.name, await file.text());
    } finally {
      setReading(false);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void open(event.dataTransfer.files[0]);
  };

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={over ? 'open-package drop-over' : 'open-package'}
      data-testid="open-package"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id={`${id}-heading`}>{t('managerPackage.open.title')}</h2>
      <p className="note">{t('managerPackage.open.hint')}</p>
      <label htmlFor={`${id}-file`}>{t('managerPackage.open.choose')}</label>{' '}
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          void open(file);
        }}
      />
      <p className="note" aria-hidden="true">
        {t('managerPackage.open.drop')}
      </p>
      <div aria-live="polite">{reading && <p role="status">{t('managerPackage.open.reading')}</p>}</div>
      {problems && <PackageProblems heading={t('managerPackage.open.refused')} problems={problems} />}
    </section>
  );
}
