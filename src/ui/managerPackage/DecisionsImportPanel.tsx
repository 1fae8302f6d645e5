import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageProblem } from '../../io/managerPackageFile';
import { importManagerDecisions } from '../../io/managerDecisionsFile';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import { PackageProblems } from './PackageProblems';

type ImportState =
  { kind: 'idle' } | { kind: 'done'; names: string[] } | { kind: 'failed'; problems: PackageProblem[] };

/**
 * HR's import of a manager's decisions file: validated against the dataset and the scenarios;
 * refused whole with every reason, or applied (one undoable change per scenario).
 */
export function DecisionsImportPanel({
  dataset,
  scenarios,
  onApply,
}: {
  dataset: Dataset;
  scenarios: readonly Scenario[];
  /** Replaces a scenario by the imported one. */
  onApply: (scenario: Scenario) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importManagerDecisions(file.name, await file.text(), dataset, scenarios);
    if (!result.ok) {
      setState({ kind: 'failed', problems: result.problems });
      return;
    }
    for (const scenario of result.scenarios) if (result.changed.includes(scenario.id)) onApply(scenario);
    setState({ kind: 'done', names: result.scenarios.filter((s) => result.changed.includes(s.id)).map((s) => s.name) });
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="manager-decisions-import">
      <h2 id={`${id}-heading`}>{t('managerPackage.import.title')}</h2>
      <p className="note">{t('managerPackage.import.hint')}</p>
      <label htmlFor={`${id}-file`}>{t('managerPackage.import.choose')}</label>{' '}
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          void importFile(file);
        }}
      />
      <div aria-live="polite">
        {state.kind === 'done' && (
          <p role="status">{t('managerPackage.import.done', { scenarios: state.names.join(', ') })}</p>
        )}
      </div>
      {state.kind === 'failed' && (
        <PackageProblems heading={t('managerPackage.import.refused')} problems={state.problems} />
      )}
    </section>
  );
}
