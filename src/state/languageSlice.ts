import type { Language } from '../i18n/createTranslator';
import { scenarioInLanguage } from './scenarioTexts';
import { undoHistoryOf, type AppSlice } from './sliceTypes';

export interface LanguageSlice {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const createLanguageSlice: AppSlice<LanguageSlice> = (set, get, api) => ({
  language: 'sv',
  setLanguage: (language) => {
    // Presets' names and descriptions follow the language; that is no edit to undo.
    const scenarios = get().scenarios.map((s) => scenarioInLanguage(s, language));
    const changed = scenarios.some((s, i) => s !== get().scenarios[i]);
    const temporal = undoHistoryOf(api).getState();
    if (changed) temporal.pause();
    set(changed ? { language, scenarios } : { language });
    if (changed) temporal.resume();
  },
});
