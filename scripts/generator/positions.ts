import type { LegacyLocalised } from '../../src/schema/localisedText';
import type { CompetenceRequirement, LocationRule, Position } from '../../src/schema/position';

/** A position as the generator writes it (the title in both languages as two fields; see scripts/migrateLocalisedNames.ts). */
type GeneratedPosition = LegacyLocalised<Position, 'title', 'titleEn'>;

type Requirement = readonly [competenceId: string, minLevel: number, weight: number];

/** One kind of slot of the target organisation; `count` slots are made of it. */
interface Role {
  count: number;
  unitId: string;
  functionId: string;
  title: string;
  titleEn: string;
  /** Key of the role whose (first) slot this one reports to; null for the CEO. */
  reportsTo: string | null;
  key: string;
  requirements: readonly Requirement[];
  onSiteDays: number;
  /** How many of the `count` slots require security clearance (the first ones). */
  clearance: number;
  manager?: boolean;
  /** For field service: the member municipality each slot serves, one entry per slot. */
  localTo?: readonly string[];
  /**
   * The cleared slots run security-sensitive operations (säkerhetskänslig drift): a member that
   * keeps them takes one such position over (docs/retained-positions.md).
   */
  securitySensitive?: boolean;
  /** Worked on site at the scenario's data centre when the scenario names one. */
  dataCentre?: boolean;
  /** The slots exist only while this municipality is a member (docs/membership.md). */
  memberId?: string;
}

const MGMT = 'management';
const OPS = 'operations-infrastructure';
const SUPPORT = 'service-desk-support';

/**
 * The 51 positions (rationale in data/README.md): the CEO and five strategic
 * support roles; the head of operations and infrastructure with 20 staff (infrastructure 15,
 * security 5); the head of service desk and user support with 23 staff (service desk 7,
 * digital workplace 7, field technicians 9: Värnamo 3, Gislaved 3, Vaggeryd 2, Gnosjö 1).
 */
