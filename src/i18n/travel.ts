/** Messages of the travel model (docs/travel.md): sources, parameters, warnings and CLI errors. */
export const travelMessages = {
  en: {
    'source.road-graph': 'road graph',
    'source.fallback': 'straight line × factor (fallback)',
    'source.matrix': 'imported matrix',
    'param.model': 'Travel model',
    'param.accessCircuity': 'Access leg: road length over straight line',
    'param.accessSpeedKmh': 'Access leg: average speed (km/h)',
    'param.accessNodeCount': 'Access leg: nearest road nodes considered',
    'param.maxAccessKm': 'Farthest access leg before the fallback is used (km)',
    'param.fallbackCircuity': 'Fallback: road length over straight line',
    'param.fallbackSpeedKmh': 'Fallback: average speed (km/h)',
    'param.fallbackOverheadMinutes': 'Fallback: minutes added to every trip',
    'param.matrixMatchMetres': 'Imported matrix: matching distance for waypoints (m)',
    'warning.place-off-graph':
      '{{id}} is {{nearestKm}} km from the nearest road node (more than {{maxAccessKm}} km): the straight-line fallback is used for it.',
    'warning.matrix-origin-unmatched':
      'No origin of the imported matrix matches {{id}} ({{lat}}, {{lon}}): the travel model is used for it.',
    'warning.matrix-destination-unmatched':
      'No destination of the imported matrix matches {{id}} ({{lat}}, {{lon}}): the travel model is used for it.',
    'warning.matrix-pair-missing':
      'The imported matrix has no time from {{originId}} to {{destinationId}}: the travel model is used for that trip.',
    'warning.matrix-no-distances': 'The imported matrix has no distances: the km come from the travel model.',
    'warning.package-travel-parameters':
      'The package has no travel times for these travel parameters: the times HR computed for the first scenario are used.',
    'error.missingOption': 'Missing --{{option}}.',
    'error.unknownPlace':
      'Unknown place "{{place}}": give a locality name or id (for example Värnamo or varnamo) or "lat,lon".',
    'error.readFile': 'Cannot read {{file}}: {{detail}}',
    'error.invalidRoads': 'The road graph {{file}} is invalid at {{field}}: {{message}}',
    'error.invalidMatrix': 'The travel matrix {{file}} is invalid at {{field}}: {{message}}',
  },
  sv: {
    'source.road-graph': 'vägnät',
    'source.fallback': 'fågelväg × faktor (reservmodell)',
    'source.matrix': 'importerad matris',
    'param.model': 'Restidsmodell',
    'param.accessCircuity': 'Anslutningsresa: väglängd i förhållande till fågelvägen',
    'param.accessSpeedKmh': 'Anslutningsresa: medelhastighet (km/h)',
    'param.accessNodeCount': 'Anslutningsresa: antal närmaste vägnoder som prövas',
    'param.maxAccessKm': 'Längsta anslutningsresa innan reservmodellen används (km)',
    'param.fallbackCircuity': 'Reservmodell: väglängd i förhållande till fågelvägen',
    'param.fallbackSpeedKmh': 'Reservmodell: medelhastighet (km/h)',
    'param.fallbackOverheadMinutes': 'Reservmodell: minuter som läggs till varje resa',
    'param.matrixMatchMetres': 'Importerad matris: största avstånd för att para ihop punkter (m)',
    'warning.place-off-graph':
      '{{id}} ligger {{nearestKm}} km från närmaste vägnod (mer än {{maxAccessKm}} km): reservmodellen (fågelväg) används.',
    'warning.matrix-origin-unmatched':
      'Ingen startpunkt i den importerade matrisen motsvarar {{id}} ({{lat}}, {{lon}}): restidsmodellen används.',
    'warning.matrix-destination-unmatched':
      'Ingen målpunkt i den importerade matrisen motsvarar {{id}} ({{lat}}, {{lon}}): restidsmodellen används.',
    'warning.matrix-pair-missing':
      'Den importerade matrisen saknar restid från {{originId}} till {{destinationId}}: restidsmodellen används för den resan.',
    'warning.matrix-no-distances': 'Den importerade matrisen saknar avstånd: kilometrarna kommer från restidsmodellen.',
    'warning.package-travel-parameters':
      'Paketet saknar restider för dessa restidsparametrar: de restider HR beräknade för det första scenariot används.',
    'error.missingOption': '--{{option}} saknas.',
    'error.unknownPlace':
      'Okänd plats "{{place}}": ange en tätorts namn eller id (till exempel Värnamo eller varnamo) eller "lat,lon".',
    'error.readFile': 'Kan inte läsa {{file}}: {{detail}}',
    'error.invalidRoads': 'Vägnätet {{file}} är ogiltigt vid {{field}}: {{message}}',
    'error.invalidMatrix': 'Restidsmatrisen {{file}} är ogiltig vid {{field}}: {{message}}',
  },
} as const;
