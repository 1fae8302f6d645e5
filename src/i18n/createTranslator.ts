import i18next, { type i18n, type TFunction } from 'i18next';
import { appMessages } from './app';
import { datasetMessages } from './dataset';
import { dataViewMessages } from './dataView';
import { engineMessages } from './engine';
import { hubsMessages } from './hubs';
import { mapMessages } from './map';
import { reportMessages } from './report';
import { roleMappingMessages } from './roleMapping';
import { retentionMessages } from './retention';
import { screensMessages } from './screens';
import { travelMessages } from './travel';
import { viewsMessages } from './views';
import { workspaceMessages } from './workspace';

export type Language = 'sv' | 'en';
export const languages: readonly Language[] = ['sv', 'en'];

/**
 * Every message area, merged into one namespace. Areas keep their own files (one per part of
 * the product); keys are prefixed by area so they never collide.
 */
const areas = { app: appMessages, dataset: datasetMessages, dataView: dataViewMessages, engine: engineMessages, hubs: hubsMessages, map: mapMessages, report: reportMessages, roleMapping: roleMappingMessages, retention: retentionMessages, screens: screensMessages, travel: travelMessages, views: viewsMessages, workspace: workspaceMessages };

function resourcesFor(language: Language): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [area, messages] of Object.entries(areas)) {
    for (const [key, text] of Object.entries(messages[language])) merged[`${area}.${key}`] = text;
  }
  return merged;
}

export const resources = {
  sv: { translation: resourcesFor('sv') },
  en: { translation: resourcesFor('en') },
};

/** A fresh i18next instance (no globals): the app, the CLI and tests each make their own. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function createTranslator(language: Language): TFunction {
  return createI18n(language).t;
}