const roles: readonly Role[] = [
  {
    key: 'ceo',
    count: 1,
    unitId: MGMT,
    functionId: 'head-office',
    title: 'VD',
    titleEn: 'Chief executive officer',
    reportsTo: null,
    onSiteDays: 4,
    clearance: 1,
    manager: true,
    requirements: [
      ['leadership', 4, 3],
      ['architecture', 2, 1],
      ['finance-procurement', 2, 1],
      ['information-security', 2, 1],
    ],
  },
  {
    key: 'strategist',
    count: 1,
    unitId: MGMT,
    functionId: 'head-office',
    title: 'IT-strateg och arkitekt',
    titleEn: 'IT strategist and architect',
    reportsTo: 'ceo',
    onSiteDays: 3,
    clearance: 0,
    requirements: [
      ['architecture', 3, 3],
      ['project-management', 2, 1],
      ['databases-integration', 2, 1],
    ],
  },
  {
    key: 'ciso',
    count: 1,
    unitId: MGMT,
    functionId: 'head-office',
    title: 'Informationssäkerhetsstrateg och säkerhetsskyddschef',
    titleEn: 'Information security strategist and protective security officer',
    reportsTo: 'ceo',
    onSiteDays: 4,
    clearance: 1,
    requirements: [
      ['information-security', 3, 3],
      ['protective-security', 3, 2],
      ['leadership', 2, 1],
    ],
  },
  {
    key: 'controller',
    count: 1,
    unitId: MGMT,
    functionId: 'head-office',
    title: 'Ekonom och controller',
    titleEn: 'Finance controller',
    reportsTo: 'ceo',
    onSiteDays: 3,
    clearance: 0,
    requirements: [
      ['finance-procurement', 3, 3],
      ['lifecycle-licences', 1, 1],
    ],
  },
  {
    key: 'procurement',
    count: 1,
    unitId: MGMT,
    functionId: 'head-office',
    title: 'Upphandlare och avtalsförvaltare',
    titleEn: 'Procurement and contract manager',
    reportsTo: 'ceo',
    onSiteDays: 3,
    clearance: 0,
    requirements: [
      ['finance-procurement', 3, 2],
      ['lifecycle-licences', 2, 2],
    ],
  },
  {
    key: 'project-manager',
    count: 1,
    unitId: MGMT,
    functionId: 'head-office',
    title: 'Projektledare',
    titleEn: 'Project manager',
    reportsTo: 'ceo',
    onSiteDays: 3,
    clearance: 0,
    requirements: [
      ['project-management', 3, 3],
      ['architecture', 1, 1],
      ['leadership', 1, 1],
    ],
  },
  {
    key: 'head-ops',
    count: 1,
    unitId: OPS,
    functionId: 'head-office',
    title: 'Enhetschef IT-drift och infrastruktur',
    titleEn: 'Head of operations and infrastructure',
    reportsTo: 'ceo',
    onSiteDays: 4,
    clearance: 1,
    manager: true,
    requirements: [
      ['leadership', 3, 3],
      ['servers-virtualisation', 2, 1],
      ['network', 2, 1],
      ['information-security', 2, 1],
    ],
  },
  {
    key: 'head-support',
    count: 1,
    unitId: SUPPORT,
    functionId: 'head-office',
    title: 'Enhetschef servicedesk och användarstöd',
    titleEn: 'Head of service desk and user support',
    reportsTo: 'ceo',
    onSiteDays: 4,
    clearance: 0,
    manager: true,
    requirements: [
      ['leadership', 3, 3],
      ['service-desk', 2, 1],
      ['digital-workplace', 2, 1],
    ],
  },
  // Operations and infrastructure: infrastructure function.
  {
    key: 'network',
    securitySensitive: true,
    count: 4,
    unitId: OPS,
    functionId: 'infrastructure',
    title: 'Nätverksspecialist',
    titleEn: 'Network specialist',
    reportsTo: 'head-ops',
    onSiteDays: 3,
    clearance: 1,
    requirements: [
      ['network', 3, 3],
      ['information-security', 1, 1],
    ],
  },
  {
    key: 'server',
    securitySensitive: true,
    count: 4,
    unitId: OPS,
    functionId: 'infrastructure',
    title: 'Systemtekniker server och virtualisering',
    titleEn: 'Server and virtualisation engineer',
    reportsTo: 'head-ops',
    onSiteDays: 3,
    clearance: 1,
    requirements: [
      ['servers-virtualisation', 3, 3],
      ['storage-backup', 1, 1],
      ['identity-access', 1, 1],
    ],
  },
  {
    key: 'storage',
    count: 2,
    unitId: OPS,
    functionId: 'infrastructure',
    title: 'Systemtekniker lagring och backup',
    titleEn: 'Storage and backup engineer',
    reportsTo: 'head-ops',
    onSiteDays: 3,
    clearance: 0,
    requirements: [
      ['storage-backup', 3, 3],
      ['servers-virtualisation', 2, 1],
    ],
  },
  {
    key: 'datacenter',
    dataCentre: true,
    securitySensitive: true,
    count: 2,
    unitId: OPS,
    functionId: 'infrastructure',
    title: 'Datacentertekniker',
    titleEn: 'Datacenter technician',
    reportsTo: 'head-ops',
    onSiteDays: 4,
    clearance: 1,
    requirements: [
      ['datacenter', 3, 3],
      ['servers-virtualisation', 2, 1],
      ['network', 1, 1],
    ],
  },
  {
    key: 'integration',
    count: 2,
    unitId: OPS,
    functionId: 'infrastructure',
    title: 'Databas- och integrationsspecialist',
    titleEn: 'Database and integration specialist',
    reportsTo: 'head-ops',
    onSiteDays: 3,
    clearance: 0,
    requirements: [
      ['databases-integration', 3, 3],
      ['servers-virtualisation', 1, 1],
    ],
  },
  {
    key: 'operations',
    count: 1,
    unitId: OPS,
    functionId: 'infrastructure',
    title: 'Drifttekniker övervakning',
    titleEn: 'Operations and monitoring technician',
    reportsTo: 'head-ops',
    onSiteDays: 4,
    clearance: 0,
    requirements: [
      ['servers-virtualisation', 2, 2],
      ['network', 2, 1],
      ['datacenter', 1, 1],
    ],
  },
  // Operations and infrastructure: security function.
  {
    key: 'infosec',
    count: 1,
    unitId: OPS,
    functionId: 'security',
    title: 'Informationssäkerhetsspecialist',
    titleEn: 'Information security specialist',
    reportsTo: 'head-ops',
    onSiteDays: 3,
    clearance: 1,
    requirements: [
      ['information-security', 3, 3],
      ['protective-security', 2, 2],
      ['identity-access', 1, 1],
    ],
  },
  {
    key: 'itsec',
    securitySensitive: true,
    count: 2,
    unitId: OPS,
    functionId: 'security',
    title: 'IT-säkerhetstekniker',
    titleEn: 'IT security engineer',
    reportsTo: 'head-ops',
    onSiteDays: 3,
    clearance: 1,
    requirements: [
      ['information-security', 2, 2],
      ['network', 2, 1],
      ['servers-virtualisation', 2, 1],
    ],
  },
  {
    key: 'iam',
    count: 2,
    unitId: OPS,
    functionId: 'security',
    title: 'Behörighetsadministratör',
    titleEn: 'Identity and access administrator',
    reportsTo: 'head-ops',
    onSiteDays: 3,
    clearance: 0,
    requirements: [
      ['identity-access', 3, 3],
      ['information-security', 1, 1],
    ],
  },
  // Service desk and user support: service desk function.
  {
    key: 'first-line',
    count: 4,
    unitId: SUPPORT,
    functionId: 'service-desk',
    title: 'Servicedesktekniker',
    titleEn: 'Service desk technician (first line)',
    reportsTo: 'head-support',
    onSiteDays: 4,
    clearance: 0,
    requirements: [
      ['service-desk', 2, 3],
      ['digital-workplace', 1, 1],
    ],
  },
  {
    key: 'second-line',
    count: 3,
    unitId: SUPPORT,
    functionId: 'service-desk',
    title: 'Supporttekniker andra linjen',
    titleEn: 'Support technician (second line)',
    reportsTo: 'head-support',
    onSiteDays: 4,
    clearance: 0,
    requirements: [
      ['service-desk', 3, 2],
      ['endpoint-management', 2, 1],
      ['digital-workplace', 2, 1],
    ],
  },
  // Service desk and user support: digital workplace function.
  {
    key: 'm365',
    count: 2,
    unitId: SUPPORT,
    functionId: 'workplace',
    title: 'Microsoft 365-specialist',
    titleEn: 'Microsoft 365 specialist',
    reportsTo: 'head-support',
    onSiteDays: 3,
    clearance: 0,
    requirements: [
      ['digital-workplace', 3, 3],
      ['identity-access', 2, 1],
    ],
  },
  {
    key: 'endpoint',
    count: 2,
    unitId: SUPPORT,
    functionId: 'workplace',
    title: 'Klientspecialist',
    titleEn: 'Endpoint management specialist',
    reportsTo: 'head-support',
    onSiteDays: 3,
    clearance: 0,
    requirements: [
      ['endpoint-management', 3, 3],
      ['digital-workplace', 2, 1],
    ],
  },
  {
    key: 'school-it',
    count: 2,
    unitId: SUPPORT,
    functionId: 'workplace',
    title: 'Skol-IT-samordnare',
    titleEn: 'School IT coordinator',
    reportsTo: 'head-support',
    onSiteDays: 4,
    clearance: 0,
    requirements: [
      ['school-it', 3, 3],
      ['endpoint-management', 2, 1],
      ['service-desk', 1, 1],
    ],
  },
  {
    key: 'licences',
    count: 1,
    unitId: SUPPORT,
    functionId: 'workplace',
    title: 'Licens- och livscykeladministratör',
    titleEn: 'Licence and lifecycle administrator',
    reportsTo: 'head-support',
    onSiteDays: 3,
    clearance: 0,
    requirements: [
      ['lifecycle-licences', 3, 3],
      ['finance-procurement', 1, 1],
    ],
  },
  // Service desk and user support: field technicians, one group per member municipality.
  {
    key: 'field',
    count: 9,
    unitId: SUPPORT,
    functionId: 'field-service',
    title: 'IT-tekniker fältservice',
    titleEn: 'Field service technician',
    reportsTo: 'head-support',
    onSiteDays: 5,
    clearance: 0,
    localTo: ['varnamo', 'varnamo', 'varnamo', 'gislaved', 'gislaved', 'gislaved', 'vaggeryd', 'vaggeryd', 'gnosjo'],
    requirements: [
      ['service-desk', 2, 2],
      ['endpoint-management', 2, 2],
      ['school-it', 1, 1],
      ['network', 1, 1],
    ],
  },
];

