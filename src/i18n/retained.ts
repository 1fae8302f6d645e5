/**
 * Messages of retained municipal positions and the data centre (docs/retained-positions.md):
 * the editor's sections, the figures, the refusals. Keys are full (`area.key`): they add to the
 * areas whose screens show them.
 */
export const retainedMessages = {
  en: {
    'dataset.reason.not-a-member':
      '"{{value}}" cannot be a member municipality (it has none of the pre-study\'s figures): only members retain positions',
    'dataset.reason.retained-inactive':
      '"{{value}}" is not a member in this scenario: its retained positions are kept and have no effect until it is one again',
    'dataset.reason.not-a-server-room': 'site "{{value}}" is not a server room or data centre',

    'roleMapping.blocked.otherMunicipality': 'kept by another municipality, or declined the transfer',
    'views.figure.companyPlaced': 'Placed in the company',
    'views.figure.retainedPlaced': 'Placed in positions the municipalities keep',
    'views.figure.serverRooms': 'Server rooms after the migration',
    'views.overview.companyHeadcount': '{{placed}} of the company’s {{positions}} positions',
    'views.overview.retainedHeadcount':
      '{{placed}} of {{positions}} retained positions; they stay with the municipality',
    'views.overview.retainedMember':
      '{{municipality}}: {{placed}} of {{positions}} ({{redeployed}} who declined the transfer)',
    'views.overview.serverRooms': '{{remaining}} of today’s {{today}}; data centre: {{centre}}',
    'views.overview.noDataCentre': 'not chosen',

    'economics.item.retainedStaff': 'Staff of the positions the municipalities keep (each pays its own)',
    'economics.param.serverRoomSekPerYear': 'Server room a year',
    'economics.help.serverRoomSekPerYear':
      'Running a server room: power, cooling, UPS, physical security, premises. Each room closed after the migration saves it.',
    'economics.source.serverRoomSekPerYear':
      'Assumption: a small municipal server room, some 5–10 kW at about 1.50 kr/kWh with cooling, plus service contracts and premises',

    'workspace.retained.heading': 'What the municipalities keep',
    'workspace.retained.help':
      'Positions each member municipality keeps for itself, such as its ordering function. Only the municipality’s own staff (who then stay with it and do not transfer) or someone who declined the transfer can hold them.',
    'workspace.retained.member': '{{municipality}}',
    'workspace.retained.security': 'Security-sensitive operations stay in the municipality',
    'workspace.retained.securityHelp':
      'Moves the work of one security-sensitive company position ({{positions}}) to the municipality, at its town hall.',
    'workspace.retained.takesOver': 'Takes over: {{position}}.',
    'workspace.retained.shared':
      'Shared with {{others}}: more members keep their operations than there are security-sensitive positions, so they share its work (each gets a copy; the company loses the position once).',
    'workspace.retained.none': 'No positions of its own.',
    'workspace.retained.title': 'Title',
    'workspace.retained.function': 'Function',
    'workspace.retained.site': 'Site',
    'workspace.retained.requirements': 'Requirements (competence:level, …)',
    'workspace.retained.onSiteDays': 'On-site days a week',
    'workspace.retained.clearance': 'Requires security clearance',
    'workspace.retained.add': 'Add a position for {{municipality}}',
    'workspace.retained.addOrdering': 'Add an ordering function for {{municipality}}',
    'workspace.retained.remove': 'Remove',
    'workspace.retained.removeLabel': 'Remove {{title}} of {{municipality}}',
    'workspace.retained.save': 'Save',
    'workspace.retained.edit': 'Edit',
    'workspace.retained.editLabel': 'Edit {{title}} of {{municipality}}',
    'workspace.retained.cancel': 'Cancel',
    'workspace.retained.defaultTitle': 'IT ordering officer (ordering function)',
    'workspace.retained.error': '{{field}}: {{reason}}',
    'workspace.retained.reason.title': 'give a title',
    'workspace.retained.reason.requirements':
      'write each requirement as competence:level (level 1–4), e.g. architecture:2',
    'workspace.retained.reason.onSiteDays': 'a number from 0 to 7',

    'workspace.dataCentre.heading': 'Data centre',
    'workspace.dataCentre.help':
      'Where the infrastructure’s data centre is: an existing server room, or a new site with its coordinates. Datacenter positions work on site there; the server rooms you keep set the rooms’ running cost.',
    'workspace.dataCentre.choice': 'Data centre',
    'workspace.dataCentre.none': 'Not chosen (today’s server rooms stay)',
    'workspace.dataCentre.existing': 'An existing server room',
    'workspace.dataCentre.new': 'A new site',
    'workspace.dataCentre.site': 'Server room',
    'workspace.dataCentre.name': 'Name of the new site',
    'workspace.dataCentre.lat': 'Latitude (°N)',
    'workspace.dataCentre.lon': 'Longitude (°E)',
    'workspace.dataCentre.apply': 'Use this site',
    'workspace.dataCentre.rooms': 'Server rooms that remain after the migration',
    'workspace.dataCentre.roomsCount': '{{count}} rooms remain (the data centre included), of {{today}} today.',
    'workspace.dataCentre.defaultName': 'New data centre',
    'workspace.dataCentre.error': '{{field}}: {{reason}}',
    'workspace.dataCentre.reason.number': 'give a number',
    'workspace.dataCentre.reason.outside': 'the point {{lat}}, {{lon}} lies outside the region {{region}}',
    'workspace.dataCentre.reason.name': 'give a name',

    'map.legend.dataCentre': 'Data centre',
  },
  sv: {
    'dataset.reason.not-a-member':
      '”{{value}}” kan inte vara medlemskommun (förstudiens siffror saknas): bara medlemmar behåller tjänster',
    'dataset.reason.retained-inactive':
      '”{{value}}” är inte medlem i detta scenario: tjänsterna som kommunen behåller sparas men verkar inte förrän den är medlem igen',
    'dataset.reason.not-a-server-room': 'platsen ”{{value}}” är inget serverrum eller datacenter',

    'roleMapping.blocked.otherMunicipality': 'behålls av en annan kommun, eller tackade nej till övergången',
    'views.figure.companyPlaced': 'Placerade i bolaget',
    'views.figure.retainedPlaced': 'Placerade i tjänster som kommunerna behåller',
    'views.figure.serverRooms': 'Serverrum efter migreringen',
    'views.overview.companyHeadcount': '{{placed}} av bolagets {{positions}} tjänster',
    'views.overview.retainedHeadcount': '{{placed}} av {{positions}} behållna tjänster; de stannar i kommunen',
    'views.overview.retainedMember':
      '{{municipality}}: {{placed}} av {{positions}} ({{redeployed}} som avböjt övergången)',
    'views.overview.serverRooms': '{{remaining}} av dagens {{today}}; datacenter: {{centre}}',
    'views.overview.noDataCentre': 'inte valt',

    'economics.item.retainedStaff': 'Personal i tjänster som kommunerna behåller (var och en betalar sin)',
    'economics.param.serverRoomSekPerYear': 'Serverrum per år',
    'economics.help.serverRoomSekPerYear':
      'Drift av ett serverrum: el, kyla, UPS, skalskydd, lokal. Varje rum som stängs efter migreringen sparar beloppet.',
    'economics.source.serverRoomSekPerYear':
      'Antagande: ett litet kommunalt serverrum, omkring 5–10 kW à omkring 1,50 kr/kWh med kyla, plus serviceavtal och lokal',

    'workspace.retained.heading': 'Det kommunerna behåller',
    'workspace.retained.help':
      'Tjänster som varje medlemskommun behåller själv, till exempel sin beställarfunktion. Bara kommunens egen personal (som då stannar i kommunen och inte går över) eller någon som avböjt övergången kan inneha dem.',
    'workspace.retained.member': '{{municipality}}',
    'workspace.retained.security': 'Säkerhetskänslig drift stannar i kommunen',
    'workspace.retained.securityHelp':
      'Flyttar arbetet i en säkerhetskänslig tjänst i bolaget ({{positions}}) till kommunen, i dess kommunhus.',
    'workspace.retained.takesOver': 'Tar över: {{position}}.',
    'workspace.retained.shared':
      'Delas med {{others}}: fler medlemmar behåller sin drift än det finns säkerhetskänsliga tjänster, så de delar på arbetet (var och en får en kopia; bolaget förlorar tjänsten en gång).',
    'workspace.retained.none': 'Inga egna tjänster.',
    'workspace.retained.title': 'Titel',
    'workspace.retained.function': 'Funktion',
    'workspace.retained.site': 'Arbetsplats',
    'workspace.retained.requirements': 'Krav (kompetens:nivå, …)',
    'workspace.retained.onSiteDays': 'Dagar på plats per vecka',
    'workspace.retained.clearance': 'Kräver säkerhetsprövning',
    'workspace.retained.add': 'Lägg till en tjänst för {{municipality}}',
    'workspace.retained.addOrdering': 'Lägg till en beställarfunktion för {{municipality}}',
    'workspace.retained.remove': 'Ta bort',
    'workspace.retained.removeLabel': 'Ta bort {{title}} i {{municipality}}',
    'workspace.retained.save': 'Spara',
    'workspace.retained.edit': 'Ändra',
    'workspace.retained.editLabel': 'Ändra {{title}} i {{municipality}}',
    'workspace.retained.cancel': 'Avbryt',
    'workspace.retained.defaultTitle': 'IT-beställare (beställarfunktion)',
    'workspace.retained.error': '{{field}}: {{reason}}',
    'workspace.retained.reason.title': 'ange en titel',
    'workspace.retained.reason.requirements': 'skriv varje krav som kompetens:nivå (nivå 1–4), t.ex. architecture:2',
    'workspace.retained.reason.onSiteDays': 'ett tal från 0 till 7',

    'workspace.dataCentre.heading': 'Datacenter',
    'workspace.dataCentre.help':
      'Var infrastrukturens datacenter finns: ett befintligt serverrum eller en ny plats med koordinater. Datacentertjänsterna arbetar på plats där; serverrummen som behålls avgör rummens driftkostnad.',
    'workspace.dataCentre.choice': 'Datacenter',
    'workspace.dataCentre.none': 'Inte valt (dagens serverrum finns kvar)',
    'workspace.dataCentre.existing': 'Ett befintligt serverrum',
    'workspace.dataCentre.new': 'En ny plats',
    'workspace.dataCentre.site': 'Serverrum',
    'workspace.dataCentre.name': 'Den nya platsens namn',
    'workspace.dataCentre.lat': 'Latitud (°N)',
    'workspace.dataCentre.lon': 'Longitud (°Ö)',
    'workspace.dataCentre.apply': 'Använd platsen',
    'workspace.dataCentre.rooms': 'Serverrum som finns kvar efter migreringen',
    'workspace.dataCentre.roomsCount': '{{count}} rum finns kvar (datacentret medräknat), av {{today}} idag.',
    'workspace.dataCentre.defaultName': 'Nytt datacenter',
    'workspace.dataCentre.error': '{{field}}: {{reason}}',
    'workspace.dataCentre.reason.number': 'ange ett tal',
    'workspace.dataCentre.reason.outside': 'punkten {{lat}}, {{lon}} ligger utanför regionen {{region}}',
    'workspace.dataCentre.reason.name': 'ange ett namn',

    'map.legend.dataCentre': 'Datacenter',
  },
} as const;
