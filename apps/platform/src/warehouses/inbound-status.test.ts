import { describe, expect, it } from 'vitest';
import { inboundStatuses } from './inbound-status.ts';

describe('inboundStatuses', () => {
  const status = inboundStatuses({ submitted: ['OD', 'WORKING'], put_away: [5] });

  it('reads each code as the status it is grouped under, numbers as their text', () => {
    expect(status('WORKING')).toBe('submitted');
    expect(status(5)).toBe('put_away');
    expect(status('5')).toBe('put_away');
  });

  it('reads a code it does not know as an exception', () => {
    expect(status('NEW_CODE')).toBe('exception');
  });

  it('refuses a table that gives one code two meanings', () => {
    expect(() => inboundStatuses({ submitted: ['OD'], cancelled: ['OD'] })).toThrow('status code OD is listed as submitted and as cancelled');
  });
});