/**
 * Hylte's additional positions (assumptions, data/README.md): if Hylte joins, its ten IT staff
 * bring about as much work as Gnosjö's, so about eight more positions (62 → 51 is 0.82 per
 * person), each like one of the 51: two field technicians in Hylte, one first- and one
 * second-line support, a network and a server specialist, a monitoring technician and a
 * school IT coordinator. They exist only while Hylte is a member.
 */
const hylteRoles: readonly Role[] = (
  [
    ['field', 2, ['hylte', 'hylte']],
    ['first-line', 1],
    ['second-line', 1],
    ['network', 1],
    ['server', 1],
    ['operations', 1],
    ['school-it', 1],
  ] as const
).map(([key, count, localTo]) => {
  const like = roles.find((r) => r.key === key);
  if (!like) throw new Error(`no role ${key}`);
  return {
    ...like,
    key: `hylte-${key}`,
    count,
    clearance: 0,
    memberId: 'hylte',
    ...(localTo ? { localTo } : {}),
  };
});

/**
 * Expands the roles into positions `pos-01` … `pos-51`, in the order above, then Hylte's
 * additional positions `pos-52` … `pos-59` (`memberId: 'hylte'`).
 */
export function buildPositions(): GeneratedPosition[] {
  const firstIdOfRole = new Map<string, string>();
  const positions: GeneratedPosition[] = [];
  for (const role of [...roles, ...hylteRoles]) {
    for (let slot = 0; slot < role.count; slot++) {
      const id = `pos-${String(positions.length + 1).padStart(2, '0')}`;
      if (slot === 0) firstIdOfRole.set(role.key, id);
      const reportsTo = role.reportsTo === null ? null : firstIdOfRole.get(role.reportsTo);
      if (reportsTo === undefined)
        throw new Error(`role ${role.key} reports to ${role.reportsTo}, which is not defined before it`);
      const localMunicipality = role.localTo?.[slot];
      const location: LocationRule =
        localMunicipality !== undefined
          ? { rule: 'local', municipalityId: localMunicipality }
          : { rule: 'function-site' };
      const requirements: CompetenceRequirement[] = role.requirements.map(([competenceId, minLevel, weight]) => ({
        competenceId,
        minLevel,
        weight,
      }));
      positions.push({
        id,
        unitId: role.unitId,
        functionId: role.functionId,
        title: role.title,
        titleEn: role.titleEn,
        reportsTo,
        requirements,
        location,
        onSiteDays: role.onSiteDays,
        clearanceRequired: slot < role.clearance,
        manager: role.manager === true,
        ...(role.memberId === undefined ? {} : { memberId: role.memberId }),
        // The CEO leads the company: outside LAS (1 §), see docs/selection-order.md.
        ...(role.reportsTo === null ? { companyLeading: true } : {}),
        ...(role.securitySensitive === true && slot < role.clearance ? { securitySensitive: true } : {}),
        ...(role.dataCentre === true ? { dataCentre: true } : {}),
      });
    }
  }
  return positions;
}
