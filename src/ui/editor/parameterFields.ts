import type { z } from 'zod';
import {
  assignmentParametersSchema,
  attritionParametersSchema,
  commuteParametersSchema,
  coverageParametersSchema,
  optimiserParametersSchema,
  selectionOrderParametersSchema,
  type ScenarioParameters,
} from '../../schema/scenarioParameters';
import { travelParametersSchema } from '../../schema/travelParameters';

/** Each section of the scenario's parameters and the zod schema that validates it. */
export const parameterSectionSchemas = {
  commute: commuteParametersSchema,
  travel: travelParametersSchema,
  coverage: coverageParametersSchema,
  assignment: assignmentParametersSchema,
  selectionOrder: selectionOrderParametersSchema,
  attrition: attritionParametersSchema,
  optimiser: optimiserParametersSchema,
} satisfies { [S in keyof ScenarioParameters]: z.ZodType<ScenarioParameters[S]> };

export type ParameterSection = keyof typeof parameterSectionSchemas;
export const parameterSections = Object.keys(parameterSectionSchemas) as ParameterSection[];

export type ParameterInput =
  | { kind: 'number'; unit: string }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: readonly string[]; optionPrefix: string }
  | { kind: 'sites' };

export interface ParameterField {
  section: ParameterSection;
  key: string;
  input: ParameterInput;
}

const number = (unit: string): ParameterInput => ({ kind: 'number', unit });

/** Every parameter the editor shows, in the order shown; the unit is a `workspace.unit.*` key. */
export const parameterFields: readonly ParameterField[] = [
  { section: 'commute', key: 'addedMinutesThreshold', input: number('minutes') },
  { section: 'commute', key: 'longCommuteMinutes', input: number('minutes') },
  { section: 'commute', key: 'mileageSekPerKm', input: number('sekPerKm') },
  {
    section: 'travel',
    key: 'model',
    input: { kind: 'choice', options: ['road-graph', 'fallback'], optionPrefix: 'model' },
  },
  { section: 'travel', key: 'accessCircuity', input: number('factor') },
  { section: 'travel', key: 'accessSpeedKmh', input: number('kmh') },
  { section: 'travel', key: 'accessNodeCount', input: number('nodes') },
  { section: 'travel', key: 'maxAccessKm', input: number('km') },
  { section: 'travel', key: 'fallbackCircuity', input: number('factor') },
  { section: 'travel', key: 'fallbackSpeedKmh', input: number('kmh') },
  { section: 'travel', key: 'fallbackOverheadMinutes', input: number('minutes') },
  { section: 'travel', key: 'matrixMatchMetres', input: number('metres') },
  { section: 'coverage', key: 'responseMinutes', input: number('minutes') },
  { section: 'coverage', key: 'backupTechnicians', input: number('technicians') },
  { section: 'coverage', key: 'catchmentMinutes', input: number('minutes') },
  { section: 'coverage', key: 'decayBeta', input: number('minutesSquared') },
  { section: 'assignment', key: 'fitWeight', input: number('weight') },
  { section: 'assignment', key: 'continuityBonus', input: number('weight') },
  { section: 'assignment', key: 'commutePenaltyPerMinute', input: number('perMinute') },
  { section: 'assignment', key: 'trainableGapLevels', input: number('levels') },
  { section: 'assignment', key: 'trainableGapCost', input: number('fraction') },
  { section: 'assignment', key: 'retentionWeight', input: number('fraction') },
  {
    section: 'assignment',
    key: 'clearanceRule',
    input: { kind: 'choice', options: ['vetting', 'hard'], optionPrefix: 'clearanceRule' },
  },
  { section: 'assignment', key: 'vettingCost', input: number('weight') },
  { section: 'assignment', key: 'vettingLeadMonths', input: number('months') },
  { section: 'assignment', key: 'managerMaxGapLevels', input: number('levels') },
  { section: 'selectionOrder', key: 'sufficientFit', input: number('fraction') },
  { section: 'selectionOrder', key: 'mergeUnitsInSameTown', input: { kind: 'boolean' } },
  { section: 'selectionOrder', key: 'respectOrder', input: { kind: 'boolean' } },
  {
    section: 'selectionOrder',
    key: 'basis',
    input: { kind: 'choice', options: ['after-transfer', 'before-transfer'], optionPrefix: 'basis' },
  },
  { section: 'attrition', key: 'annualBaseRate', input: number('fraction') },
  { section: 'attrition', key: 'transitionYears', input: number('years') },
  { section: 'attrition', key: 'retirementRate', input: number('fraction') },
  { section: 'attrition', key: 'retirementAge', input: number('years') },
  { section: 'attrition', key: 'maxRate', input: number('fraction') },
  { section: 'attrition', key: 't50Minutes', input: number('minutes') },
  { section: 'attrition', key: 'slopeMinutes', input: number('minutes') },
  { section: 'attrition', key: 'rampMinutes', input: number('minutes') },
  { section: 'attrition', key: 'draws', input: number('draws') },
  { section: 'attrition', key: 'seed', input: number('seed') },
  { section: 'attrition', key: 'heldLevel', input: number('level') },
  { section: 'attrition', key: 'minHolders', input: number('people') },
  {
    section: 'optimiser',
    key: 'objective',
    input: { kind: 'choice', options: ['median', 'coverage', 'mixed'], optionPrefix: 'objective' },
  },
  { section: 'optimiser', key: 'hubs', input: number('sites') },
  { section: 'optimiser', key: 'mixedWeight', input: number('fraction') },
  { section: 'optimiser', key: 'requiredSiteIds', input: { kind: 'sites' } },
  { section: 'optimiser', key: 'excludedSiteIds', input: { kind: 'sites' } },
];
