/**
 * Messages of local service kept, the retention-aware mapping, attrition over the transition,
 * clearance by vetting and external recruitment. Keys are full (`area.key`): they add to the
 * areas whose screens show them (the editor, the assumptions, compare, role mapping).
 */
export const serviceOutcomesMessages = {
  en: {
    // Parameters in the editor
    'workspace.param.coverage.catchmentMinutes': 'Catchment of on-site service (T₀)',
    'workspace.help.coverage.catchmentMinutes':
      'Local service kept: on-site support counts within this many minutes, fading to nothing at it.',
    'workspace.param.coverage.decayBeta': 'Distance decay (β)',
    'workspace.help.coverage.decayBeta':
      'Width of the Gaussian decay: 662 gives weights 0.85 at 10 min, 0.52 at 20 and 0.22 at 30.',
    'workspace.param.assignment.retentionWeight': 'Retention weight (r)',
    'workspace.help.assignment.retentionWeight':
      "A pair's fit counts as fit × (1 − r · probability of leaving); 0 ignores who is likely to stay.",
    'workspace.param.assignment.clearanceRule': 'Security clearance',
    'workspace.help.assignment.clearanceRule':
      'Vetting: an uncleared person may hold a position that requires clearance after a security vetting. Hard: only cleared people.',
    'workspace.clearanceRule.vetting': 'Vetting for the position',
    'workspace.clearanceRule.hard': 'Hard rule (only cleared people)',
    'workspace.param.assignment.vettingCost': 'Cost of a vetting',
    'workspace.help.assignment.vettingCost': 'Score given up when the holder must first be vetted for the position.',
    'workspace.param.assignment.vettingLeadMonths': 'Lead time of a vetting',
    'workspace.help.assignment.vettingLeadMonths': 'Months from the decision until a vetted person may start.',
    'workspace.param.assignment.managerMaxGapLevels': 'Largest gap of a manager',
    'workspace.help.assignment.managerMaxGapLevels':
      'A manager position only for someone whose every gap in its required competences is at most this many levels; 4 switches the rule off.',
    'workspace.param.attrition.annualBaseRate': 'Ordinary turnover per year',
    'workspace.help.attrition.annualBaseRate':
      'Ordinary staff turnover per year: an assumption HR should replace with their own figure.',
    'workspace.param.attrition.transitionYears': 'Length of the transition',
    'workspace.help.attrition.transitionYears':
      'Years over which people may leave: the pre-study’s phases run from spring 2027 to late 2029.',
    'workspace.param.attrition.retirementRate': 'Retirement',
    'workspace.help.attrition.retirementRate':
      'Probability of retiring for someone who reaches the retirement age within the transition (an assumption).',
    'workspace.param.attrition.retirementAge': 'Retirement age',
    'workspace.help.attrition.retirementAge': 'Age at which retirement is counted.',
    'workspace.unit.minutesSquared': 'min²',
    'workspace.unit.months': 'months',
    'workspace.unit.years': 'years',
    // Assumptions panel
    'views.param.coverage.catchmentMinutes': 'T₀: on-site service counts within (min)',
    'views.param.coverage.decayBeta': 'β: width of the distance decay (min²)',
    'views.param.assignment.retentionWeight': 'r: weight of the probability of staying in the fit',
    'views.param.assignment.clearanceRule': 'Security clearance rule',
    'views.param.assignment.vettingCost': 'Score cost of a vetting',
    'views.param.assignment.vettingLeadMonths': 'Lead time of a vetting (months)',
    'views.param.assignment.managerMaxGapLevels': 'Largest gap in a competence a manager may have (levels)',
    'views.param.attrition.annualBaseRate': 'Ordinary turnover per year',
    'views.param.attrition.transitionYears': 'Length of the transition (years)',
    'views.param.attrition.retirementRate': 'Probability of retiring on reaching the retirement age',
    'views.param.attrition.retirementAge': 'Retirement age',
    'views.source.coverage.catchmentMinutes':
      'Modelling choice (docs/service-coverage.md): beyond 45 minutes on-site support is no longer local.',
    'views.source.coverage.decayBeta':
      'E2SFCA zone weights (Luo & Qi 2009) as a continuous Gaussian (Dai 2010); docs/service-coverage.md.',
    'views.source.assignment.retentionWeight':
      'Modelling choice (docs/role-mapping.md): count who is likely to stay; 0 gives the plain fit.',
    'views.source.assignment.clearanceRule':
      'Säkerhetsskyddslagen: security vetting is done for a position, so an uncleared person can be vetted.',
    'views.source.assignment.vettingCost':
      'Assumption: a small cost, so a cleared person is preferred when otherwise equal.',
    'views.source.assignment.vettingLeadMonths': 'Assumption: about three months from decision to a completed vetting.',
    'views.source.assignment.managerMaxGapLevels':
      'Modelling choice (docs/role-mapping.md): a manager must be able to close every gap by training.',
    'views.source.attrition.annualBaseRate':
      'Assumption (docs/retention.md): municipal staff turnover is commonly 5–10 % a year; HR should replace it.',
    'views.source.attrition.transitionYears': 'The pre-study’s phases: spring 2027 to late 2029, about 2.5 years.',
    'views.source.attrition.retirementRate':
      'Assumption (docs/retention.md): half of those who reach the age retire within the transition.',
    'views.source.attrition.retirementAge': 'Assumption: 65, a common retirement age; the pension age rises gradually.',
    // Warnings and issues
    'engine.warning.on-site-share-missing':
      'Function {{functionId}} has no on-site share: the default {{share}} is used.',
    'dataset.reason.position-to-recruit-missing':
      'names position "{{value}}" to recruit externally, which is not among the positions: it is ignored',
    // Compare rows
    'views.figure.expectedRetained': 'Expected people who stay',
    'views.figure.serviceKeptPcs': 'Local service kept (PCs)',
    'views.figure.serviceKeptEmployees': 'Local service kept (employees)',
    'views.figure.awaitingVetting': 'Placements awaiting vetting',
    'views.figure.toRecruit': 'Positions to recruit externally',
    'views.compare.parametersDiffer': 'Parameters differ between the scenarios: {{parameters}}',
    // Role mapping, card, health, overview
    'roleMapping.vetting.flag': 'Security vetting required',
    'roleMapping.vetting.lead': 'Security vetting required ({{months}} months)',
    'roleMapping.leaveProbability': 'Probability of leaving within the transition: {{value}} %',
    'roleMapping.runnerUp.line': 'Runner-up: {{person}} (fit {{fit}}, probability of leaving {{leave}} %).',
    'roleMapping.runnerUp.retention':
      'Retention decided it: without the retention weight the runner-up would score as high.',
    'roleMapping.blocked.managerGap': 'a gap too wide for a manager',
    'roleMapping.status.recruited': 'To recruit externally',
    'roleMapping.position.recruitedNote':
      'This position is to be filled by external recruitment: none of today’s staff is placed on it.',
    'roleMapping.action.recruitInternally': 'Staff from within instead',
    'roleMapping.what.recruitInternally': '{{position}} staffed from within',
    'roleMapping.logAction.recruit-externally': 'recruit externally',
    'roleMapping.logAction.recruit-internally': 'staff from within',
    'views.impact.serviceKeptNote':
      'Local service kept: the on-site support capacity each locality has within reach, against today (1 = all of today’s kept). Supply: placed people’s employment rate × their function’s on-site share (an assumption, data/functions.json); reach fades with travel time to nothing at T₀. Presence within T below is the secondary figure.',
    'views.impact.serviceKeptCaption': 'Local service kept per municipality, and on-site support within reach',
    'views.impact.col.keptPcs': 'Kept (PCs)',
    'views.impact.col.keptEmployees': 'Kept (employees)',
    'views.impact.col.ftePer1000Pcs': 'On-site FTE per 1 000 PCs',
    'views.overview.awaitingVetting': '{{position}}: {{person}}',
    'hubs.health.awaitingVetting': '{{positionId}}: the holder must first pass a security vetting ({{months}} months).',
    'hubs.health.awaitingVettingCount': 'Placements awaiting security vetting: {{count}}.',
  },
  sv: {
    'workspace.param.coverage.catchmentMinutes': 'Upptagningsområde för service på plats (T₀)',
    'workspace.help.coverage.catchmentMinutes':
      'Behållen närservice: stöd på plats räknas inom så här många minuter och klingar av till noll där.',
    'workspace.param.coverage.decayBeta': 'Avståndsavklingning (β)',
    'workspace.help.coverage.decayBeta':
      'Bredden på den gaussiska avklingningen: 662 ger vikterna 0,85 vid 10 min, 0,52 vid 20 och 0,22 vid 30.',
    'workspace.param.assignment.retentionWeight': 'Vikt för kvarstannande (r)',
    'workspace.help.assignment.retentionWeight':
      'Ett pars matchning räknas som matchning × (1 − r · sannolikhet att sluta); 0 bortser från vem som sannolikt stannar.',
    'workspace.param.assignment.clearanceRule': 'Säkerhetsprövning',
    'workspace.help.assignment.clearanceRule':
      'Prövning: den som saknar säkerhetsprövning kan prövas för en befattning som kräver det. Hård: bara prövade personer.',
    'workspace.clearanceRule.vetting': 'Prövning för befattningen',
    'workspace.clearanceRule.hard': 'Hård regel (bara prövade)',
    'workspace.param.assignment.vettingCost': 'Kostnad för en prövning',
    'workspace.help.assignment.vettingCost':
      'Poäng som avstås när innehavaren först måste säkerhetsprövas för befattningen.',
    'workspace.param.assignment.vettingLeadMonths': 'Ledtid för en prövning',
    'workspace.help.assignment.vettingLeadMonths': 'Månader från beslut tills en prövad person kan börja.',
    'workspace.param.assignment.managerMaxGapLevels': 'Största gap för en chef',
    'workspace.help.assignment.managerMaxGapLevels':
      'En chefsbefattning bara för den vars varje gap i befattningens kompetenskrav är högst så här många nivåer; 4 stänger av regeln.',
    'workspace.param.attrition.annualBaseRate': 'Normal personalomsättning per år',
    'workspace.help.attrition.annualBaseRate':
      'Normal personalomsättning per år: ett antagande som HR bör ersätta med sin egen siffra.',
    'workspace.param.attrition.transitionYears': 'Övergångens längd',
    'workspace.help.attrition.transitionYears':
      'År under vilka medarbetare kan sluta: förstudiens faser löper från våren 2027 till slutet av 2029.',
    'workspace.param.attrition.retirementRate': 'Pensionsavgång',
    'workspace.help.attrition.retirementRate':
      'Sannolikheten att gå i pension för den som når pensionsåldern under övergången (ett antagande).',
    'workspace.param.attrition.retirementAge': 'Pensionsålder',
    'workspace.help.attrition.retirementAge': 'Ålder från vilken pensionsavgång räknas.',
    'workspace.unit.minutesSquared': 'min²',
    'workspace.unit.months': 'månader',
    'workspace.unit.years': 'år',
    'views.param.coverage.catchmentMinutes': 'T₀: service på plats räknas inom (min)',
    'views.param.coverage.decayBeta': 'β: avståndsavklingningens bredd (min²)',
    'views.param.assignment.retentionWeight': 'r: vikt för sannolikheten att stanna i matchningen',
    'views.param.assignment.clearanceRule': 'Regel för säkerhetsprövning',
    'views.param.assignment.vettingCost': 'Poängkostnad för en prövning',
    'views.param.assignment.vettingLeadMonths': 'Ledtid för en prövning (månader)',
    'views.param.assignment.managerMaxGapLevels': 'Största kompetensgap en chef får ha (nivåer)',
    'views.param.attrition.annualBaseRate': 'Normal personalomsättning per år',
    'views.param.attrition.transitionYears': 'Övergångens längd (år)',
    'views.param.attrition.retirementRate': 'Sannolikhet att gå i pension vid pensionsåldern',
    'views.param.attrition.retirementAge': 'Pensionsålder',
    'views.source.coverage.catchmentMinutes':
      'Modellval (docs/service-coverage.md): bortom 45 minuter är stöd på plats inte längre lokalt.',
    'views.source.coverage.decayBeta':
      'E2SFCA:s zonvikter (Luo & Qi 2009) som en kontinuerlig gaussisk kurva (Dai 2010); docs/service-coverage.md.',
    'views.source.assignment.retentionWeight':
      'Modellval (docs/role-mapping.md): räkna med vem som sannolikt stannar; 0 ger den rena matchningen.',
    'views.source.assignment.clearanceRule':
      'Säkerhetsskyddslagen: säkerhetsprövning görs för en befattning, så den som inte är prövad kan prövas.',
    'views.source.assignment.vettingCost':
      'Antagande: en liten kostnad, så att en redan prövad person väljs när allt annat är lika.',
    'views.source.assignment.vettingLeadMonths': 'Antagande: omkring tre månader från beslut till genomförd prövning.',
    'views.source.assignment.managerMaxGapLevels':
      'Modellval (docs/role-mapping.md): en chef ska kunna stänga varje gap genom utbildning.',
    'views.source.attrition.annualBaseRate':
      'Antagande (docs/retention.md): kommunal personalomsättning är ofta 5–10 % per år; HR bör ersätta den.',
    'views.source.attrition.transitionYears': 'Förstudiens faser: våren 2027 till slutet av 2029, omkring 2,5 år.',
    'views.source.attrition.retirementRate':
      'Antagande (docs/retention.md): hälften av dem som når åldern går i pension under övergången.',
    'views.source.attrition.retirementAge': 'Antagande: 65, en vanlig pensionsålder; pensionsåldern höjs gradvis.',
    'engine.warning.on-site-share-missing':
      'Funktionen {{functionId}} saknar andel på plats: standardvärdet {{share}} används.',
    'dataset.reason.position-to-recruit-missing':
      'anger befattningen ”{{value}}” för extern rekrytering, men den finns inte bland befattningarna: den ignoreras',
    'views.figure.expectedRetained': 'Förväntat antal som stannar',
    'views.figure.serviceKeptPcs': 'Behållen närservice (datorer)',
    'views.figure.serviceKeptEmployees': 'Behållen närservice (anställda)',
    'views.figure.awaitingVetting': 'Placeringar som väntar på säkerhetsprövning',
    'views.figure.toRecruit': 'Befattningar att rekrytera externt',
    'views.compare.parametersDiffer': 'Parametrarna skiljer sig mellan scenarierna: {{parameters}}',
    'roleMapping.vetting.flag': 'Säkerhetsprövning krävs',
    'roleMapping.vetting.lead': 'Säkerhetsprövning krävs ({{months}} månader)',
    'roleMapping.leaveProbability': 'Sannolikhet att sluta under övergången: {{value}} %',
    'roleMapping.runnerUp.line': 'Tvåa: {{person}} (matchning {{fit}}, sannolikhet att sluta {{leave}} %).',
    'roleMapping.runnerUp.retention':
      'Kvarstannandet avgjorde: utan vikten för kvarstannande hade tvåan fått minst lika hög poäng.',
    'roleMapping.blocked.managerGap': 'för stort gap för en chef',
    'roleMapping.status.recruited': 'Rekryteras externt',
    'roleMapping.position.recruitedNote':
      'Befattningen tillsätts genom extern rekrytering: ingen av dagens medarbetare placeras på den.',
    'roleMapping.action.recruitInternally': 'Bemanna inifrån i stället',
    'roleMapping.what.recruitInternally': '{{position}} bemannas inifrån',
    'roleMapping.logAction.recruit-externally': 'extern rekrytering',
    'roleMapping.logAction.recruit-internally': 'bemannas inifrån',
    'views.impact.serviceKeptNote':
      'Behållen närservice: den kapacitet för stöd på plats som varje ort har inom räckhåll, mot i dag (1 = allt från i dag behålls). Utbud: placerades tjänstgöringsgrad × funktionens andel på plats (ett antagande, data/functions.json); räckvidden avtar med restiden till noll vid T₀. Närvaro inom T nedan är det sekundära måttet.',
    'views.impact.serviceKeptCaption': 'Behållen närservice per kommun, och stöd på plats inom räckhåll',
    'views.impact.col.keptPcs': 'Behållen (datorer)',
    'views.impact.col.keptEmployees': 'Behållen (anställda)',
    'views.impact.col.ftePer1000Pcs': 'Årsarbetare på plats per 1 000 datorer',
    'views.overview.awaitingVetting': '{{position}}: {{person}}',
    'hubs.health.awaitingVetting': '{{positionId}}: innehavaren måste först säkerhetsprövas ({{months}} månader).',
    'hubs.health.awaitingVettingCount': 'Placeringar som väntar på säkerhetsprövning: {{count}}.',
  },
} as const;
