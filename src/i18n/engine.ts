/** Messages of the scenario engine: warnings that come back with an evaluation, and CLI errors. */
export const engineMessages = {
  en: {
    'warning.position-without-site':
      'Position {{positionId}} has no site in this scenario: its holder is counted at their site of today.',
    'warning.lock-breaks-rule':
      'The lock of {{personId}} to {{positionId}} breaks a hard rule (clearance or manager eligibility) and is not applied.',
    'warning.lock-conflict':
      'The lock of {{personId}} to {{positionId}} clashes with an earlier lock and is not applied.',
    'warning.stage-without-lock': '{{personId}} is {{stage}} but not locked to a position: treated as proposed.',
    'error.unknownScenario': 'Unknown scenario "{{id}}". Known: {{known}}.',
    'error.scenarioRequired': 'Give --scenario ID or --scenario-file FILE.',
    'error.scenarioFile': '{{file}}: {{line}}',
    'error.scenariosRequired': 'Give --scenarios ID,ID,...',
  },
  sv: {
    'warning.position-without-site':
      'Befattningen {{positionId}} har ingen arbetsplats i scenariot: innehavaren räknas på sin arbetsplats i dag.',
    'warning.lock-breaks-rule':
      'Låsningen av {{personId}} till {{positionId}} bryter en hård regel (säkerhetsprövning eller chefsbehörighet) och tillämpas inte.',
    'warning.lock-conflict':
      'Låsningen av {{personId}} till {{positionId}} krockar med en tidigare låsning och tillämpas inte.',
    'warning.stage-without-lock':
      '{{personId}} har status {{stage}} men är inte låst till en befattning: behandlas som föreslagen.',
    'error.unknownScenario': 'Okänt scenario ”{{id}}”. Kända: {{known}}.',
    'error.scenarioRequired': 'Ange --scenario ID eller --scenario-file FIL.',
    'error.scenarioFile': '{{file}}: {{line}}',
    'error.scenariosRequired': 'Ange --scenarios ID,ID,...',
  },
} as const;
