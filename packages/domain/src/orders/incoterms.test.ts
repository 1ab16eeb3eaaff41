import { describe, expect, it } from 'vitest';
import { defaultIncotermPlace, incotermPlaceKind, incotermWithPlace } from './incoterms.ts';

describe('an Incoterm with its named place', () => {
  it('names the port of loading for FOB and EXW, the destination for CIF and DDP', () => {
    expect(['EXW', 'FOB', 'CIF', 'DDP'].map((term) => incotermPlaceKind(term as never))).toEqual(['loading', 'loading', 'destination', 'destination']);
  });

  it('starts FOB at the merchant’s first port of loading and leaves the buyer’s destination to be named', () => {
    expect(defaultIncotermPlace('FOB', ['Yangjiang', 'Shenzhen (Yantian)'])).toBe('Yangjiang');
    expect(defaultIncotermPlace('CIF', ['Yangjiang'])).toBe('');
    expect(defaultIncotermPlace('FOB')).toBe('');
  });

  it('writes the term as a contract does', () => {
    expect(incotermWithPlace({ incoterm: 'CIF', incotermPlace: ' Hamburg ' })).toBe('CIF Hamburg');
    expect(incotermWithPlace({ incoterm: 'FOB' })).toBe('FOB');
  });
});
