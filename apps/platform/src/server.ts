import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { HealthResponse } from '@tradewind/contract';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuditRoutes } from './audit/routes.ts';
import { registerDeviceRoutes } from './auth/device-routes.ts';
import { createDevices } from './auth/devices.ts';
import { createAuthenticator, registerAuthRoutes } from './auth/routes.ts';
import { createSessions } from './auth/sessions.ts';
import { createTokenSigner, loadSigningKey } from './auth/tokens.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { installErrorHandling, installNotFound } from './http-errors.ts';
import { customsPipeline, enqueueSubmittedFilings } from './customs/pipeline.ts';
import { createCustomsGateway, type GatewayConfig } from './customs/gateways/registry.ts';
import { registerCustomsRoutes } from './customs/routes.ts';
import { createImageBlobStore } from './images/blob-store.ts';
import { startJobWorker, type JobHandler } from './jobs/index.ts';
import { enqueueProformaEmails } from './mail/pipeline.ts';
import { PROFORMA_EMAIL_JOB, proformaEmailJob } from './mail/proforma-email-job.ts';
import { proformaRenderer } from './mail/proforma-pdf.tsx';
import { createMailTransport, type MailConfig } from './mail/registry.ts';
import { registerImageRoutes } from './images/routes.ts';
import { registerParkConsoleRoutes } from './park/console/routes.ts';
import { registerParkMerchantRoutes } from './park/console-routes.ts';
import { registerMerchantIdentityRoutes } from './park/merchant-identity.ts';
import { installRateLimits } from './rate-limit.ts';
import { registerRatesRoutes } from './rates/routes.ts';
import { createSecretStore } from './secrets/store.ts';
import { seedDemoPark } from './seed/demo-park.ts';
import { createSqlSyncStore } from './sync/sql-sync-store.ts';
import { registerSyncRoutes } from './sync/routes.ts';
import { DESKTOP_ORIGIN, installSecurityHeaders } from './security-headers.ts';
import { openSyncEpoch } from './sync/sync-epoch.ts';
import { endpointsUnder } from './warehouses/accounts.ts';
import { registerWarehouseRoutes } from './warehouses/routes.ts';
import { enqueueAccountSync, enqueueNewShipments, startSyncSchedule } from './warehouses/sync/schedule.ts';
import { WAREHOUSE_SYNC_JOB, warehouseSyncJob } from './warehouses/sync/sync-job.ts';

export const VERSION = '0.1.0';

export interface PlatformOptions {
  db: Database;
  /** Built merchant app to serve at `/` (apps/client/dist), if present. */
  clientDir?: string;
  seedDemo?: boolean;
  /** Fastify/pino logging: off by default (tests), a level for the running platform. */
  logger?: false | { level: string };
  /** Days a device may work offline before a fresh online login (default 14). */
  offlineDays?: number;
  /** Origins other than the platform's own that may call it from a browser (default: the desktop app). */
  allowedOrigins?: readonly (string | RegExp)[];
  /** The key sealing stored credentials (src/secrets/key.ts); without one, a key for this run only (tests). */
  secretsKey?: Buffer;
  /** The park's customs gateway; without one, submitted declarations wait in the job queue. */
  customsGateway?: GatewayConfig;
  /** Where the warehouse providers' APIs are (one root: the simulator's); without it, nothing syncs and ASNs wait in the queue. */
  warehouseApi?: string;
  /** How often each provider account's stock and inbound orders are synced (default 5 minutes); per provider call timeout. */
  warehouseSync?: { intervalMs?: number; timeoutMs?: number };
  /** How often receipts are fetched (default 5 s). */
  receiptPollMs?: number;
  /** The job worker's poll interval, first and longest retry delay, and lease (default 1 s, 1 s, 10 minutes, 1 minute). */
  jobs?: { pollMs?: number; backoffBaseMs?: number; backoffMaxMs?: number; leaseMs?: number };
  /** The park's mail service for proformas e-mailed to buyers; without one, such requests fail with a notice. */
  mail?: MailConfig;
  /** The Chromium that prints e-mailed proformas (default /usr/bin/chromium). */
  chromiumPath?: string;
  /** The data were restored from a backup: devices must sync again from the start. */
  newSyncEpoch?: boolean;
  /** What one device may push per minute, in bytes plus a cost per document (default 24 MB). */
  pushCostPerMinute?: number;
}

