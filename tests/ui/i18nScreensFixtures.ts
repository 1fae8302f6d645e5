import type { DecisionLogEntry } from '../../src/schema/decisionLogEntry';

/** One logged decision of each kind a user makes, as the role mapping and the map write them. */
export const roleDecisionEntries: DecisionLogEntry[] = [
  { at: '2027-03-01T10:00:00+01:00', role: 'hr', action: 'lock', personId: 'p001', positionId: 'pos-01', detail: 'assign', reason: 'Samtal' },
  { at: '2027-03-01T10:01:00+01:00', role: 'hr', action: 'unlock', personId: 'p001', positionId: 'pos-01', detail: 'proposed', reason: 'Samtal' },
  { at: '2027-03-01T10:02:00+01:00', role: 'hr', action: 'stage', personId: 'p002', detail: 'slated', reason: 'Samtal' },
  { at: '2027-03-01T10:03:00+01:00', role: 'hr', action: 'exclude', personId: 'p003', detail: 'all', reason: 'Samtal' },
  { at: '2027-03-01T10:04:00+01:00', role: 'hr', action: 'site-role', siteId: 'varnamo-stadshus', detail: 'head-office', reason: 'Karta' },
  { at: '2027-03-01T10:05:00+01:00', role: 'hr', action: 'site-role', siteId: 'gnosjo-kommunhus', detail: 'service-point:gnosjo', reason: 'Karta' },
  { at: '2027-03-01T10:06:00+01:00', role: 'hr', action: 'las-exemption', personId: 'p004', detail: 'exempt', reason: 'Nyckelperson' },
  { at: '2027-03-01T10:07:00+01:00', role: 'hr', action: 'lock', personId: 'p005', positionId: 'pos-02', detail: 'swap:p006', reason: 'Byte' },
];
