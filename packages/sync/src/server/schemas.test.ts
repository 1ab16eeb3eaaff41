import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { MAX_PULL_BATCH, MAX_PUSH_ROWS } from '../protocol.ts';
import { collectionParamsSchema, pullQuerySchema, pushBodySchema } from './schemas.ts';

// As the platform compiles them: bodies without coercion, query and params with Fastify's defaults.
const strict = new Ajv();
const fastifyDefaults = new Ajv({ coerceTypes: 'array', useDefaults: true });
const validPush = strict.compile(pushBodySchema);
const validQuery = fastifyDefaults.compile(pullQuerySchema);
const validParams = fastifyDefaults.compile(collectionParamsSchema);

const doc = (id = 'doc-1', extra: Record<string, unknown> = {}) => ({ id, _deleted: false, ...extra });

describe('push body schema', () => {
  it('accepts rows with and without an assumed master state', () => {
    expect(validPush([{ newDocumentState: doc() }, { assumedMasterState: doc('b'), newDocumentState: doc('b', { x: 1 }) }, { assumedMasterState: null, newDocumentState: doc('c') }])).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a body that is not an array', { newDocumentState: doc() }],
    ['a body that is text', '[]'],
    ['a row that is not an object', [42]],
    ['a document without _deleted', [{ newDocumentState: { id: 'a' } }]],
    ['a document with a string _deleted', [{ newDocumentState: { id: 'a', _deleted: 'false' } }]],
    ['a numeric id', [{ newDocumentState: { id: 7, _deleted: false } }]],
    ['an id with a slash', [{ newDocumentState: doc('a/b') }]],
    ['an id of 41 characters', [{ newDocumentState: doc('x'.repeat(41)) }]],
    ['an array as document', [{ newDocumentState: [] }]],
    ['a row without a new state', [{ assumedMasterState: null }]],
    ['too many rows', Array.from({ length: MAX_PUSH_ROWS + 1 }, (_, i) => ({ newDocumentState: doc(`d${i}`) }))],
  ])('refuses %s', (_, body) => {
    expect(validPush(body)).toBe(false);
  });
});

describe('pull query schema', () => {
  it('defaults the batch size to 100 and accepts 1..MAX_PULL_BATCH', () => {
    const query: Record<string, unknown> = {};
    expect(validQuery(query)).toBe(true);
    expect(query.batchSize).toBe(100);
    expect(validQuery({ batchSize: String(MAX_PULL_BATCH) })).toBe(true);
  });

  it.each(['0', String(MAX_PULL_BATCH + 1), 'x', '2.5', '-3', '1e9', ['1', '2']])('refuses batch size %j', (batchSize) => {
    expect(validQuery({ batchSize })).toBe(false);
  });

  it('refuses a checkpoint given twice', () => {
    expect(validQuery({ checkpoint: ['null', '{"tx":"1","id":"a"}'] })).toBe(false);
  });
});

describe('collection params schema', () => {
  it('accepts the replicated collections only, including against Object.prototype names', () => {
    expect(validParams({ collection: 'products' })).toBe(true);
    for (const collection of ['users', 'constructor', '__proto__', 'toString', '']) expect(validParams({ collection })).toBe(false);
  });
});
