import { describe, expect, it } from 'vitest';
import { benchList, benchSettings, knobVariable } from './settings.ts';

describe('bench settings', () => {
  it('names each knob BENCH_ + its name in upper snake case', () => {
    expect(knobVariable('liveWriteEveryMs')).toBe('BENCH_LIVE_WRITE_EVERY_MS');
    expect(knobVariable('docs')).toBe('BENCH_DOCS');
  });

  it('reads what the environment sets and keeps the default for the rest', () => {
    expect(benchSettings({ merchants: 2_000, orders: 1_000_000 }, { BENCH_ORDERS: '5000' })).toEqual({ merchants: 2_000, orders: 5_000 });
    expect(benchSettings({ runs: 20 }, { BENCH_RUNS: '' })).toEqual({ runs: 20 });
  });

  it('stops on a value that is not a positive number, naming the variable', () => {
    expect(() => benchSettings({ orders: 10 }, { BENCH_ORDERS: '1e6x' })).toThrow('BENCH_ORDERS must be a positive number, not "1e6x"');
    expect(() => benchSettings({ orders: 10 }, { BENCH_ORDERS: '-1' })).toThrow('BENCH_ORDERS must be a positive number');
  });

  it('reads a list knob split at commas', () => {
    expect(benchList('clients', ['node', 'browser'], { BENCH_CLIENTS: 'browser' })).toEqual(['browser']);
    expect(benchList('clients', ['node', 'browser'], {})).toEqual(['node', 'browser']);
  });
});
