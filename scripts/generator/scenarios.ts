import type { ScenarioInput } from '../../src/schema/scenario';

const members = ['gislaved', 'gnosjo', 'varnamo', 'vaggeryd'] as const;

/** The company-leading position (VD): the pre-study recruits it first, from outside. */
const CEO_POSITION_ID = 'pos-01';

/** A preset's name and description in both languages; `name` and `description` are the Swedish (the default language). */
function texts(name: { sv: string; en: string }, description: { sv: string; en: string }) {
  return { name: name.sv, description: description.sv, localised: { name, description } };
}

/** The members of the preset with Hylte: the four and Hylte (docs/membership.md). */
const membersWithHylte = [...members, 'hylte'] as const;

/**
 * The presets. Parameters are left at their defaults; the user can change every choice.
 * Both target presets recruit the CEO externally (HR can undo it).
 */
export function buildScenarios(
  itOfficeOf: Readonly<Record<string, string>>,
  townHallOf: Readonly<Record<string, string>>,
): ScenarioInput[] {
  const pointsAt = (table: Readonly<Record<string, string>>, of: readonly string[] = members) =>
    of.map((municipalityId) => {
      const siteId = table[municipalityId];
      if (siteId === undefined) throw new Error(`no site for ${municipalityId}`);
      return { siteId, municipalityId };
    });
  const decentralised = {
    kind: 'target' as const,
    functionSites: {
      'head-office': 'varnamo-stadshus',
      infrastructure: 'varnamo-it-kontor',
      security: 'gnosjo-kommunhus',
      'service-desk': 'gislaved-it-kontor',
      workplace: 'vaggeryd-it-kontor',
    },
    servicePoints: pointsAt(itOfficeOf),
    decisions: { externalRecruitment: [CEO_POSITION_ID] },
  };
  return [
    {
      id: 'today',
      ...texts(
        { sv: 'Idag', en: 'Today' },
        {
          sv:
            'Nuläget: var och en arbetar kvar på sin nuvarande arbetsplats i sin kommun, utan huvudkontor. ' +
            'Fälttekniker utgår från respektive kommuns IT-avdelning. Jämförelsepunkt för pendling, täckning och förändringar.',
          en:
            'The present: everyone keeps working at their current site in their municipality, with no head office. ' +
            "Field technicians work from their municipality's IT department. The point of comparison for commuting, coverage and changes.",
        },
      ),
      kind: 'baseline',
      servicePoints: pointsAt(itOfficeOf),
    },
    {
      id: 'centralised',
      ...texts(
        { sv: 'Centraliserad', en: 'Centralised' },
        {
          sv:
            'Förstudiens centraliserade modell: huvudkontor och alla kompetensområden (infrastruktur, säkerhet, servicedesk, ' +
            'digital arbetsplats) samlas i Värnamo stadshus, i den största IT-avdelningens stad där E4 och riksväg 27 möts. ' +
            'Lokal närvaro begränsas till fälttekniker med en servicepunkt i varje kommuns kommunhus/stadshus. ' +
            'Bygger gemensam kultur och snabbare förändring, men förlänger pendlingen för många och riskerar att kompetens går förlorad. ' +
            'VD rekryteras externt.',
          en:
            "The pre-study's centralised model: the head office and every area of competence (infrastructure, security, service desk, " +
            "digital workplace) gather at Värnamo town hall, in the largest IT department's town where the E4 and national road 27 meet. " +
            "Local presence is limited to field technicians with a service point at each municipality's town hall. " +
            'Builds a shared culture and faster change, but lengthens many commutes and risks losing competence. ' +
            'The CEO is recruited externally.',
        },
      ),
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
      ...texts(
        { sv: 'Decentraliserad', en: 'Decentralised' },
        {
          sv:
            'Förstudiens förordade modell: ett mindre huvudkontor i Värnamo stadshus och kompetenshubbar där medarbetarna finns idag – ' +
            'infrastruktur vid IT-avdelningen i Värnamo, servicedesk i Gislaved, säkerhet i Gnosjö kommunhus och digital arbetsplats ' +
            'och skol-IT i Skillingaryd (Vaggeryd). Fälttekniker utgår från IT-avdelningen i varje kommun. ' +
            'Behåller arbetsorter och kompetens och ger lokal närvaro, men ställer högre krav på ledarskap och gemensam kultur. ' +
            'VD rekryteras externt.',
          en:
            "The pre-study's preferred model: a smaller head office at Värnamo town hall and competence hubs where the staff are today – " +
            'infrastructure at the IT department in Värnamo, service desk in Gislaved, security at Gnosjö town hall, and digital workplace ' +
            'and school IT in Skillingaryd (Vaggeryd). Field technicians work from the IT department in each municipality. ' +
            'Keeps workplaces and competence and gives local presence, but demands more of leadership and a shared culture. ' +
            'The CEO is recruited externally.',
        },
      ),
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
    {
      id: 'decentralised-retained',
      ...texts(
        { sv: 'Decentraliserad med beställarfunktion', en: 'Decentralised with ordering functions' },
        {
          sv:
            'Som Decentraliserad, men varje medlemskommun behåller en egen tjänst för sin beställarfunktion (kravställning, ' +
            'uppföljning och avtal mot bolaget) i sitt kommunhus/stadshus. Tjänsten kan bara tillsättas med kommunens egen personal, ' +
            'som då stannar i kommunen och inte går över till bolaget, eller med någon som avböjt övergången. ' +
            'Färre hamnar utan tjänst i bolaget.',
          en:
            'As Decentralised, but each member municipality keeps a position of its own for its ordering function (requirements, ' +
            'follow-up and contracts towards the company) at its town hall. Only the municipality’s own staff can hold it, who then stay ' +
            'with the municipality and do not transfer to the company, or someone who declined the transfer. ' +
            'Fewer people end without a position in the company.',
        },
      ),
      ...decentralised,
      retained: Object.fromEntries(
        members.map((municipalityId) => {
          const siteId = townHallOf[municipalityId];
          if (siteId === undefined) throw new Error(`no town hall for ${municipalityId}`);
          return [municipalityId, { positions: [orderingPosition(municipalityId, siteId)], securitySensitive: false }];
        }),
      ),
    },
    {
      id: 'decentralised-with-hylte',
      ...texts(
        { sv: 'Decentraliserad med Hylte', en: 'Decentralised with Hylte' },
        {
          sv:
            'Som den decentraliserade modellen, men med Hylte som femte medlem: Hyltes IT-personal, verksamhet (orter, ' +
            'anställda, datorer) och tillkommande tjänster (två fälttekniker i Hylte, support, nätverk, server, drift och skol-IT) ' +
            'räknas med, och fälttekniker utgår även från IT-avdelningen i Hyltebruk. Hyltes personal och tjänster är antaganden. ' +
            'VD rekryteras externt.',
          en:
            "Like the decentralised model, with Hylte as a fifth member: Hylte's IT staff, its demand (localities, employees, PCs) " +
            'and its additional positions (two field technicians in Hylte, support, network, server, monitoring and school IT) ' +
            "count, and field technicians also work from the IT department in Hyltebruk. Hylte's staff and positions are assumptions. " +
            'The CEO is recruited externally.',
        },
      ),
      members: [...membersWithHylte],
      kind: 'target',
      functionSites: {
        'head-office': 'varnamo-stadshus',
        infrastructure: 'varnamo-it-kontor',
        security: 'gnosjo-kommunhus',
        'service-desk': 'gislaved-it-kontor',
        workplace: 'vaggeryd-it-kontor',
      },
      servicePoints: pointsAt(itOfficeOf, membersWithHylte),
      decisions: { externalRecruitment: [CEO_POSITION_ID] },
    },
  ];
}

/**
 * A member's ordering function (beställarfunktion): the one position every member must keep
 * to order, follow up and contract the company's services (docs/retained-positions.md).
 */
function orderingPosition(municipalityId: string, siteId: string) {
  return {
    id: `bestallare-${municipalityId}`,
    functionId: 'ordering',
    title: { sv: 'IT-beställare (beställarfunktion)', en: 'IT ordering officer (ordering function)' },
    requirements: [
      { competenceId: 'finance-procurement', minLevel: 2, weight: 2 },
      { competenceId: 'architecture', minLevel: 1, weight: 1 },
      { competenceId: 'lifecycle-licences', minLevel: 1, weight: 1 },
    ],
    onSiteDays: 3,
    clearanceRequired: false,
    siteId,
  };
}
