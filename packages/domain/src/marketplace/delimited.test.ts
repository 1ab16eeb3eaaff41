import { describe, expect, it } from 'vitest';
import { parseDelimited } from './delimited.ts';

describe('parseDelimited', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    expect(parseDelimited('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n\r\n')).toEqual([{ a: 'x, y', b: 'say "hi"\nthere' }]);
    expect(parseDelimited('a\tb\n1\t2')).toEqual([{ a: '1', b: '2' }]);
  });

  it('keeps a CRLF inside a quoted field and reads every row after it', () => {
    const text = '\uFEFFsku,name,notes\r\nJX-1,"Chef knife","blade 20 cm\r\nhandle: oak"\r\nJX-2,Paring knife,\r\n';
    expect(parseDelimited(text)).toEqual([
      { sku: 'JX-1', name: 'Chef knife', notes: 'blade 20 cm\r\nhandle: oak' },
      { sku: 'JX-2', name: 'Paring knife', notes: '' },
    ]);
  });

  it('names columns by the header without the BOM, trims cells and fills short rows', () => {
    const [row] = parseDelimited('\uFEFF sku , price \n  A-1  \n');
    expect(Object.keys(row!)).toEqual(['sku', 'price']);
    expect(row).toEqual({ sku: 'A-1', price: '' });
  });

  it('skips blank lines and reads commas inside a tab-separated report as text', () => {
    expect(parseDelimited('order-id\tbuyer\n\n   \n1\tToledo, S.L.\n')).toEqual([{ 'order-id': '1', buyer: 'Toledo, S.L.' }]);
  });

  it('reads nothing from an empty file', () => {
    expect(parseDelimited('')).toEqual([]);
    expect(parseDelimited('\uFEFF\r\n')).toEqual([]);
  });
});
