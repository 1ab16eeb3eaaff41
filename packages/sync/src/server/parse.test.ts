import { describe, expect, it } from 'vitest';
import { MAX_PULL_BATCH, MAX_PUSH_ROWS } from '../protocol.ts';
import { SyncError } from './errors.ts';
import { parseBatchSize, parseCheckpoint, parseCollection, parsePushRows } from './parse.ts';

function errorOf(run: () => unknown): SyncError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SyncError);
    return error as SyncError;
  }
  throw new Error('expected a SyncError');
}

const doc = (id = 'doc-1', extra: Record<string, unknown> = {}) => ({ id, _deleted: false, ...extra });

describe('parseCheckpoint', () => {
  it('accepts null forms and a well-formed checkpoint', () => {
    expect(parseCheckpoint(undefined)).toBeNull();
    expect(parseCheckpoint('')).toBeNull();
    expect(parseCheckpoint('null')).toBeNull();
    expect(parseCheckpoint('{"tx":"751","id":"01a2-b_c","platform":"p-1","epoch":"e-2"}')).toEqual({ tx: '751', id: '01a2-b_c', platform: 'p-1', epoch: 'e-2' });
    expect(parseCheckpoint('{"tx":"18446744073709551615","id":"x","platform":"p","epoch":"e"}')).toEqual({ tx: '18446744073709551615', id: 'x', platform: 'p', epoch: 'e' });
  });
  it('accepts a checkpoint from before epochs as a bare cursor (which pull then refuses as another epoch)', () => {
    expect(parseCheckpoint('{"tx":"751","id":"01a2-b_c"}')).toEqual({ tx: '751', id: '01a2-b_c' });
  });

  it.each(['{bad', '{"tx":"abc","id":"x"}', '[]', '{"tx":"1"}', '{"tx":1,"id":"x"}', '{"tx":"1","id":""}', '{"tx":"1","id":"x","more":true}', '{"tx":"1","id":"x","platform":"p"}', '{"tx":"1","id":"x","platform":"p","epoch":7}', '{"tx":"1","id":"x","platform":"p/q","epoch":"e"}', '"1"', '{"tx":"-1","id":"x"}'])(
    'refuses %s as bad_checkpoint (400)',
    (raw) => {
      expect(errorOf(() => parseCheckpoint(raw))).toMatchObject({ status: 400, code: 'bad_checkpoint' });
    },
  );

  // 20 digits can exceed xid8's range (2^64-1).
  it('refuses a tx beyond the 64-bit range', () => {
    expect(errorOf(() => parseCheckpoint('{"tx":"18446744073709551616","id":"x"}'))).toMatchObject({ status: 400, code: 'bad_checkpoint' });
  });
});

describe('parseBatchSize', () => {
  it('defaults to 100 and accepts 1..MAX_PULL_BATCH', () => {
    expect(parseBatchSize(undefined)).toBe(100);
    expect(parseBatchSize('1')).toBe(1);
    expect(parseBatchSize(String(MAX_PULL_BATCH))).toBe(MAX_PULL_BATCH);
  });

  it.each(['0', String(MAX_PULL_BATCH + 1), 'x', '', '2.5', '-3'])('refuses %j', (raw) => {
    expect(errorOf(() => parseBatchSize(raw))).toMatchObject({ status: 400, code: 'bad_batch_size' });
  });
});

describe('parseCollection', () => {
  it('accepts the replicated collections and answers 404 for others, including Object.prototype names', () => {
    expect(parseCollection('products')).toBe('products');
    for (const name of ['users', 'constructor', '__proto__', 'toString', '']) {
      expect(errorOf(() => parseCollection(name))).toMatchObject({ status: 404, code: 'unknown_collection' });
    }
  });
});

describe('parsePushRows', () => {
  it('accepts rows with and without an assumed master state', () => {
    const rows = parsePushRows([{ newDocumentState: doc() }, { assumedMasterState: doc('b'), newDocumentState: doc('b', { x: 1 }) }, { assumedMasterState: null, newDocumentState: doc('c') }]);
    expect(rows).toEqual([{ newDocumentState: doc() }, { assumedMasterState: doc('b'), newDocumentState: doc('b', { x: 1 }) }, { newDocumentState: doc('c') }]);
  });

  it.each<[string, unknown]>([
    ['a body that is not an array', { newDocumentState: doc() }],
    ['a row that is not an object', [42]],
    ['a document without _deleted', [{ newDocumentState: { id: 'a' } }]],
    ['a document with a string _deleted', [{ newDocumentState: { id: 'a', _deleted: 'false' } }]],
    ['an id with a slash', [{ newDocumentState: doc('a/b') }]],
    ['an id of 41 characters', [{ newDocumentState: doc('x'.repeat(41)) }]],
    ['an assumed state of another document', [{ assumedMasterState: doc('a'), newDocumentState: doc('b') }]],
    ['an array as document', [{ newDocumentState: [] }]],
    ['too many rows', Array.from({ length: MAX_PUSH_ROWS + 1 }, (_, i) => ({ newDocumentState: doc(`d${i}`) }))],
  ])('refuses %s as bad_push (400)', (_, body) => {
    expect(errorOf(() => parsePushRows(body))).toMatchObject({ status: 400, code: 'bad_push' });
  });
});
