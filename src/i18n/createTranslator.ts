import i18next, { type i18n, type TFunction } from 'i18next';
import { anonymisationMessages } from './anonymisation';
import { appMessages } from './app';
import { datasetMessages } from './dataset';
import { dataViewMessages } from './dataView';
import { economicsMessages } from './economics';
import { engineMessages } from './engine';
import { engineWordsMessages } from './engineWords';
import { engineErrorMessages } from './engineErrors';
import { hubsMessages } from './hubs';
import { managerPackageMessages } from './managerPackage';
import { mapMessages } from './map';
import { mapLayersMessages } from './mapLayers';
import { publicMapMessages } from './publicMap';
import { membershipMessages } from './membership';
import { reportMessages } from './report';
import { unionReportMessages } from './unionReport';
import { roleMappingMessages } from './roleMapping';
import { retentionMessages } from './retention';
import { retainedMessages } from './retained';
import { scaleMessages } from './scale';
import { screensMessages } from './screens';
import { selectionOrderMessages } from './selectionOrder';
import { serviceOutcomesMessages } from './serviceOutcomes';
import { travelMessages } from './travel';
import { viewsMessages } from './views';
import { workspaceMessages } from './workspace';

export { languages, type Language } from '../schema/language';
import type { Language } from '../schema/language';

/**
 * Every message area, merged into one namespace. Areas keep their own files (one per part of
 * the product); keys are prefixed by area so they never collide.
 */
const areas = {
  anonymisation: anonymisationMessages,
  app: appMessages,
  dataView: dataViewMessages,
  dataset: datasetMessages,
  economics: economicsMessages,
  engine: engineMessages,
  engineError: engineErrorMessages,
  hubs: hubsMessages,
  managerPackage: managerPackageMessages,
  map: mapMessages,
  mapLayers: mapLayersMessages,
  publicMap: publicMapMessages,
  membership: membershipMessages,
  report: reportMessages,
  retention: retentionMessages,
  roleMapping: roleMappingMessages,
  scale: scaleMessages,
  screens: screensMessages,
  selectionOrder: selectionOrderMessages,
  travel: travelMessages,
  union: unionReportMessages,
  views: viewsMessages,
  workspace: workspaceMessages,
};

/** Messages with full keys that add to other areas (a feature's strings kept in its own file). */
const additions = [serviceOutcomesMessages, retainedMessages, engineWordsMessages];

function resourcesFor(language: Language): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [area, messages] of Object.entries(areas)) {
    for (const [key, text] of Object.entries(messages[language])) merged[`${area}.${key}`] = text;
  }
  for (const messages of additions) Object.assign(merged, messages[language]);
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
