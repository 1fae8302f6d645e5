import { useTranslation } from 'react-i18next';
import type { PackageProblem } from '../../io/managerPackageFile';

/** Why a package or decisions file was refused, one reason a line. */
export function PackageProblems({ heading, problems }: { heading: string; problems: readonly PackageProblem[] }) {
  const { t } = useTranslation();
  return (
    <div className="problems" role="alert">
      <p>{heading}</p>
      <ul>
        {problems.map((p, index) => (
          <li key={index}>{t(`managerPackage.problem.${p.code}`, p.params)}</li>
        ))}
      </ul>
    </div>
  );
}
