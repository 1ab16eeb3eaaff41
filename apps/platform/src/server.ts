import { existsSync } from 'node:fs';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuthRoutes } from './auth/routes.ts';
import { createSessions } from './auth/sessions.ts';
import { createTokenSigner, loadSigningKey } from './auth/tokens.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { installErrorHandling, installNotFound } from './http-errors.ts';
import { seedDemoPark } from './seed/demo-park.ts';
import { createSqlSyncStore } from './sync/sql-sync-store.ts';
import { registerSyncRoutes } from './sync/routes.ts';

export const VERSION = '0.1.0';

export interface PlatformOptions {
  db: Database;
  /** Built merchant app to serve at `/` (apps/client/dist), if present. */
  clientDir?: string;
  seedDemo?: boolean;
  /** Fastify/pino logging: off by default (tests), a level for the running platform. */
  logger?: false | { level: string };
}

/** Builds the platform on an open database: migrations, demo seed, routes. */
export async function createPlatform({ db, clientDir, seedDemo = true, logger = false }: PlatformOptions): Promise<FastifyInstance> {
  await migrate(db);
  const store = createSqlSyncStore(db);
  await store.start();
  if (seedDemo) await seedDemoPark(db, store);
  const signer = createTokenSigner(await loadSigningKey(db));

  const app = Fastify({ logger, forceCloseConnections: true, bodyLimit: 5 * 1024 * 1024 });
  installErrorHandling(app);
  await app.register(cors, { origin: true, methods: ['GET', 'POST'] });
  app.addHook('onClose', () => store.stop());

  app.get('/api/health', async () => ({ status: 'ok', database: db.kind, version: VERSION }));
  registerAuthRoutes(app, createSessions(db, signer));
  registerSyncRoutes(app, store, signer);

  const serveClient = Boolean(clientDir && existsSync(clientDir));
  if (serveClient) await app.register(fastifyStatic, { root: clientDir!, wildcard: false });
  installNotFound(app, serveClient);
  return app;
}
