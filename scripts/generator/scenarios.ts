import type { ScenarioInput } from '../../src/schema/scenario';

const members = ['gislaved', 'gnosjo', 'varnamo', 'vaggeryd'] as const;

/** The company-leading position (VD): the pre-study recruits it first, from outside. */
const CEO_POSITION_ID = 'pos-01';

/**
 * The three presets (SPEC §4). Parameters are left at their defaults; the user can change
 * every choice. Both target presets recruit the CEO externally (HR can undo it).
 */
export function buildScenarios(itOfficeOf: Readonly<Record<string, string>>, townHallOf: Readonly<Record<string, string>>): ScenarioInput[] {
  const pointsAt = (table: Readonly<Record<string, string>>) =>
    members.map((municipalityId) => {
      const siteId = table[municipalityId];
      if (siteId === undefined) throw new Error(`no site for ${municipalityId}`);
      return { siteId, municipalityId };
    });
  return [
    {
      id: 'today',
      name: 'Idag',
      description:
        'Nuläget: var och en arbetar kvar på sin nuvarande arbetsplats i sin kommun, utan huvudkontor. ' +
        'Fälttekniker utgår från respektive kommuns IT-avdelning. Jämförelsepunkt för pendling, täckning och förändringar.',
      kind: 'baseline',
      servicePoints: pointsAt(itOfficeOf),
    },
    {
      id: 'centralised',
      name: 'Centraliserad',
      description:
        'Förstudiens centraliserade modell: huvudkontor och alla kompetensområden (infrastruktur, säkerhet, servicedesk, ' +
        'digital arbetsplats) samlas i Värnamo stadshus, i den största IT-avdelningens stad där E4 och riksväg 27 möts. ' +
        'Lokal närvaro begränsas till fälttekniker med en servicepunkt i varje kommuns kommunhus/stadshus. ' +
        'Bygger gemensam kultur och snabbare förändring, men förlänger pendlingen för många och riskerar att kompetens går förlorad. ' +
        'VD rekryteras externt.',
      kind: 'target',
      functionSites: {
        'head-office': 'varnamo-stadshus',
        infrastructure: 'varnamo-stadshus',
        security: 'varnamo-stadshus',
        'service-desk': 'varnamo-stadshus',
        workplace: 'varnamo-stadshus',
      },
      servicePoints: pointsAt(townHallOf),
      decisions: { externalRecruitment: [CEO_POSITION_ID] },
    },
    {
      id: 'decentralised',
      name: 'Decentraliserad',
      description:
        'Förstudiens förordade modell: ett mindre huvudkontor i Värnamo stadshus och kompetenshubbar där medarbetarna finns idag – ' +
        'infrastruktur vid IT-avdelningen i Värnamo, servicedesk i Gislaved, säkerhet i Gnosjö kommunhus och digital arbetsplats ' +
        'och skol-IT i Skillingaryd (Vaggeryd). Fälttekniker utgår från IT-avdelningen i varje kommun. ' +
        'Behåller arbetsorter och kompetens och ger lokal närvaro, men ställer högre krav på ledarskap och gemensam kultur. ' +
        'VD rekryteras externt.',
      kind: 'target',
      functionSites: {
        'head-office': 'varnamo-stadshus',
        infrastructure: 'varnamo-it-kontor',
        security: 'gnosjo-kommunhus',
        'service-desk': 'gislaved-it-kontor',
        workplace: 'vaggeryd-it-kontor',
      },
      servicePoints: pointsAt(itOfficeOf),
      decisions: { externalRecruitment: [CEO_POSITION_ID] },
    },
  ];
}
