import type { Competence } from '../../src/schema/competence';
import type { LegacyLocalised } from '../../src/schema/localisedText';
import type { OrganisationUnit } from '../../src/schema/organisationUnit';
import type { WorkFunction } from '../../src/schema/workFunction';

/**
 * The functions of the new company: where each group of positions sits, and the share
 * of a holder's time that is on-site support where the users are (data/README.md explains each).
 */
export const functions: LegacyLocalised<WorkFunction, 'name', 'nameEn'>[] = [
  {
    id: 'head-office',
    name: 'Huvudkontor',
    nameEn: 'Head office',
    siting: 'function-site',
    description: 'VD, enhetschefer och strategiskt ledningsstöd.',
    onSiteShare: 0,
  },
  {
    id: 'infrastructure',
    name: 'Infrastruktur',
    nameEn: 'Infrastructure',
    siting: 'function-site',
    description: 'Nätverk, servrar och virtualisering, lagring och backup, datacenter, databaser och integration.',
    onSiteShare: 0.1,
  },
  {
    id: 'security',
    name: 'Säkerhet',
    nameEn: 'Security',
    siting: 'function-site',
    description: 'Informationssäkerhet, IT-säkerhet, identitet och behörighet.',
    onSiteShare: 0,
  },
  {
    id: 'service-desk',
    name: 'Servicedesk',
    nameEn: 'Service desk',
    siting: 'function-site',
    description: 'Första och andra linjens support.',
    onSiteShare: 0.25,
  },
  {
    id: 'workplace',
    name: 'Digital arbetsplats',
    nameEn: 'Digital workplace',
    siting: 'function-site',
    description: 'Klienter, Microsoft 365, skol-IT, livscykel och licenser.',
    onSiteShare: 0.2,
  },
  {
    id: 'field-service',
    name: 'Fältservice',
    nameEn: 'Field service',
    siting: 'service-point',
    description: 'IT-tekniker på plats i varje medlemskommun.',
    onSiteShare: 1,
  },
  {
    id: 'ordering',
    name: 'Beställarfunktion',
    nameEn: 'Ordering function',
    siting: 'municipality',
    description: 'Kommunens egen beställar- och kravställarroll mot bolaget; en tjänst som kommunen behåller.',
    onSiteShare: 0,
  },
];

export const competences: LegacyLocalised<Competence, 'name', 'nameEn'>[] = [
  { id: 'network', name: 'Nätverk', nameEn: 'Network' },
  { id: 'servers-virtualisation', name: 'Servrar och virtualisering', nameEn: 'Servers and virtualisation' },
  { id: 'storage-backup', name: 'Lagring och backup', nameEn: 'Storage and backup' },
  { id: 'datacenter', name: 'Datacenter och serverhallar', nameEn: 'Datacenter' },
  { id: 'identity-access', name: 'Identitet och behörighet', nameEn: 'Identity and access' },
  { id: 'information-security', name: 'Informationssäkerhet', nameEn: 'Information security' },
  { id: 'protective-security', name: 'Säkerhetsskydd', nameEn: 'Protective security' },
  { id: 'digital-workplace', name: 'Digital arbetsplats (Microsoft 365)', nameEn: 'Digital workplace (Microsoft 365)' },
  { id: 'endpoint-management', name: 'Klienthantering', nameEn: 'Endpoint management' },
  { id: 'service-desk', name: 'Servicedesk och användarstöd', nameEn: 'Service desk and user support' },
  { id: 'school-it', name: 'Skol-IT', nameEn: 'School IT' },
  { id: 'lifecycle-licences', name: 'Livscykel- och licenshantering', nameEn: 'Lifecycle and licence management' },
  { id: 'databases-integration', name: 'Databaser och integration', nameEn: 'Databases and integration' },
  { id: 'architecture', name: 'IT-arkitektur', nameEn: 'Architecture' },
  { id: 'leadership', name: 'Ledarskap', nameEn: 'Leadership' },
  { id: 'project-management', name: 'Projektledning', nameEn: 'Project management' },
  { id: 'finance-procurement', name: 'Ekonomi och upphandling', nameEn: 'Finance and procurement' },
];

export const units: LegacyLocalised<OrganisationUnit, 'name', 'nameEn'>[] = [
  { id: 'management', name: 'Ledning', nameEn: 'Management' },
  { id: 'operations-infrastructure', name: 'IT-drift och infrastruktur', nameEn: 'Operations and infrastructure' },
  { id: 'service-desk-support', name: 'Servicedesk och användarstöd', nameEn: 'Service desk and user support' },
];
