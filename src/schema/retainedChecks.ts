import type { Dataset } from './dataset';
import type { DatasetIssue } from './datasetIssue';
import { canBeMember, scenarioMemberSet } from './membership';
import type { Scenario } from './scenario';

type Report = (field: string, code: DatasetIssue['code'], params?: DatasetIssue['params']) => void;

/**
 * The ids a scenario may name as positions besides the dataset's: its members' retained
 * positions and the copies of security-sensitive positions a member takes over
 * (docs/retained-positions.md).
 */
export function retainedPositionIds(d: Dataset, s: Scenario): string[] {
  const flagged = d.positions.filter((p) => p.securitySensitive === true);
  return Object.entries(s.retained).flatMap(([municipalityId, kept]) => [
    ...kept.positions.map((p) => p.id),
    ...(kept.securitySensitive ? flagged.map((p) => `${p.id}-${municipalityId}`) : []),
  ]);
}

/**
 * A scenario's retained positions and data centre against the dataset: retained positions only
 * for municipalities that can be members (members by default, or with the pre-study's
 * figures), with known functions, competences and sites and ids of their own; those of one
 * that is not a member in this scenario are kept and have no effect (a warning: turning a
 * member off in the editor loses nothing). The data centre an existing server room or data
 * centre, or a new site inside the region; the remaining server rooms today's server rooms.
 */
export function retainedIssues(
  d: Dataset,
  s: Scenario,
  report: Report,
  warn: Report,
  inRegion: (lat: number, lon: number) => boolean,
): void {
  const members = scenarioMemberSet(d.municipalities, s);
  const municipalities = new Map(d.municipalities.map((m) => [m.id, m]));
  const functions = new Set(d.functions.map((f) => f.id));
  const competences = new Set(d.competences.map((c) => c.id));
  const sites = new Map(d.sites.map((site) => [site.id, site]));
  const taken = new Set(d.positions.map((p) => p.id));
  for (const [municipalityId, kept] of Object.entries(s.retained)) {
    const base = `retained.${municipalityId}`;
    const municipality = municipalities.get(municipalityId);
    if (!municipality) report(base, 'unknown-reference', { target: 'municipality', value: municipalityId });
    else if (!canBeMember(municipality)) report(base, 'not-a-member', { value: municipalityId });
    else if (!members.has(municipalityId)) warn(base, 'retained-inactive', { value: municipalityId });
    kept.positions.forEach((p, index) => {
      const at = `${base}.positions.${index}`;
      if (taken.has(p.id)) report(`${at}.id`, 'duplicate-id', { value: p.id });
      taken.add(p.id);
      if (!functions.has(p.functionId))
        report(`${at}.functionId`, 'unknown-reference', { target: 'function', value: p.functionId });
      p.requirements.forEach((r, k) => {
        if (!competences.has(r.competenceId))
          report(`${at}.requirements.${k}.competenceId`, 'unknown-reference', {
            target: 'competence',
            value: r.competenceId,
          });
      });
      if (!sites.has(p.siteId)) report(`${at}.siteId`, 'unknown-reference', { target: 'site', value: p.siteId });
    });
  }
  const centre = s.dataCentre;
  if (!centre) return;
  const isRoom = (id: string) => {
    const kind = sites.get(id)?.kind;
    return kind === 'server-room' || kind === 'datacenter';
  };
  if (centre.site.kind === 'existing') {
    const { siteId } = centre.site;
    if (!sites.has(siteId)) report('dataCentre.site.siteId', 'unknown-reference', { target: 'site', value: siteId });
    else if (!isRoom(siteId)) report('dataCentre.site.siteId', 'not-a-server-room', { value: siteId });
  } else {
    const { id, lat, lon } = centre.site;
    if (sites.has(id)) report('dataCentre.site.id', 'duplicate-id', { value: id });
    if (!inRegion(lat, lon)) report('dataCentre.site.lat', 'outside-region', { lat, lon, region: d.region.name });
  }
  (centre.serverRooms ?? []).forEach((id, index) => {
    if (!sites.has(id)) report(`dataCentre.serverRooms.${index}`, 'unknown-reference', { target: 'site', value: id });
    else if (!isRoom(id)) report(`dataCentre.serverRooms.${index}`, 'not-a-server-room', { value: id });
  });
}
