/** The three phases of a scan, in order; each runs in a fresh browser context. */
export const PHASES = [
  { id: 'before', label: 'Before any choice' },
  { id: 'reject', label: 'After Reject all' },
  { id: 'accept', label: 'After Accept all' },
];
