import type { Queryable } from '../db/database.ts';
import { open, seal } from './seal.ts';

export interface StoredSecret<Public> {
  value: string;
  public: Public;
}

/** Credentials per tenant and name; the secret part is sealed before it reaches SQL. */
export interface SecretStore {
  put(q: Queryable, tenantId: string, name: string, value: string, publicPart?: Record<string, unknown>): Promise<void>;
  get<Public = Record<string, unknown>>(q: Queryable, tenantId: string, name: string): Promise<StoredSecret<Public> | null>;
  /** The non-secret part only; the sealed value is not opened. */
  describe<Public = Record<string, unknown>>(q: Queryable, tenantId: string, name: string): Promise<Public | null>;
}

const contextOf = (tenantId: string, name: string) => `${tenantId}\u0000${name}`;

export function createSecretStore(key: Buffer): SecretStore {
  return {
    async put(q, tenantId, name, value, publicPart = {}) {
      await q.query(
        `INSERT INTO secrets (tenant_id, name, sealed, public) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (tenant_id, name) DO UPDATE SET sealed = excluded.sealed, public = excluded.public, updated_at = now()`,
        [tenantId, name, seal(key, value, contextOf(tenantId, name)), JSON.stringify(publicPart)],
      );
    },
    async get<Public>(q: Queryable, tenantId: string, name: string) {
      const [row] = await q.query<{ sealed: string; public: Public }>('SELECT sealed, public FROM secrets WHERE tenant_id = $1 AND name = $2', [tenantId, name]);
      return row ? { value: open(key, row.sealed, contextOf(tenantId, name)), public: row.public } : null;
    },
    async describe<Public>(q: Queryable, tenantId: string, name: string) {
      const [row] = await q.query<{ public: Public }>('SELECT public FROM secrets WHERE tenant_id = $1 AND name = $2', [tenantId, name]);
      return row?.public ?? null;
    },
  };
}
