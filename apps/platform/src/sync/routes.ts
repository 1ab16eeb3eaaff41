import type { FastifyInstance } from 'fastify';
import { PlatformError } from '@tradewind/contract';
import { hasMerchantData, type CollectionName } from '@tradewind/domain';
import { REVISIONS_PARAM, SYNC_STREAM_EVENT, type ChangeEvent } from '@tradewind/sync';
import {
  assertShallow,
  checkPushRows,
  checkSchemaVersion,
  collectionParamsSchema,
  parseCheckpoint,
  pull,
  pullQuerySchema,
  push,
  pushBodySchema,
  type PushRow,
  type SyncEpoch,
  type SyncStore,
} from '@tradewind/sync/server';
import type { Devices } from '../auth/devices.ts';
import type { Authenticate } from '../auth/routes.ts';
import type { Caller } from '../auth/tokens.ts';
import { perMinute } from '../rate-limit.ts';
import { installPullCompression, PULL_COMPRESSION } from './compression.ts';
import { createDeviceBudget, pushCost } from './device-budget.ts';
import { replicationInputError, strictValidator } from './validation.ts';

const HEARTBEAT_MS = 25_000;
const MAX_STREAMS_PER_DEVICE = 3;
/** A first sync of a large catalogue pushes in batches of 100; this leaves room for that, not for a flood. */
const PUSHES_PER_MINUTE_PER_DEVICE = 600;
/** Bytes (and COST_PER_DOCUMENT per document) a device may push per minute: a large first sync takes a few minutes, a flood of refused documents is stopped. */
const PUSH_COST_PER_MINUTE_PER_DEVICE = 24_000_000;

export interface SyncLimits {
  pushCostPerMinute?: number;
}

/** The replication endpoints (docs/architecture.md, Platform contract). The tenant always comes from the token. */
export function registerSyncRoutes(app: FastifyInstance, store: SyncStore, epoch: SyncEpoch, authenticate: Authenticate, devices: Devices, limits: SyncLimits = {}): void {
  const budget = createDeviceBudget({ perWindow: limits.pushCostPerMinute ?? PUSH_COST_PER_MINUTE_PER_DEVICE, windowMs: 60_000 });
  const pushLimit = perMinute(PUSHES_PER_MINUTE_PER_DEVICE, (request) => request.caller!.deviceId, 'rate_limited', 'Too many pushes from this device');
  const openStreams = new Map<string, Set<() => void>>();
  void devices.onRevoked((deviceId) => openStreams.get(deviceId)?.forEach((close) => close()));

  app.register(async (sync) => {
    await installPullCompression(sync);
    sync.addHook('onRequest', async (request) => {
      const caller = await authenticate(request);
      if (!caller.tenantId || !hasMerchantData(caller.role)) throw new PlatformError(403, 'no_tenant', 'This account has no merchant data to replicate');
    });
    const callerOf = (request: { caller?: Caller }) => ({ ...request.caller!, tenantId: request.caller!.tenantId! });

    // A device that works with revisions asks for them (`revisions=1`); an older app gets documents as before.
    const wantsRevisions = (query: { [REVISIONS_PARAM]?: string }) => query[REVISIONS_PARAM] === '1';

    sync.get<{ Params: { collection: CollectionName }; Querystring: { checkpoint?: string; batchSize: number; schemaVersion?: string; revisions?: string } }>(
      '/api/sync/:collection/pull',
      { schema: { params: collectionParamsSchema, querystring: pullQuerySchema }, schemaErrorFormatter: replicationInputError, compress: PULL_COMPRESSION },
      async (request) => {
        checkSchemaVersion(request.params.collection, request.query.schemaVersion);
        return pull(store, epoch, callerOf(request).tenantId, request.params.collection, parseCheckpoint(request.query.checkpoint), request.query.batchSize, wantsRevisions(request.query));
      },
    );

    sync.post<{ Params: { collection: CollectionName }; Querystring: { schemaVersion?: string; revisions?: string }; Body: PushRow[] }>(
      '/api/sync/:collection/push',
      {
        schema: { params: collectionParamsSchema, body: pushBodySchema },
        validatorCompiler: strictValidator,
        schemaErrorFormatter: replicationInputError,
        // Cheap checks before expensive ones: the budget before the nesting walk and validation.
        preValidation: async (request) => {
          const bytes = Number(request.headers['content-length']) || JSON.stringify(request.body ?? null).length;
          budget.charge(request.caller!.deviceId, pushCost(bytes, Array.isArray(request.body) ? request.body.length : 0));
          assertShallow(request.body);
        },
        config: pushLimit,
      },
      async (request) => {
        const caller = callerOf(request);
        checkSchemaVersion(request.params.collection, request.query.schemaVersion);
        return push(store, caller, request.params.collection, checkPushRows(request.body), wantsRevisions(request.query) ? epoch : null);
      },
    );

    sync.get('/api/sync/stream', (request, reply) => {
      const { tenantId, deviceId, expiresAt } = callerOf(request);
      reply.hijack();
      reply.raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      reply.raw.write(': connected\n\n');
      const send = (event: ChangeEvent) => reply.raw.write(`event: ${SYNC_STREAM_EVENT}\ndata: ${JSON.stringify(event)}\n\n`);
      const unsubscribe = store.onChange((change) => {
        // The pushing device already holds what it pushed: no echo pull.
        if (change.tenantId === tenantId && change.origin !== deviceId) send({ collection: change.collection });
      });
      const heartbeat = setInterval(() => reply.raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
      // A revoked device loses its stream at once, and every stream ends with its token: reconnecting
      // needs a valid one. A device keeps a few streams (tabs, a reconnect racing a half-open one); a
      // new one beyond that closes its oldest.
      const close = () => reply.raw.end();
      const expiry = setTimeout(close, Math.max(0, (expiresAt ?? 0) * 1000 - Date.now()));
      const streams = openStreams.get(deviceId) ?? new Set();
      openStreams.set(deviceId, streams.add(close));
      if (streams.size > MAX_STREAMS_PER_DEVICE) [...streams][0]!();
      request.raw.on('close', () => {
        clearTimeout(expiry);
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(close);
        if (streams.size === 0) openStreams.delete(deviceId);
      });
    });
  });
}
