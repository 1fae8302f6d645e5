import { describe, expect, it } from 'vitest';
import type { HealthCheckCode } from '../../../src/engine/health/healthChecks';
import type { HubPlacementErrorCode, HubPlacementWarningCode } from '../../../src/engine/optimiser/hubPlacementTypes';
import { createTranslator } from '../../../src/i18n/createTranslator';
import { hubsMessages } from '../../../src/i18n/hubs';

const params = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

// Every code the engine can return; a missing entry here is a type error, a missing text a test failure.
const errorCodes: Record<HubPlacementErrorCode, true> = {
  invalidOptions: true,
  invalidP: true,
  siteOutOfRange: true,
  requiredSiteExcluded: true,
  tooManyRequiredSites: true,
  noAllowedSite: true,
  matrixSize: true,
  invalidNumber: true,
  siteCountMismatch: true,
  noDemandWeight: true,
  capacityTooSmall: true,
  noFeasibleSetFound: true,
  cancelled: true,
  invalidParams: true,
  unknownSite: true,
  noFunctionSites: true,
  noDemand: true,
  noCapacityFeasibleCandidate: true,
};
const warningCodes: Record<HubPlacementWarningCode, true> = {
  fewerAllowedSitesThanP: true,
  allocationNodeLimit: true,
  cancelled: true,
  municipalityWithoutPoint: true,
  roundLimit: true,
};
const healthCodes: Record<HealthCheckCode, true> = {
  spanTooWide: true,
  managerWithoutReports: true,
  siteOverCapacity: true,
  siteCrowdedWithBench: true,
  positionUnfilled: true,
  positionUnqualified: true,
  singleHolder: true,
  noHolder: true,
  awaitingVetting: true,
};

describe('hubs messages', () => {
  it('has the same keys and the same parameters in Swedish and English, none empty', () => {
    expect(Object.keys(hubsMessages.sv).sort()).toEqual(Object.keys(hubsMessages.en).sort());
    const sv: Record<string, string> = hubsMessages.sv;
    for (const [key, text] of Object.entries(hubsMessages.en)) {
      expect(text.trim()).not.toBe('');
      expect(sv[key]!.trim()).not.toBe('');
      expect(params(sv[key]!), key).toEqual(params(text));
    }
  });

  it('has a text for every error, warning and health check code', () => {
    const en: Record<string, string> = hubsMessages.en;
    for (const code of Object.keys(errorCodes)) expect(en[`error.${code}`], code).toBeDefined();
    for (const code of Object.keys(warningCodes)) expect(en[`warning.${code}`], code).toBeDefined();
    // Health texts may live in another module (src/i18n/serviceOutcomes.ts): ask the translator, in both languages.
    for (const language of ['en', 'sv'] as const) {
      const t = createTranslator(language);
      for (const code of Object.keys(healthCodes))
        expect(t(`hubs.health.${code}`), code).not.toBe(`hubs.health.${code}`);
    }
  });

  it('is registered with the translator', () => {
    expect(createTranslator('sv')('hubs.error.invalidP', { p: 0 })).toBe(
      'Antalet platser p måste vara ett heltal, minst 1 (fick 0).',
    );
    expect(createTranslator('en')('hubs.panel.title')).toBe('Suggest hubs');
  });
});
