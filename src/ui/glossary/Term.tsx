import { useId, type ReactNode } from 'react';
import { glossaryEntry } from '../../i18n/glossary';
import type { Language } from '../../i18n/createTranslator';
import './glossary.css';
import { inLanguage } from '../../schema/language';

/**
 * A technical term in a view, explained in a short tip on hover and on keyboard focus (it is a
 * tab stop; the tip describes it for screen readers too). The full list is the glossary panel.
 */
export function Term({ id, language, children }: { id: string; language: Language; children: ReactNode }) {
  const tipId = useId();
  const entry = glossaryEntry(id);
  if (!entry) return <>{children}</>;
  return (
    <span className="term-wrap">
      <span className="term" tabIndex={0} aria-describedby={tipId}>
        {children}
      </span>
      {/* Hidden until hover or focus (CSS); still the term's description for screen readers. */}
      <span role="tooltip" id={tipId} className="term-tip" hidden>
        {inLanguage(entry, language).text}
      </span>
    </span>
  );
}
