import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckCharacter } from './uscc.ts';

describe('USCC (统一社会信用代码)', () => {
  it('accepts published valid codes', () => {
    expect(isValidUscc('91110000600037341L')).toBe(true);
    expect(isValidUscc('91440783714753661E')).toBe(true);
  });

  it('rejects a wrong check character, wrong length, letters I/O/S/V/Z and letters in positions 3–8', () => {
    expect(isValidUscc('91110000600037341X')).toBe(false);
    expect(isValidUscc('91110000600037341')).toBe(false);
    expect(isValidUscc('9111000060003734IL')).toBe(false);
    expect(isValidUscc('911A0000600037341L')).toBe(false);
  });

  it('computes the check character from the first 17', () => {
    expect(usccCheckCharacter('91110000600037341')).toBe('L');
  });
});
