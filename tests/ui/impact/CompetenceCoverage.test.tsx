// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CompetenceRetention, RetentionResult } from '../../../src/engine/retention/retentionTypes';
import { CompetenceCoverage } from '../../../src/ui/impact/CompetenceCoverage';
import type { DatasetNames } from '../../../src/ui/overview/datasetNames';
import { renderIn } from '../overview/viewFixtures';

const competence = (
  id: string,
  needed: number,
  current: number,
  expected: number,
  probBelow: number,
): CompetenceRetention => ({
  competenceId: id,
  needed,
  current,
  expected,
  p10: Math.floor(expected),
  probBelowMinHolders: probBelow,
  exactExpected: expected,
  exactProbBelowMinHolders: probBelow,
  atRisk: expected < needed || probBelow > 0.5,
  riskReasons: [
    ...(expected < needed ? (['expectedBelowNeed'] as const) : []),
    ...(probBelow > 0.5 ? (['busFactor'] as const) : []),
  ],
  stayingHolderDraws: new Int32Array(current + 1),
});

const retention = (competences: CompetenceRetention[]): RetentionResult => ({
  draws: 10_000,
  drawsCompleted: 10_000,
  cancelled: false,
  seed: 2027,
  heldLevel: 3,
  minHolders: 2,
  atRiskProbability: 0.5,
  headcount: 10,
  expectedHeadcountRetained: 9,
  headcountRetainedP10: 8,
  exactExpectedHeadcountRetained: 9,
  competences,
  competencesAtRisk: competences.filter((c) => c.atRisk).map((c) => c.competenceId),
  leaveProbabilities: new Float64Array(0),
  warnings: [],
});

const names = { competence: (id: string) => ({ sec: 'Säkerhetsskydd', net: 'Nätverk' })[id] ?? id } as DatasetNames;

describe('CompetenceCoverage', () => {
  it('never shows a shortfall as equal numbers, and writes every expected figure with one decimal', () => {
    renderIn(
      <CompetenceCoverage
        retention={retention([competence('sec', 1, 1, 0.991, 1), competence('net', 4, 6, 5, 0)])}
        names={names}
        language="sv"
      />,
    );
    const table = screen.getByRole('table', { name: /Innehavare på nivå 3 eller högre som stannar/ });
    const sec = within(table).getByRole('row', { name: /^Säkerhetsskydd/ });
    // 0,99 of 1, not "(1) … (1)"; 5 written "5,0" beside the others.
    expect(sec).toHaveTextContent('I snitt väntas 0,99 innehavare stanna, färre än de 1 som befattningarna behöver.');
    expect(within(table).getByRole('row', { name: /^Nätverk/ })).toHaveTextContent('5,0');
    // The bus-factor risk says why two matter when one is needed.
    expect(sec).toHaveTextContent(
      '100 % risk att färre än 2 innehavare finns kvar: med en eller ingen hänger kompetensen på en enda person',
    );
    expect(within(table).getByRole('columnheader', { name: 'Risk att färre än 2 finns kvar' })).toBeInTheDocument();
  });
});
