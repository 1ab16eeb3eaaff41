import { homedir } from 'node:os';
import { join } from 'node:path';
import { DESKTOP_ORIGIN } from './security-headers.ts';
import { parseGatewayConfig, type GatewayConfig } from './customs/gateways/registry.ts';
import { parseMailConfig, type MailConfig } from './mail/registry.ts';

/** The per-user folder for PGlite data, following each OS's convention. */
function defaultDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Tradewind', 'platform');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tradewind', 'platform');
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'tradewind', 'platform');
}

export interface PlatformConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  clientDir: string;
  offlineDays: number;
  /** Browser origins besides the platform's own that may call it (TRADEWIND_ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: string[];
  /** TRADEWIND_SECRETS_KEY; absent, the key file in dataDir. */
  secretsKey?: string;
  /** TRADEWIND_CUSTOMS_GATEWAY, see parseGatewayConfig. */
  customsGateway?: GatewayConfig;
  /** TRADEWIND_CUSTOMS_POLL_MS: how often receipts are fetched. */
  receiptPollMs: number;
  /** TRADEWIND_WAREHOUSE_API: the root under which the warehouse providers' APIs are (the simulator's). */
  warehouseApi?: string;
  /** TRADEWIND_WAREHOUSE_SYNC_MS: how often each provider account is synced. */
  warehouseSyncMs: number;
  /** TRADEWIND_MAIL + TRADEWIND_MAIL_FROM, see parseMailConfig. */
  mail?: MailConfig;
  /** TRADEWIND_CHROMIUM: the Chromium that prints e-mailed proformas. */
  chromiumPath: string;
  /** TRADEWIND_JOB_LEASE_MS: after how long a job claimed by a process that died is retried. */
  jobLeaseMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const offlineDays = Number(env.TRADEWIND_OFFLINE_DAYS ?? 14);
  if (!Number.isInteger(offlineDays) || offlineDays < 1) throw new Error(`TRADEWIND_OFFLINE_DAYS must be a whole number of days, got "${env.TRADEWIND_OFFLINE_DAYS}"`);
  const receiptPollMs = Number(env.TRADEWIND_CUSTOMS_POLL_MS ?? 5_000);
  if (!Number.isInteger(receiptPollMs) || receiptPollMs < 10) throw new Error(`TRADEWIND_CUSTOMS_POLL_MS must be a whole number of milliseconds ≥ 10, got "${env.TRADEWIND_CUSTOMS_POLL_MS}"`);
  const jobLeaseMs = Number(env.TRADEWIND_JOB_LEASE_MS ?? 60_000);
  if (!Number.isInteger(jobLeaseMs) || jobLeaseMs < 100) throw new Error(`TRADEWIND_JOB_LEASE_MS must be a whole number of milliseconds ≥ 100, got "${env.TRADEWIND_JOB_LEASE_MS}"`);
  const warehouseSyncMs = Number(env.TRADEWIND_WAREHOUSE_SYNC_MS ?? 300_000);
  if (!Number.isInteger(warehouseSyncMs) || warehouseSyncMs < 100)
    throw new Error(`TRADEWIND_WAREHOUSE_SYNC_MS must be a whole number of milliseconds ≥ 100, got "${env.TRADEWIND_WAREHOUSE_SYNC_MS}"`);
  return {
    port,
    warehouseApi: env.TRADEWIND_WAREHOUSE_API?.trim() || undefined,
    warehouseSyncMs,
    offlineDays,
    receiptPollMs,
    jobLeaseMs,
    secretsKey: env.TRADEWIND_SECRETS_KEY?.trim() || undefined,
    customsGateway: parseGatewayConfig(env.TRADEWIND_CUSTOMS_GATEWAY),
    mail: parseMailConfig(env.TRADEWIND_MAIL, env.TRADEWIND_MAIL_FROM),
    chromiumPath: env.TRADEWIND_CHROMIUM?.trim() || '/usr/bin/chromium',
    host: env.HOST || '127.0.0.1',
    dataDir: env.TRADEWIND_DATA_DIR || defaultDataDir(),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    clientDir: env.TRADEWIND_CLIENT_DIR || new URL('../../client/dist/', import.meta.url).pathname,
    allowedOrigins: (env.TRADEWIND_ALLOWED_ORIGINS || DESKTOP_ORIGIN)
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
