/** Messages of working at scale: on-demand explanations and paged tables (see docs/performance.md). */
export const scaleMessages = {
  en: {
    'candidates.loading': 'Ranking the candidates…',
    'candidates.error': 'The candidates could not be computed.',
    'pager.label': '{{what}}: pages',
    'pager.showing': 'Rows {{from}}–{{to}} of {{total}}',
    'pager.previous': 'Previous rows',
    'pager.next': 'Next rows',
    'hubs.cancel': 'Cancel',
    'hubs.cancelled': 'The suggestion was cancelled; nothing was changed.',
  },
  sv: {
    'candidates.loading': 'Rangordnar kandidaterna…',
    'candidates.error': 'Kandidaterna kunde inte beräknas.',
    'pager.label': '{{what}}: sidor',
    'pager.showing': 'Rad {{from}}–{{to}} av {{total}}',
    'pager.previous': 'Föregående rader',
    'pager.next': 'Nästa rader',
    'hubs.cancel': 'Avbryt',
    'hubs.cancelled': 'Förslaget avbröts; inget ändrades.',
  },
} as const;