/** Builds the platform on an open database: migrations, demo seed, routes. */
export async function createPlatform(options: PlatformOptions): Promise<FastifyInstance> {
  const { db, clientDir, seedDemo = true, logger = false, offlineDays = 14, allowedOrigins = [DESKTOP_ORIGIN], newSyncEpoch = false } = options;
  await migrate(db);
  const epoch = await openSyncEpoch(db, { newEpoch: newSyncEpoch });
  const store = createSqlSyncStore(db, async (...write) => {
    await enqueueSubmittedFilings(...write);
    await enqueueNewShipments(...write);
    await enqueueProformaEmails(...write);
  });
  await store.start();
  const secrets = createSecretStore(options.secretsKey ?? randomBytes(32));
  if (seedDemo && (await seedDemoPark(db, store, secrets))) await db.query('ANALYZE');
  const signer = createTokenSigner(await loadSigningKey(db));

  const app = Fastify({ logger, forceCloseConnections: true, bodyLimit: 5 * 1024 * 1024 });
  installErrorHandling(app);
  await installSecurityHeaders(app, allowedOrigins);
  app.addHook('onClose', async () => {
    await store.stop();
    await epoch.markCleanStop();
  });

  const handlers: Record<string, JobHandler> = {};
  if (options.customsGateway) {
    const customs = customsPipeline(db, secrets, createCustomsGateway(options.customsGateway), {
      receiptPollMs: options.receiptPollMs ?? 5_000,
      onError: (error) => app.log.warn({ err: error }, 'customs receipts'),
    });
    Object.assign(handlers, customs.handlers);
    app.addHook('onClose', () => customs.receipts.stop());
  }
  if (options.warehouseApi) {
    handlers[WAREHOUSE_SYNC_JOB] = warehouseSyncJob(db, secrets, { endpoints: endpointsUnder(options.warehouseApi), timeoutMs: options.warehouseSync?.timeoutMs });
    const schedule = startSyncSchedule(db, options.warehouseSync?.intervalMs ?? 300_000, (error) => app.log.warn({ err: error }, 'warehouse sync schedule'));
    app.addHook('onClose', async () => schedule.stop());
  }
  const mail = options.mail && { transport: createMailTransport(options.mail), from: options.mail.from };
  const renderer = proformaRenderer(options.chromiumPath ?? '/usr/bin/chromium');
  handlers[PROFORMA_EMAIL_JOB] = proformaEmailJob(db, mail, renderer);
  const worker = await startJobWorker(db, {
    handlers,
    pollMs: options.jobs?.pollMs ?? 1_000,
    backoffBaseMs: options.jobs?.backoffBaseMs,
    backoffMaxMs: options.jobs?.backoffMaxMs,
    leaseMs: options.jobs?.leaseMs,
    onError: (job, error) => app.log.warn({ job: job.kind, key: job.key, err: error }, 'job failed'),
  });
  app.addHook('onClose', () => worker.stop());
  // After the worker: a job still running uses them.
  app.addHook('onClose', async () => {
    mail?.transport.close();
    await renderer.close();
  });
  const devices = createDevices(db);
  const authenticate = createAuthenticator(signer, devices);
  // The software version helps the park's staff and, told to anyone, an attacker picking exploits.
  app.get<{ Reply: HealthResponse }>('/api/health', async (request) => {
    const caller = await authenticate(request).catch(() => null);
    return { status: 'ok', database: db.kind, ...(caller?.role === 'park_admin' ? { version: VERSION } : {}) };
  });
  await installRateLimits(app);
  registerAuthRoutes(app, createSessions(db, signer, { offlineDays }));
  registerDeviceRoutes(app, authenticate, devices);
  registerAuditRoutes(app, authenticate, db);
  const blobs = createImageBlobStore(db);
  registerParkMerchantRoutes(app, authenticate, db, blobs);
  registerMerchantIdentityRoutes(app, authenticate, db);
  // Before the sync routes: its push check applies to them.
  registerImageRoutes(app, authenticate, blobs);
  registerSyncRoutes(app, store, epoch, authenticate, devices, { pushCostPerMinute: options.pushCostPerMinute });
  registerRatesRoutes(app, authenticate, db);
  registerCustomsRoutes(app, authenticate, db, secrets);
  registerWarehouseRoutes(app, authenticate, db, secrets, (tenantId, provider) => db.transaction((q) => enqueueAccountSync(q, tenantId, provider)));
  registerParkConsoleRoutes(app, authenticate, db);

  const serveClient = Boolean(clientDir && existsSync(clientDir));
  if (serveClient) await app.register(fastifyStatic, { root: clientDir!, wildcard: false });
  installNotFound(app, serveClient);
  return app;
}
