import type { FastifyInstance } from 'fastify';
import { SYNC_STREAM_EVENT, type ChangeEvent } from '@tradewind/sync';
import { parseBatchSize, parseCheckpoint, parseCollection, parsePushRows, pull, push, SyncError, type SyncStore } from '@tradewind/sync/server';
import { authenticate } from '../auth/routes.ts';
import type { TokenSigner } from '../auth/tokens.ts';

const HEARTBEAT_MS = 25_000;

/** The replication endpoints (DESIGN §6). The tenant always comes from the token. */
export function registerSyncRoutes(app: FastifyInstance, store: SyncStore, signer: TokenSigner): void {
  app.register(async (sync) => {
    sync.addHook('onRequest', async (request) => {
      const caller = await authenticate(request, signer);
      if (!caller.tenantId) throw new SyncError(403, 'no_tenant', 'This account has no merchant data to replicate');
      request.caller = caller;
    });
    const tenantOf = (request: { caller?: { tenantId: string | null } }) => request.caller!.tenantId!;

    sync.get<{ Params: { collection: string }; Querystring: { checkpoint?: string; batchSize?: string } }>('/api/sync/:collection/pull', async (request) => {
      const collection = parseCollection(request.params.collection);
      return pull(store, tenantOf(request), collection, parseCheckpoint(request.query.checkpoint), parseBatchSize(request.query.batchSize));
    });

    sync.post<{ Params: { collection: string } }>('/api/sync/:collection/push', async (request) => {
      const collection = parseCollection(request.params.collection);
      return push(store, tenantOf(request), collection, parsePushRows(request.body));
    });

    sync.get('/api/sync/stream', (request, reply) => {
      const tenantId = tenantOf(request);
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
        if (change.tenantId === tenantId) send({ collection: change.collection });
      });
      const heartbeat = setInterval(() => reply.raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    });
  });
}
