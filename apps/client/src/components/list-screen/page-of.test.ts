import { describe, expect, it } from 'vitest';
import { pageOf } from './page-of.ts';

const rows = Array.from({ length: 120 }, (_, index) => index);

describe('pageOf', () => {
  it('gives the rows of the page asked for', () => {
    expect(pageOf(rows, 2)).toEqual({ current: 2, rows: rows.slice(50, 100) });
    expect(pageOf(rows, 3).rows).toEqual(rows.slice(100));
  });

  it('falls back to the last page when the list shrank under the one being read', () => {
    expect(pageOf(rows.slice(0, 60), 3)).toEqual({ current: 2, rows: rows.slice(50, 60) });
  });

  it('is page 1 of nothing for an empty list', () => {
    expect(pageOf([], 4)).toEqual({ current: 1, rows: [] });
  });
});
