import type { StateCreator } from 'zustand';
import type { Language } from '../i18n/createTranslator';

export interface LanguageSlice {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const createLanguageSlice: StateCreator<LanguageSlice, [], [], LanguageSlice> = (set) => ({
  language: 'sv',
  setLanguage: (language) => set({ language }),
});
