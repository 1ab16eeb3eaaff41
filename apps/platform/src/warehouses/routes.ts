import { PlatformError, type WarehouseAccountSummary, type WarehouseAccountUpload } from '@tradewind/contract';
import type { FastifyInstance } from 'fastify';
import { ownerTenant } from '../auth/owner.ts';
import type { Authenticate } from '../auth/routes.ts';
import type { Database } from '../db/database.ts';
import type { SecretStore } from '../secrets/store.ts';
import { AccountError, CONNECTABLE_PROVIDERS, storeWarehouseAccount, warehouseAccountSettings } from './accounts.ts';
import type { ConnectableProvider } from './registry.ts';

const field = { type: 'string', minLength: 1, maxLength: 2_000 } as const;
const codes = { type: 'object', maxProperties: 10_000, propertyNames: { minLength: 1, maxLength: 64 }, additionalProperties: { type: 'string', minLength: 1, maxLength: 64 } } as const;
const address = { type: 'string', minLength: 1, maxLength: 200 } as const;
const uploadBody = {
  type: 'object',
  required: ['credentials', 'warehouses'],
  additionalProperties: false,
  properties: {
    credentials: { type: 'object', maxProperties: 10, additionalProperties: field },
    warehouses: { ...codes, maxProperties: 50 },
    skus: codes,
    shipFrom: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'addressLine1', 'city', 'countryCode', 'postalCode', 'phoneNumber'],
      properties: { name: address, addressLine1: address, city: address, countryCode: { type: 'string', pattern: '^[A-Z]{2}$' }, postalCode: address, phoneNumber: address },
    },
  },
} as const;

/**
 * `PUT /api/warehouses/accounts/:provider` (the account owner sets or replaces the merchant's
 * account at a provider: credentials, sealed; warehouses; SKU exceptions) and
 * `GET /api/warehouses/accounts` (what is connected, never the credentials). Bodies are never logged.
 */
export function registerWarehouseRoutes(
  app: FastifyInstance,
  authenticate: Authenticate,
  db: Database,
  secrets: SecretStore,
  onAccountSet: (tenantId: string, provider: ConnectableProvider) => Promise<void>,
): void {
  const ownerTenantOf = (request: Parameters<Authenticate>[0]) => ownerTenant(authenticate, request, 'warehouse provider accounts');
  app.put<{ Params: { provider: string }; Body: WarehouseAccountUpload; Reply: WarehouseAccountSummary }>(
    '/api/warehouses/accounts/:provider',
    { schema: { body: uploadBody }, logLevel: 'warn' },
    async (request) => {
      const tenantId = await ownerTenantOf(request);
      const provider = request.params.provider as ConnectableProvider;
      if (!CONNECTABLE_PROVIDERS.includes(provider)) throw new PlatformError(404, 'unknown_provider', `No adapter for ${request.params.provider}; one of ${CONNECTABLE_PROVIDERS.join(', ')}`);
      try {
        const { credentials, warehouses, skus = {}, shipFrom } = request.body;
        const stored = await storeWarehouseAccount(db, secrets, tenantId, { provider, credentials, warehouses, skus, ...(shipFrom && { shipFrom }) });
        await onAccountSet(tenantId, provider);
        return stored;
      } catch (error) {
        if (error instanceof AccountError) throw new PlatformError(400, 'bad_warehouse_account', error.message);
        throw error;
      }
    },
  );
  app.get<{ Reply: WarehouseAccountSummary[] }>('/api/warehouses/accounts', async (request) => warehouseAccountSettings(db, await ownerTenantOf(request)));
}
