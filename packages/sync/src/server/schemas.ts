import { COLLECTION_NAMES } from '@tradewind/domain';
import { MAX_PULL_BATCH, MAX_PUSH_ROWS } from '../protocol.ts';

/**
 * The replication endpoints' input as JSON schemas; the platform validates requests with them
 * (Fastify route schemas; push bodies without type coercion). What a schema cannot say — the
 * nesting depth, a checkpoint's JSON inside the query, both states naming one document — is
 * checked in parse.ts.
 */
export const DOCUMENT_ID_PATTERN = '^[A-Za-z0-9_-]{1,40}$';

const replicatedDoc = {
  type: 'object',
  required: ['id', '_deleted'],
  properties: { id: { type: 'string', pattern: DOCUMENT_ID_PATTERN }, _deleted: { type: 'boolean' } },
} as const;

export const collectionParamsSchema = {
  type: 'object',
  required: ['collection'],
  properties: { collection: { type: 'string', enum: COLLECTION_NAMES } },
} as const;

export const pullQuerySchema = {
  type: 'object',
  properties: {
    checkpoint: { type: 'string' },
    batchSize: { type: 'integer', minimum: 1, maximum: MAX_PULL_BATCH, default: 100 },
  },
} as const;

export const pushBodySchema = {
  type: 'array',
  maxItems: MAX_PUSH_ROWS,
  items: {
    type: 'object',
    required: ['newDocumentState'],
    properties: { newDocumentState: replicatedDoc, assumedMasterState: { anyOf: [{ type: 'null' }, replicatedDoc] } },
  },
} as const;

/** How a request part that fails its schema is answered: status, error code, message. */
export const INVALID_INPUT = {
  params: { status: 404, code: 'unknown_collection', message: 'Unknown collection' },
  checkpoint: { status: 400, code: 'bad_checkpoint', message: 'Checkpoint must be null or {"tx":"<digits>","id":"<document id>","platform":"<id>","epoch":"<id>"}' },
  batchSize: { status: 400, code: 'bad_batch_size', message: `batchSize must be an integer from 1 to ${MAX_PULL_BATCH}` },
  body: { status: 400, code: 'bad_push', message: `A push is an array of at most ${MAX_PUSH_ROWS} rows {assumedMasterState?, newDocumentState}, each document with an id and a boolean _deleted` },
} as const;
