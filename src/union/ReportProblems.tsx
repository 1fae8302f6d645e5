import { useTranslation } from 'react-i18next';
import type { ReportProblem } from '../engine/report';

/** Why a file was refused: each problem with its place in the file and its reason. */
export function ReportProblems({ fileName, problems }: { fileName: string; problems: readonly ReportProblem[] }) {
  const { t } = useTranslation();
  return (
    <section role="alert" className="report-problems">
      <h2>{t('report.view.invalidFile')}</h2>
      <p>{t('report.view.fileProblems', { file: fileName, count: problems.length })}</p>
      <ul>
        {problems.slice(0, 50).map((problem, index) => (
          <li key={index}>{t(`report.problem.${problem.code}`, { path: problem.path, ...problem.params })}</li>
        ))}
      </ul>
    </section>
  );
}
