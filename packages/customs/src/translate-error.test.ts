import { describe, expect, it } from 'vitest';
import { translateError } from './translate-error.ts';

class LowError extends Error {}
class HighError extends Error {}

describe('translateError', () => {
  it('returns what the read returns', () => {
    expect(
      translateError(
        () => 42,
        LowError,
        (e) => new HighError(e.message),
      ),
    ).toBe(42);
  });

  it('lets an error of the named class out in the caller’s terms, keeping its message', () => {
    const read = () =>
      translateError(
        () => {
          throw new LowError('bad byte at 3');
        },
        LowError,
        (e) => new HighError(`high: ${e.message}`),
      );
    expect(read).toThrow(HighError);
    expect(read).toThrow('high: bad byte at 3');
  });

  it('lets any other error out as it was', () => {
    const other = new TypeError('not a string');
    expect(() =>
      translateError(
        () => {
          throw other;
        },
        LowError,
        (e) => new HighError(e.message),
      ),
    ).toThrow(other);
  });
});
