import { mkdirSync } from 'node:fs';
import { readConfig } from './config.ts';
import { openDatabase } from './db/open.ts';
import { loadSecretsKey } from './secrets/key.ts';
import { createPlatform } from './server.ts';

const config = readConfig();
mkdirSync(config.dataDir, { recursive: true });
const db = await openDatabase(config);
const app = await createPlatform({
  db,
  clientDir: config.clientDir,
  offlineDays: config.offlineDays,
  allowedOrigins: config.allowedOrigins,
  newSyncEpoch: process.env.TRADEWIND_NEW_SYNC_EPOCH === '1',
  secretsKey: loadSecretsKey({ envKey: config.secretsKey, dataDir: config.dataDir }),
  customsGateway: config.customsGateway,
  mail: config.mail,
  chromiumPath: config.chromiumPath,
  receiptPollMs: config.receiptPollMs,
  warehouseApi: config.warehouseApi,
  warehouseSync: { intervalMs: config.warehouseSyncMs },
  jobs: { leaseMs: config.jobLeaseMs },
  logger: { level: process.env.LOG_LEVEL ?? 'warn' },
});
const address = await app.listen({ port: config.port, host: config.host });
console.log(`Tradewind platform on ${address} (${db.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.dataDir}`})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await db.close();
    process.exit(0);
  });
}
