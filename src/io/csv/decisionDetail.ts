import type { DecisionLogEntry } from '../../schema/decisionLogEntry';
import type { Localised } from '../templates/columnDefinition';
import { inLanguage, type Language } from '../../schema/language';

/**
 * The detail of a logged decision in words, never as the code stored in the log (`assign`,
 * `swap:p012`, `proposed`, `function:security` …). Shared by the log's table and its CSV.
 */
const words: Record<string, Localised> = {
  assign: { sv: 'tilldelad', en: 'assigned' },
  all: { sv: 'alla befattningar', en: 'every position' },
  exempt: { sv: 'undantagen', en: 'exempted' },
  'not-exempt': { sv: 'inte undantagen', en: 'not exempted' },
  'head-office': { sv: 'huvudkontor', en: 'head office' },
  unused: { sv: 'används inte', en: 'not used' },
  proposed: { sv: 'föreslagen', en: 'proposed' },
  slated: { sv: 'utsedd', en: 'slated' },
  confirmed: { sv: 'bekräftad', en: 'confirmed' },
  'not-selected': { sv: 'ej vald', en: 'not selected' },
  'declined-transfer': { sv: 'avböjt övergång', en: 'declined the transfer' },
  leaving: { sv: 'slutar', en: 'leaving' },
};

/** A selection stage in words (`proposed` → föreslagen / proposed). */
export const stageLabel = (stage: string, lang: Language): string => {
  const known = words[stage];
  return known ? inLanguage(known, lang) : stage;
};

export interface DecisionDetailLabels {
  person?: (id: string) => string;
  function?: (id: string) => string;
  municipality?: (id: string) => string;
}

/** Details that name someone or something: `kind:id`, the label in its place. */
const namedWords: Record<string, { words: Localised; label: keyof DecisionDetailLabels }> = {
  swap: { words: { sv: 'byte med {label}', en: 'swapped with {label}' }, label: 'person' },
  function: { words: { sv: 'funktion: {label}', en: 'function: {label}' }, label: 'function' },
  'service-point': {
    words: { sv: 'servicepunkt för {label}', en: 'service point for {label}' },
    label: 'municipality',
  },
};

/** The detail in the language, or null when the entry has none. Unknown details are shown as written. */
export function decisionDetail(
  entry: DecisionLogEntry,
  lang: Language,
  labels: DecisionDetailLabels = {},
): string | null {
  const detail = entry.detail;
  if (detail === undefined) return null;
  const known = words[detail];
  if (known) return inLanguage(known, lang);
  const [kind, id] = detail.split(':', 2) as [string, string | undefined];
  const named = namedWords[kind];
  if (id === undefined || named === undefined) return detail;
  const label = labels[named.label]?.(id) ?? id;
  return inLanguage(named.words, lang).replace('{label}', () => label);
}
