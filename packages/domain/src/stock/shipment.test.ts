import { describe, expect, it } from 'vitest';
import { laterStatus } from './shipment.ts';

describe('laterStatus', () => {
  it('moves forward through the inbound stages', () => {
    expect(laterStatus('submitted', 'in_transit')).toBe('in_transit');
    expect(laterStatus('receiving', 'put_away')).toBe('put_away');
  });

  it('never moves back on a stale answer', () => {
    expect(laterStatus('receiving', 'in_transit')).toBe('receiving');
    expect(laterStatus('put_away', 'receiving')).toBe('put_away');
    expect(laterStatus('put_away', 'exception')).toBe('put_away');
  });

  it('takes an exception or a cancellation before put-away, and lets an exception clear only to an end state', () => {
    expect(laterStatus('in_transit', 'exception')).toBe('exception');
    expect(laterStatus('exception', 'receiving')).toBe('exception');
    expect(laterStatus('exception', 'put_away')).toBe('put_away');
    expect(laterStatus('arrived', 'cancelled')).toBe('cancelled');
  });
});
