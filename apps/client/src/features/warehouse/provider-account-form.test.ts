import { describe, expect, it } from 'vitest';
import { accountUpload, formatCodeLines, parseCodeLines } from './provider-account-form.ts';

describe('warehouse account form', () => {
  it('reads the code table it writes, skipping blank lines', () => {
    const codes = { 'wh-us-west': 'USWE', 'TW-001': 'GC-TW-001' };
    expect(parseCodeLines(`${formatCodeLines(codes)}\n\n`)).toEqual({ ok: true, codes });
  });

  it('names the first line that is not `ours = theirs`', () => {
    expect(parseCodeLines('a = b\nno code here\nc = d')).toEqual({ ok: false, line: 2 });
    expect(parseCodeLines('a = b = c')).toEqual({ ok: false, line: 1 });
    expect(parseCodeLines(' = USWE')).toEqual({ ok: false, line: 1 });
  });

  it('sends exactly the credential fields the provider needs, and no ship-from outside FBA', () => {
    const result = accountUpload('goodcang', { credentials: { appKey: 'k', appToken: 't', stray: 'x' }, warehouses: 'wh-1 = USEA', skus: '', shipFrom: { name: 'x' } });
    expect(result).toEqual({ ok: true, upload: { credentials: { appKey: 'k', appToken: 't' }, warehouses: { 'wh-1': 'USEA' }, skus: {} } });
  });

  it('names the SKU table when its line is wrong', () => {
    expect(accountUpload('4px', { credentials: {}, warehouses: 'wh-1 = X', skus: 'TW-1' })).toEqual({ ok: false, field: 'skus', line: 1 });
  });
});
