import { commuteCompensationPolicies, financingKeys, type EconomicsParameters } from '../../schema/economicsParameters';

export type EconomicsField =
  | { key: keyof EconomicsParameters; kind: 'number'; unit: string; nullable?: boolean }
  | { key: keyof EconomicsParameters; kind: 'choice'; options: readonly string[]; optionPrefix: 'key' | 'policy' };

const number = (key: keyof EconomicsParameters, unit: string, nullable = false): EconomicsField => ({
  key,
  kind: 'number',
  unit,
  nullable,
});

/** Every economic assumption of a scenario, in the order shown; units are `economics.unit.*` keys. */
export const economicsFields: readonly EconomicsField[] = [
  number('trend', 'perYear'),
  number('saving', 'fraction'),
  number('savingLow', 'fraction'),
  number('savingHigh', 'fraction'),
  number('internalHourlySek', 'sekPerHour'),
  number('externalHourlySek', 'sekPerHour'),
  number('internalShare', 'fraction'),
  number('parallelLicenceShare', 'fraction'),
  number('severanceMonths', 'months'),
  { key: 'commuteCompensation', kind: 'choice', options: commuteCompensationPolicies, optionPrefix: 'policy' },
  number('workingWeeksPerYear', 'weeks'),
  number('hoursPerMonth', 'hours'),
  number('mileageSekPerKm', 'sekPerKm'),
  number('deskSekPerYear', 'sekPerYear'),
  number('serverRoomSekPerYear', 'sekPerYear'),
  number('recruitmentCostShare', 'fraction'),
  number('recruitMonthlySalarySek', 'sekPerMonth', true),
  { key: 'financingKey', kind: 'choice', options: financingKeys, optionPrefix: 'key' },
  number('combinedFixedShare', 'fraction'),
  number('capitalSek', 'sek'),
  { key: 'ownershipKey', kind: 'choice', options: financingKeys, optionPrefix: 'key' },
];
