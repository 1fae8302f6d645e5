import type { Language } from '../i18n/createTranslator';
import type { AppSlice } from './sliceTypes';

export interface LanguageSlice {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const createLanguageSlice: AppSlice<LanguageSlice> = (set) => ({
  language: 'sv',
  setLanguage: (language) => set({ language }),
});
