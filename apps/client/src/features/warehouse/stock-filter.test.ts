import { stockOverview } from '@tradewind/domain';
import { aStockRow } from '@tradewind/domain/testing';
import { describe, expect, it } from 'vitest';
import { filterStockLines, indexStockLines, NO_STOCK_FILTER } from './stock-filter.ts';

const now = '2026-11-28T10:00:00.000Z';
const row = (sku: string, warehouse: string, sellable: number) => aStockRow(sku, warehouse, sellable, { asOf: now });
const sales = [{ sku: 'LF-CH8-G10', quantity: 70, at: '2026-11-25T00:00:00.000Z' }];
const lines = indexStockLines(stockOverview([row('LF-KS21-RED', 'winit-uk', 500), row('LF-CH8-G10', 'gc-us-west', 100), row('LF-CH8-G10', 'winit-uk', 0)], [], sales, now));

describe('stock filter', () => {
  it('puts the rows that run out first on top', () => {
    expect(filterStockLines(lines, NO_STOCK_FILTER).map((line) => `${line.warehouse}/${line.sku}`)).toEqual(['winit-uk/LF-CH8-G10', 'gc-us-west/LF-CH8-G10', 'winit-uk/LF-KS21-RED']);
  });

  it('filters by SKU or warehouse text, market and warnings', () => {
    expect(filterStockLines(lines, { ...NO_STOCK_FILTER, text: ' ks21 ' }).map((line) => line.sku)).toEqual(['LF-KS21-RED']);
    expect(filterStockLines(lines, { ...NO_STOCK_FILTER, text: 'GC-US' }).map((line) => line.warehouse)).toEqual(['gc-us-west']);
    expect(filterStockLines(lines, { ...NO_STOCK_FILTER, market: 'US' }).map((line) => line.warehouse)).toEqual(['gc-us-west']);
    expect(filterStockLines(lines, { ...NO_STOCK_FILTER, warningsOnly: true }).map((line) => line.warning)).toEqual(['stock_out', 'low_cover']);
  });
});
