import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importBoundaries, type BoundaryIssue, type MunicipalityBoundary } from '../../engine/map/importBoundaries';

export interface BoundariesImportProps {
  municipalities: readonly { id: string; name: string }[];
  loadedCount: number | null;
  onLoad: (boundaries: MunicipalityBoundary[]) => void;
  onClear: () => void;
  /** The clear button's text (default: back to the schematic areas). */
  clearLabel?: string | undefined;
}

/** Official boundaries from a GeoJSON file: all or nothing, every problem listed by feature and field. */
export function BoundariesImport({ municipalities, loadedCount, onLoad, onClear, clearLabel }: BoundariesImportProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [issues, setIssues] = useState<BoundaryIssue[]>([]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = importBoundaries(await file.text(), municipalities);
    if (result.ok) {
      setIssues([]);
      onLoad(result.boundaries);
    } else setIssues(result.issues);
  };
  const issueText = (issue: BoundaryIssue) =>
    issue.code === 'invalid' && issue.feature === null
      ? t('map.boundaries.issue.invalidFile', { field: issue.field || '—', detail: issue.detail })
      : t(`map.boundaries.issue.${issue.code}`, {
          feature: issue.feature ?? '—',
          field: issue.field,
          detail: issue.detail,
        });

  return (
    <section className="map-boundaries" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>{t('map.boundaries.heading')}</h3>
      <p className="note">{t('map.boundaries.help')}</p>
      <label htmlFor={inputId}>{t('map.boundaries.file')}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,.geojson,application/geo+json,application/json"
        onChange={(e) => void onFile(e)}
      />
      {loadedCount !== null && (
        <p role="status">
          {t('map.boundaries.loaded', { count: loadedCount })}{' '}
          <button type="button" onClick={onClear}>
            {clearLabel ?? t('map.boundaries.clear')}
          </button>
        </p>
      )}
      {issues.length > 0 && (
        <div role="alert">
          <p>{t('map.boundaries.errorHeading')}</p>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>{issueText(issue)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
