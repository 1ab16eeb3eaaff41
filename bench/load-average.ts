import { loadavg } from 'node:os';

/** The 1, 5 and 15 minute load averages as a bench prints them beside its figures ("1.2 0.9 0.7"). */
export const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
