import { PlatformError } from '@tradewind/contract';
import { describe, expect, it } from 'vitest';
import { assertShallow, checkPushRows, MAX_DEPTH, parseCheckpoint } from './parse.ts';

function errorOf(run: () => unknown): PlatformError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlatformError);
    return error as PlatformError;
  }
  throw new Error('expected a PlatformError');
}

const doc = (id = 'doc-1', extra: Record<string, unknown> = {}) => ({ id, _deleted: false, ...extra });

describe('parseCheckpoint', () => {
  it('accepts null forms and a well-formed checkpoint', () => {
    expect(parseCheckpoint(undefined)).toBeNull();
    expect(parseCheckpoint('')).toBeNull();
    expect(parseCheckpoint('null')).toBeNull();
    expect(parseCheckpoint('{"tx":"751","id":"01a2-b_c"}')).toEqual({ tx: '751', id: '01a2-b_c' });
    expect(parseCheckpoint('{"tx":"18446744073709551615","id":"x"}')).toEqual({ tx: '18446744073709551615', id: 'x' });
  });

  it.each([
    '{bad',
    '{"tx":"abc","id":"x"}',
    '{"tx":"1","id":"a","__proto__":{}}',
    '[]',
    '{"tx":"1"}',
    '{"tx":1,"id":"x"}',
    '{"tx":"1","id":""}',
    '{"tx":"1","id":"x","more":true}',
    '"1"',
    '{"tx":"-1","id":"x"}',
  ])('refuses %s as bad_checkpoint (400)', (raw) => {
    expect(errorOf(() => parseCheckpoint(raw))).toMatchObject({ status: 400, code: 'bad_checkpoint' });
  });

  // 20 digits can exceed xid8's range (2^64-1).
  it('refuses a tx beyond the 64-bit range', () => {
    expect(errorOf(() => parseCheckpoint('{"tx":"18446744073709551616","id":"x"}'))).toMatchObject({ status: 400, code: 'bad_checkpoint' });
  });
});

describe('assertShallow', () => {
  it('refuses nesting past the limit as too_deep (400), before any schema walks it', () => {
    const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });
    expect(() => assertShallow([nested(MAX_DEPTH - 2)])).not.toThrow();
    expect(errorOf(() => assertShallow([nested(MAX_DEPTH + 1)]))).toMatchObject({ status: 400, code: 'too_deep' });
  });
});

describe('checkPushRows', () => {
  it('drops a null assumed state and keeps the rest', () => {
    expect(
      checkPushRows([{ newDocumentState: doc() }, { assumedMasterState: doc('b'), newDocumentState: doc('b', { x: 1 }) }, { assumedMasterState: null as never, newDocumentState: doc('c') }]),
    ).toEqual([{ newDocumentState: doc() }, { assumedMasterState: doc('b'), newDocumentState: doc('b', { x: 1 }) }, { newDocumentState: doc('c') }]);
  });

  it('refuses an assumed state of another document as bad_push (400)', () => {
    expect(errorOf(() => checkPushRows([{ assumedMasterState: doc('a'), newDocumentState: doc('b') }]))).toMatchObject({ status: 400, code: 'bad_push' });
  });
});
