/**
 * The glossary: the technical terms the views use, each with a short explanation in plain
 * language, in both languages. Shown on the glossary panel and, for a term in a view, on hover
 * and keyboard focus (src/ui/glossary/Term.tsx).
 */
export interface GlossaryEntry {
  id: string;
  sv: { term: string; text: string };
  en: { term: string; text: string };
}

export const glossaryEntries: readonly GlossaryEntry[] = [
  {
    id: 'monteCarlo',
    sv: {
      term: 'Monte Carlo-dragningar',
      text: 'Verktyget lottar många tänkbara utfall (vem som slutar och vem som stannar) efter varje persons sannolikhet att sluta, och räknar på alla. Fler dragningar ger stabilare siffror.',
    },
    en: {
      term: 'Monte Carlo draws',
      text: 'The tool draws many possible outcomes (who leaves and who stays) from each person’s probability of leaving, and counts over all of them. More draws give steadier figures.',
    },
  },
  {
    id: 'p10',
    sv: {
      term: '10:e percentilen (9 utfall av 10)',
      text: 'Ett försiktigt värde: i 9 av 10 lottade utfall blir det minst så här många. Bara i vart tionde utfall blir det färre.',
    },
    en: {
      term: '10th percentile (9 outcomes of 10)',
      text: 'A cautious figure: in 9 of 10 drawn outcomes there are at least this many. Only one outcome in ten has fewer.',
    },
  },
  {
    id: 'seed',
    sv: {
      term: 'Startvärde för slumptal (seed)',
      text: 'Ett tal som styr lottningen. Samma startvärde ger exakt samma siffror varje gång, så att resultat kan jämföras och upprepas.',
    },
    en: {
      term: 'Random seed',
      text: 'A number that steers the draws. The same seed gives exactly the same figures every time, so results can be compared and repeated.',
    },
  },
  {
    id: 'pMedian',
    sv: {
      term: 'p-median (kortast pendling)',
      text: 'Ett sätt att välja högst p arbetsplatser så att den sammanlagda restiden för alla blir så kort som möjligt. En plats till används bara om den kortar restiden.',
    },
    en: {
      term: 'p-median (shortest commutes)',
      text: 'A way to choose at most p sites so that everyone’s total travel time is as short as possible. A further site is used only if it shortens it.',
    },
  },
  {
    id: 'coverage',
    sv: {
      term: 'Täckning',
      text: 'Andelen av kommunernas anställda och datorer som en bemannad servicepunkt når inom den angivna tiden.',
    },
    en: {
      term: 'Coverage',
      text: 'The share of the municipalities’ employees and computers that a staffed service point reaches within the set time.',
    },
  },
  {
    id: 'busFactor',
    sv: {
      term: 'Bussfaktor',
      text: 'Hur många som kan en sak. Med färre än två hänger kompetensen på en enda person: blir den sjuk eller slutar finns ingen kvar.',
    },
    en: {
      term: 'Bus factor',
      text: 'How many people know a thing. With fewer than two, the competence hangs on one person: if they fall ill or leave, nobody is left.',
    },
  },
  {
    id: 'las',
    sv: {
      term: 'Turordning (LAS)',
      text: 'Lagens ordning för vem som får behålla en anställning vid arbetsbrist: i regel längst anställningstid först, inom varje turordningskrets.',
    },
    en: {
      term: 'Order of selection (LAS)',
      text: 'The legal order for who keeps a job when there is too little work: as a rule the longest service first, within each selection group.',
    },
  },
  {
    id: 'transfer',
    sv: {
      term: 'Verksamhetsövergång',
      text: 'När en verksamhet går över till en ny arbetsgivare följer de anställda med på sina villkor, om de inte avböjer.',
    },
    en: {
      term: 'Transfer of undertaking',
      text: 'When an operation passes to a new employer, the staff move with it on their terms, unless they decline.',
    },
  },
  {
    id: 'kAnonymity',
    sv: {
      term: 'k-anonymitet',
      text: 'Varje siffra i den fackliga rapporten gäller minst k personer, så att ingen enskild kan pekas ut.',
    },
    en: {
      term: 'k-anonymity',
      text: 'Every figure in the union report covers at least k people, so that no individual can be singled out.',
    },
  },
  {
    id: 'fit',
    sv: {
      term: 'Matchning',
      text: 'Hur väl en persons kompetenser motsvarar befattningens krav, från 0 till 100 %. Ett steg under kravet kostar lite, eftersom det kan utbildas.',
    },
    en: {
      term: 'Fit',
      text: 'How well a person’s competences meet the position’s requirements, from 0 to 100 %. One level short costs little, since it can be trained.',
    },
  },
];

export const glossaryEntry = (id: string): GlossaryEntry | undefined => glossaryEntries.find((e) => e.id === id);
