/** Messages of the hub placement optimiser: error and warning codes with their params. */
export const optimiserMessages = {
  en: {
    'error.invalidOptions': 'The optimiser settings are invalid at "{{path}}" ({{reason}}).',
    'error.invalidP': 'The number of sites p must be a whole number of at least 1 (got {{p}}).',
    'error.siteOutOfRange':
      'Site number {{site}} in {{field}} does not exist (there are {{siteCount}} candidate sites).',
    'error.requiredSiteExcluded': 'Site number {{site}} is both required and excluded.',
    'error.tooManyRequiredSites': '{{required}} sites are required, more than the {{p}} sites to choose.',
    'error.noAllowedSite': 'Every one of the {{siteCount}} candidate sites is excluded.',
    'error.matrixSize': '{{field}} has {{received}} values; {{expected}} were expected.',
    'error.invalidNumber': '{{field}} holds an invalid value at position {{index}}: {{value}}.',
    'error.siteCountMismatch':
      'The hub costs cover {{medianSites}} sites but the service coverage covers {{coverageSites}}.',
    'error.noDemandWeight': 'The {{demandCount}} demand points have no weight, so coverage cannot be measured.',
    'error.capacityTooSmall':
      'The chosen number of sites cannot seat everyone: {{people}} people, {{desks}} desks at best.',
    'error.noFeasibleSetFound':
      'The search found no set of {{setSize}} sites that seats everyone; try the exact method or more sites.',
    'error.cancelled': 'The optimisation was cancelled before it found a solution.',
    'warning.fewerAllowedSitesThanP':
      'Only {{allowed}} sites may be chosen, fewer than p = {{p}}; all of them are used.',
    'warning.allocationNodeLimit':
      'Seating the functions at some site sets hit the search limit; those costs may not be the lowest possible.',
    'warning.cancelled': 'The optimisation was cancelled; this is the best solution found so far.',
    'method.exact': 'exact (every combination checked)',
    'method.heuristic': 'heuristic (best found, not proven optimal)',
    'method.greedy': 'greedy (quick first answer)',
  },
  sv: {
    'error.invalidOptions': 'Optimeringens inställningar är ogiltiga vid "{{path}}" ({{reason}}).',
    'error.invalidP': 'Antalet platser p måste vara ett heltal, minst 1 (fick {{p}}).',
    'error.siteOutOfRange': 'Plats nummer {{site}} i {{field}} finns inte (det finns {{siteCount}} tänkbara platser).',
    'error.requiredSiteExcluded': 'Plats nummer {{site}} är både obligatorisk och utesluten.',
    'error.tooManyRequiredSites': '{{required}} platser är obligatoriska, fler än de {{p}} platser som ska väljas.',
    'error.noAllowedSite': 'Alla {{siteCount}} tänkbara platser är uteslutna.',
    'error.matrixSize': '{{field}} har {{received}} värden; {{expected}} förväntades.',
    'error.invalidNumber': '{{field}} innehåller ett ogiltigt värde på position {{index}}: {{value}}.',
    'error.siteCountMismatch':
      'Hubbarnas restider gäller {{medianSites}} platser men servicetäckningen {{coverageSites}}.',
    'error.noDemandWeight': 'De {{demandCount}} efterfrågepunkterna saknar vikt, så täckningen kan inte mätas.',
    'error.capacityTooSmall':
      'Det valda antalet platser räcker inte till alla: {{people}} personer, högst {{desks}} arbetsplatser.',
    'error.noFeasibleSetFound':
      'Sökningen hittade ingen uppsättning om {{setSize}} platser där alla får plats; prova den exakta metoden eller fler platser.',
    'error.cancelled': 'Optimeringen avbröts innan den hittade en lösning.',
    'warning.fewerAllowedSitesThanP': 'Bara {{allowed}} platser får väljas, färre än p = {{p}}; alla används.',
    'warning.allocationNodeLimit':
      'Placeringen av funktionerna nådde sökgränsen för vissa platsval; de restiderna är kanske inte de lägsta möjliga.',
    'warning.cancelled': 'Optimeringen avbröts; detta är den bästa lösningen hittills.',
    'method.exact': 'exakt (alla kombinationer prövade)',
    'method.heuristic': 'heuristisk (bästa funna, inte bevisat optimal)',
    'method.greedy': 'girig (snabbt första svar)',
  },
} as const;
