import { membershipDataset } from '../scenario/membershipDataset';
import type { Dataset } from '../../schema/dataset';
import type { Scenario } from '../../schema/scenario';
import type { ScenarioEvaluation } from '../evaluateScenario';

export type HealthCheckCode =
  | 'spanTooWide'
  | 'managerWithoutReports'
  | 'siteOverCapacity'
  | 'siteCrowdedWithBench'
  | 'positionUnfilled'
  | 'positionUnqualified'
  | 'singleHolder'
  | 'noHolder'
  | 'awaitingVetting';

export type HealthCheckSubject = 'position' | 'site' | 'competence';

export interface HealthFinding {
  readonly code: HealthCheckCode;
  readonly severity: 'warning' | 'info';
  readonly subject: HealthCheckSubject;
  readonly subjectId: string;
  readonly params: Readonly<Record<string, number | string>>;
}

export interface SpanOfControl {
  readonly positionId: string;
  readonly directReports: number;
}

export interface HealthChecks {
  readonly maxSpanOfControl: number;
  readonly spans: readonly SpanOfControl[];
  readonly findings: readonly HealthFinding[];
  /** Placements waiting for a security vetting (säkerhetsprövning). */
  readonly awaitingVetting: number;
}

export const DEFAULT_MAX_SPAN_OF_CONTROL = 12;
const WORKING_DAYS = 5;

/**
 * Health checks of a target organisation (docs/role-mapping.md), from a dataset, a
 * scenario and its evaluation. Pure; findings are codes + params (texts: `src/i18n/hubs.ts`).
 *
 * - Span of control: for each manager position, the positions whose `reportsTo` is it.
 *   More than `maxSpanOfControl` (default 12: beyond the 8–12 direct reports commonly held
 *   workable for a first-line manager with mixed work) → `spanTooWide`; none → `managerWithoutReports`.
 * - Desks: a site is over capacity when more people *with a position* work there than it has
 *   desks (`siteOverCapacity`, the optimiser's rule). The bench also sits somewhere; when
 *   only with it a site has more people than desks → `siteCrowdedWithBench` (information).
 *   Both give `dailyPeople` = Σ on-site days / 5 of everyone there, the desks an even
 *   desk-sharing rota would need, so the reader can judge whether sharing solves it.
 * - Positions without a qualified holder: not filled (`positionUnfilled`; vacancies kept by
 *   decision are not findings) or held with a fit below `selectionOrder.sufficientFit`
 *   (`positionUnqualified`).
 * - Placements awaiting a security vetting (`awaitingVetting`, information: the person may
 *   start only after it, `months` lead time), with their count in `awaitingVetting`.
 * - Competences the positions need with a single holder at the held level among the placed
 *   people (`singleHolder`), or none (`noHolder`), from the retention result.
 */
export function healthChecks(
  fullDataset: Dataset,
  scenario: Scenario,
  evaluation: ScenarioEvaluation,
  options: { readonly maxSpanOfControl?: number } = {},
): HealthChecks {
  // The checks see the scenario's members only (docs/membership.md).
  const dataset = membershipDataset(fullDataset, scenario);
  const maxSpanOfControl = options.maxSpanOfControl ?? DEFAULT_MAX_SPAN_OF_CONTROL;
  const findings: HealthFinding[] = [];
  const finding = (
    code: HealthCheckCode,
    severity: HealthFinding['severity'],
    subject: HealthCheckSubject,
    subjectId: string,
    params: Record<string, number | string>,
  ) => findings.push({ code, severity, subject, subjectId, params });

  // Span of control
  const reports = new Map<string, number>();
  for (const p of dataset.positions)
    if (p.reportsTo !== null) reports.set(p.reportsTo, (reports.get(p.reportsTo) ?? 0) + 1);
  const spans = dataset.positions
    .filter((p) => p.manager)
    .map((p) => ({ positionId: p.id, directReports: reports.get(p.id) ?? 0 }));
  for (const span of spans) {
    if (span.directReports > maxSpanOfControl) {
      finding('spanTooWide', 'warning', 'position', span.positionId, {
        positionId: span.positionId,
        reports: span.directReports,
        max: maxSpanOfControl,
      });
    } else if (span.directReports === 0) {
      finding('managerWithoutReports', 'warning', 'position', span.positionId, { positionId: span.positionId });
    }
  }

  // Desks
  const assignment = evaluation.assignment;
  if (assignment) {
    const placedAt = new Map<string, number>();
    for (const p of assignment.placements)
      if (p.siteId !== null) placedAt.set(p.siteId, (placedAt.get(p.siteId) ?? 0) + 1);
    const everyoneAt = new Map<string, { people: number; days: number }>();
    for (const ps of evaluation.placements) {
      const at = everyoneAt.get(ps.siteId) ?? { people: 0, days: 0 };
      everyoneAt.set(ps.siteId, { people: at.people + 1, days: at.days + ps.onSiteDays });
    }
    for (const site of dataset.sites) {
      const placed = placedAt.get(site.id) ?? 0;
      const everyone = everyoneAt.get(site.id) ?? { people: 0, days: 0 };
      const dailyPeople = Math.round((everyone.days / WORKING_DAYS) * 10) / 10;
      const params = {
        siteId: site.id,
        people: placed,
        withBench: everyone.people,
        desks: site.deskCapacity,
        dailyPeople,
      };
      if (placed > site.deskCapacity) finding('siteOverCapacity', 'warning', 'site', site.id, params);
      else if (everyone.people > site.deskCapacity) finding('siteCrowdedWithBench', 'info', 'site', site.id, params);
    }

    // Positions without a qualified holder
    const sufficientFit = scenario.parameters.selectionOrder.sufficientFit;
    for (const positionId of assignment.unfilled)
      finding('positionUnfilled', 'warning', 'position', positionId, { positionId });
    for (const p of assignment.placements) {
      if (p.fit < sufficientFit) {
        finding('positionUnqualified', 'warning', 'position', p.positionId, {
          positionId: p.positionId,
          personId: p.personId,
          fit: Math.round(p.fit * 100) / 100,
          sufficientFit,
        });
      }
    }
  }

  // Placements awaiting a security vetting
  let awaitingVetting = 0;
  for (const p of assignment?.placements ?? []) {
    if (p.vetting === null) continue;
    awaitingVetting += 1;
    finding('awaitingVetting', 'info', 'position', p.positionId, {
      positionId: p.positionId,
      personId: p.personId,
      months: p.vetting.leadMonths,
    });
  }

  // Competences with one holder or none
  for (const c of evaluation.retention?.competences ?? []) {
    if (c.current === 1)
      finding('singleHolder', 'warning', 'competence', c.competenceId, {
        competenceId: c.competenceId,
        needed: c.needed,
      });
    else if (c.current === 0 && c.needed > 0)
      finding('noHolder', 'warning', 'competence', c.competenceId, { competenceId: c.competenceId, needed: c.needed });
  }
  return { maxSpanOfControl, spans, findings, awaitingVetting };
}
