/** Texts of the economics: the Ekonomi view, its warnings and refusals (docs/economics.md). */
export const economicsMessages = {
  en: {
    'error.financing': '--financing must be one of {{allowed}} (got "{{value}}").',
    'issue.line': 'economics, field {{field}}: {{reason}}',
    'issue.key-sums-to-zero': 'the key "{{key}}" sums to zero over the members, so no shares can be computed',
    'issue.use-sums-to-zero': 'the members\' PCs, servers and network devices priced at the unit costs sum to zero, so no use shares can be computed',
    'warning.economics-defaults': 'The dataset has no economics inputs (economics.json): the default assumptions apply.',
    'warning.salaries-estimated': '{{count}} people have no salary: the median salary of their title is assumed.',
    'warning.baseline': 'Today (the baseline) has no company: its cost is the members\' own operations.',
  },
  sv: {
    'error.financing': '--financing måste vara en av {{allowed}} (fick ”{{value}}”).',
    'issue.line': 'ekonomi, fält {{field}}: {{reason}}',
    'issue.key-sums-to-zero': 'nyckeln ”{{key}}” summerar till noll över medlemmarna, så inga andelar kan räknas ut',
    'issue.use-sums-to-zero': 'medlemmarnas datorer, servrar och nätverksenheter prissatta med styckkostnaderna summerar till noll, så inga andelar efter användning kan räknas ut',
    'warning.economics-defaults': 'Datamängden saknar ekonomiska indata (economics.json): standardantagandena gäller.',
    'warning.salaries-estimated': '{{count}} personer saknar lön: medianlönen för deras titel antas.',
    'warning.baseline': 'Idag (utgångsläget) har inget bolag: kostnaden är medlemmarnas egen drift.',
  },
};
