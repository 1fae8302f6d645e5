/**
 * Anonymisation benchmark: what the product runs when HR builds the union report. The default
 * data, every preset scenario of the default membership (the report panel's first choice), the
 * dataset's k, no earlier release. Timed: the whole report (buildAnonymisedReport); the
 * protection alone on the same request (protectDisclosure, which audits again after every
 * change); one audit of the published result (auditDisclosure). The baseline of the run is
 * what every build does before protecting: the home areas and the count tables.
 *
 * The request of the protection is rebuilt here: the count tables, the links and the declared
 * relations of the built report (with no earlier release, all of the builder's) and the topics'
 * lower bounds. The builder would also add relations between releases and lower bounds from
 * partly published IT staff, none on the default data: the script stops if the protection it
 * times does not publish exactly the built report's figures.
 */
import { auditDisclosure, protectDisclosure, type DisclosureProtectionRequest } from '../../src/engine/anonymisation';
import { evaluateScenario } from '../../src/engine/evaluateScenario';
import {
  buildAnonymisedReport,
  fixedAreaCounts,
  publishedReportOf,
  reportCountTables,
  topicLowerBounds,
  type ReportScenario,
} from '../../src/engine/report';
import { membershipDataset } from '../../src/engine/scenario/membershipDataset';
import { defaultMembers, scenarioMembers } from '../../src/engine/scenario/scenarioMembers';
import { defaultAreas } from '../engine/report/reportFixture';
import { defaultDataset, defaultTravelModel } from '../helpers/defaultData';
import { timeBatch } from './timeBatch';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** CPU ms per run (`timeBatch`: warm-up, then the median of 5 measurements of ≥ 300 ms). */
function measure(label: string, run: () => unknown): number {
  let sink: unknown;
  const ms = median(timeBatch(() => (sink = run()), 1, 3, 5, 300).times);
  if (sink === undefined) throw new Error(`${label}: no result`);
  process.stdout.write(`  ${label.padEnd(52)} ${ms.toFixed(2).padStart(8)} ms`);
  return ms;
}

const full = await defaultDataset();
const travelModel = defaultTravelModel();
const k = full.anonymisation.k;
const areas = defaultAreas();
const membershipKey = (members: ReadonlySet<string>): string => [...members].sort().join(',');
const byDefault = membershipKey(defaultMembers(full));
const scenarios: ReportScenario[] = full.scenarios
  .filter((scenario) => membershipKey(scenarioMembers(full, scenario)) === byDefault)
  .map((scenario) => ({ scenario, evaluation: evaluateScenario(full, scenario, { travelModel }) }));

const built = buildAnonymisedReport(full, scenarios, { k, areas });
if (!built.ok) throw new Error(`report refused: ${built.reason}`);

// The builder's steps before protecting: the report's people, their home areas, the count tables.
const dataset = membershipDataset(full, { members: [...defaultMembers(full)].sort() });
const membersOf = (id: string) => scenarioMembers(full, scenarios.find((s) => s.scenario.id === id)!.scenario);
const countTables = () => {
  const homeAreas = fixedAreaCounts(
    dataset.people.map((p) => p.home),
    areas,
  );
  return reportCountTables(dataset, scenarios, homeAreas, k, membersOf);
};
const { tables } = countTables();
const request: DisclosureProtectionRequest = {
  tables,
  links: built.report.links,
  relations: built.report.relations.map((r) => ({
    terms: r.terms.map(({ coefficient, ...cell }) => ({ cell, coefficient })),
    ...(r.constant === undefined ? {} : { constant: r.constant }),
  })),
  lowerBounds: topicLowerBounds(tables),
  k,
};
const protection = protectDisclosure(request);
if (!protection.ok) throw new Error('the rebuilt request was refused');
if (JSON.stringify(protection.report.tables) !== JSON.stringify(publishedReportOf(built.report).tables))
  throw new Error('the rebuilt request does not publish what the builder published: update this script');
const published = publishedReportOf(built.report);
// What the protection's audits know (the declared relations include the topics' own).
const knowledge = { relations: request.relations, lowerBounds: request.lowerBounds };
const audit = auditDisclosure(published, knowledge, k);
if (!audit.ok) throw new Error('the built report does not pass its audit');

const { stats } = protection;
process.stdout.write(
  `\nDefault data, ${scenarios.length} scenarios (${scenarios.map((s) => s.scenario.id).join(', ')}), k = ${k}\n` +
    `  ${tables.length} tables, ${stats.cells} figures: ${stats.published} published, ${stats.primary} hidden as primary, ` +
    `${stats.secondary} as secondary; ${stats.audits} audits (the last over ${audit.groups} groups)\n\n`,
);

const baseline = measure('baseline: home areas + count tables (no protection)', countTables);
process.stdout.write('\n');
const ratio = (ms: number) => process.stdout.write(`   ${(ms / baseline).toFixed(1).padStart(7)}× baseline\n`);
ratio(measure('buildAnonymisedReport (whole report)', () => buildAnonymisedReport(full, scenarios, { k, areas })));
ratio(measure('protectDisclosure alone (same request)', () => protectDisclosure(request)));
ratio(measure('auditDisclosure once (published result)', () => auditDisclosure(published, knowledge, k)));
