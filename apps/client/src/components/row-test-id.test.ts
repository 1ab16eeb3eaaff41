import { describe, expect, it } from 'vitest';
import { rowTestId } from './row-test-id.ts';

describe('rowTestId', () => {
  it('gives each table row the test id made from that row', () => {
    const onRow = rowTestId((row: { code: string }) => `directory-row-${row.code}`);
    expect(onRow({ code: 'YJ03' })).toEqual({ 'data-testid': 'directory-row-YJ03' });
    expect(onRow({ code: 'YW11' })).toEqual({ 'data-testid': 'directory-row-YW11' });
  });
});
