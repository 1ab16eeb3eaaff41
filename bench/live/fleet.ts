/**
 * Bench tenants and devices written straight into the platform's PostgreSQL, with access tokens
 * signed by the installation's own key: thousands of devices without thousands of logins (which
 * the platform rate-limits per address, rightly).
 */
import { newId } from '@tradewind/domain';
import pg from 'pg';
import { createTokenSigner, loadSigningKey } from '../../apps/platform/src/auth/tokens.ts';

export interface FleetDevice {
  tenantId: string;
  deviceId: string;
  token: string;
}

/** `tenants` merchants with `devicesPerTenant` devices each; ids start with `prefix` so runs never collide. */
export async function createFleet(databaseUrl: string, prefix: string, tenants: number, devicesPerTenant: number): Promise<FleetDevice[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const queryable = { query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[] };
    const signer = createTokenSigner(await loadSigningKey(queryable));
    const fleet: FleetDevice[] = [];
    await client.query('BEGIN');
    for (let t = 0; t < tenants; t++) {
      const tenantId = `${prefix}-${t}`;
      const userId = newId();
      await client.query("INSERT INTO tenants (id, name, cluster, code) VALUES ($1, $1, 'bench', 'BL')", [tenantId]);
      await client.query("INSERT INTO users (id, tenant_id, username, password_hash, role, display_name) VALUES ($1, $2, $2, '-', 'merchant_owner', $2)", [userId, tenantId]);
      for (let d = 0; d < devicesPerTenant; d++) {
        const deviceId = newId();
        await client.query('INSERT INTO devices (id, user_id, name) VALUES ($1, $2, $3)', [deviceId, userId, `${tenantId} device ${d}`]);
        fleet.push({ tenantId, deviceId, token: await signer.sign({ userId, tenantId, role: 'merchant_owner', deviceId }) });
      }
    }
    await client.query('COMMIT');
    return fleet;
  } finally {
    await client.end();
  }
}
