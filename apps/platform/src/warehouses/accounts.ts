import { WAREHOUSE_CREDENTIAL_FIELDS } from '@tradewind/contract';
import type { Queryable } from '../db/database.ts';
import type { SecretStore } from '../secrets/store.ts';
import type { FbaConnection } from './fba.ts';
import type { ConnectableProvider, WarehouseConnection } from './registry.ts';

/** The credential fields each provider's wire needs; all are sealed. */
export const CREDENTIAL_FIELDS: { readonly [Id in ConnectableProvider]: readonly string[] } = WAREHOUSE_CREDENTIAL_FIELDS;

export const CONNECTABLE_PROVIDERS = Object.keys(CREDENTIAL_FIELDS) as ConnectableProvider[];

/**
 * What of an account may be shown and logged: the warehouses it serves (our id → the provider's
 * code; FBA: marketplace id), the SKU exceptions, FBA's ship-from address. Never the credentials.
 */
export interface AccountSettings {
  provider: ConnectableProvider;
  warehouses: Record<string, string>;
  /**
   * Our SKU → the provider's, only where they differ: every provider keys stock by the seller's
   * SKU, so a SKU not listed is the same on both sides.
   */
  skus: Record<string, string>;
  shipFrom?: FbaConnection['shipFrom'];
}

export interface WarehouseAccount extends AccountSettings {
  credentials: Record<string, string>;
}

export class AccountError extends Error {
  override readonly name = 'AccountError';
}

const secretName = (provider: ConnectableProvider) => `warehouse:${provider}`;

/** Checks the account has what its provider needs (naming the field, never its value) and stores it, credentials sealed. */
export async function storeWarehouseAccount(q: Queryable, secrets: SecretStore, tenantId: string, account: WarehouseAccount): Promise<AccountSettings> {
  const { credentials, ...settings } = account;
  const missing = CREDENTIAL_FIELDS[account.provider].filter((field) => !credentials[field]?.trim());
  if (missing.length > 0) throw new AccountError(`${account.provider} needs ${missing.join(', ')}`);
  const unknown = Object.keys(credentials).filter((field) => !CREDENTIAL_FIELDS[account.provider].includes(field));
  if (unknown.length > 0) throw new AccountError(`${account.provider} takes no ${unknown.join(', ')}`);
  if (Object.keys(settings.warehouses).length === 0) throw new AccountError('name at least one warehouse: our id → the provider’s code');
  if (account.provider === 'fba' && !settings.shipFrom) throw new AccountError('fba needs shipFrom, the address the cartons leave from');
  const trimmed = Object.fromEntries(Object.entries(credentials).map(([field, value]) => [field, value.trim()]));
  const stored: AccountSettings = { provider: settings.provider, warehouses: settings.warehouses, skus: settings.skus ?? {}, ...(settings.shipFrom && { shipFrom: settings.shipFrom }) };
  await secrets.put(q, tenantId, secretName(account.provider), JSON.stringify(trimmed), { ...stored });
  return stored;
}

export async function warehouseAccountSettings(q: Queryable, tenantId: string): Promise<AccountSettings[]> {
  const rows = await q.query<{ public: AccountSettings }>("SELECT public FROM secrets WHERE tenant_id = $1 AND name LIKE 'warehouse:%' ORDER BY name", [tenantId]);
  return rows.map((row) => row.public);
}

export async function warehouseAccount(q: Queryable, secrets: SecretStore, tenantId: string, provider: ConnectableProvider): Promise<WarehouseAccount | null> {
  const stored = await secrets.get<AccountSettings>(q, tenantId, secretName(provider));
  return stored ? { ...stored.public, credentials: JSON.parse(stored.value) as Record<string, string> } : null;
}

/** Every merchant × provider account: what the sync job runs over. */
export async function connectedAccounts(q: Queryable): Promise<{ tenantId: string; provider: ConnectableProvider }[]> {
  const rows = await q.query<{ tenant_id: string; provider: ConnectableProvider }>(
    "SELECT tenant_id, public->>'provider' AS provider FROM secrets WHERE name LIKE 'warehouse:%' ORDER BY tenant_id, name",
  );
  return rows.map((row) => ({ tenantId: row.tenant_id, provider: row.provider }));
}

/** Where each provider's API is: the providers' own hosts, or one root serving them all (the simulator). */
export type ProviderEndpoints = (provider: ConnectableProvider) => { baseUrl: string; tokenUrl?: string };

/** The simulator's paths under one root (apps/simulators/src/warehouse/server.ts). */
export function endpointsUnder(root: string): ProviderEndpoints {
  const base = root.replace(/\/+$/, '');
  const paths: Record<ConnectableProvider, string> = { goodcang: '/goodcang/public_open', winit: '/winit', '4px': '/4px', fba: '/fba' };
  return (provider) => ({ baseUrl: `${base}${paths[provider]}`, ...(provider === 'fba' && { tokenUrl: `${base}/fba/auth/o2/token` }) });
}

export function connectionOf(account: WarehouseAccount, endpoints: ProviderEndpoints, timeoutMs?: number): WarehouseConnection {
  const { baseUrl, tokenUrl } = endpoints(account.provider);
  return {
    ...account.credentials,
    provider: account.provider,
    baseUrl,
    warehouses: account.warehouses,
    ...(tokenUrl && { tokenUrl }),
    ...(account.shipFrom && { shipFrom: account.shipFrom }),
    ...(timeoutMs && { timeoutMs }),
  } as WarehouseConnection;
}
